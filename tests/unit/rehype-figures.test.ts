import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeFigures, type RehypeFiguresOptions } from '../../src/plugins/rehype-figures';

async function render(markdown: string, options: RehypeFiguresOptions = {}): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeFigures, options)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('rehypeFigures', () => {
  it('makes a lone image a figure captioned with its Markdown title', async () => {
    expect(await render('![नक्शा](./map.png "मैदान का नक्शा")')).toBe(
      '<figure><img src="./map.png" alt="नक्शा"><figcaption class="mt-2 text-sm text-muted dark:text-night-muted">मैदान का नक्शा</figcaption></figure>',
    );
  });

  it('captions with the alt text when there is no title', async () => {
    expect(await render('![मैदान का नक्शा](./map.png)')).toBe(
      '<figure><img src="./map.png" alt="मैदान का नक्शा"><figcaption class="mt-2 text-sm text-muted dark:text-night-muted">मैदान का नक्शा</figcaption></figure>',
    );
  });

  it('gives a local image the responsive widths and sizes, but not a remote one', async () => {
    const options = { widths: [360, 720], sizes: '100vw' };
    expect(await render('![क](./a.jpg)', options)).toBe(
      '<figure><img src="./a.jpg" alt="क" widths="360 720" sizes="100vw"><figcaption class="mt-2 text-sm text-muted dark:text-night-muted">क</figcaption></figure>',
    );
    expect(await render('![क](https://example.com/a.jpg)', options)).toBe(
      '<figure><img src="https://example.com/a.jpg" alt="क"><figcaption class="mt-2 text-sm text-muted dark:text-night-muted">क</figcaption></figure>',
    );
  });

  it('leaves an image inside running text alone', async () => {
    expect(await render('देखें ![क](./a.jpg) यहाँ')).toBe('<p>देखें <img src="./a.jpg" alt="क"> यहाँ</p>');
  });

  it('adds no empty caption when the image has neither title nor alt', async () => {
    expect(await render('![](./a.jpg)')).toBe('<figure><img src="./a.jpg" alt=""></figure>');
  });
});
