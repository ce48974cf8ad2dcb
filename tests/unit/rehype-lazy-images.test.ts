import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeLazyImages } from '../../src/plugins/rehype-lazy-images';

/** Markdown to HTML the way Astro's unified processor does it: raw HTML in Markdown is parsed. */
async function render(markdown: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeLazyImages)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('rehypeLazyImages', () => {
  it('adds loading="lazy" and decoding="async" to a Markdown image', async () => {
    expect(await render('![राजनाथ सिंह](/images/rajnath.jpg)')).toBe(
      '<p><img src="/images/rajnath.jpg" alt="राजनाथ सिंह" loading="lazy" decoding="async"></p>',
    );
  });

  it('adds the attributes to every image', async () => {
    expect(await render('![एक](/a.jpg)\n\n![दो](/b.jpg)')).toBe(
      '<p><img src="/a.jpg" alt="एक" loading="lazy" decoding="async"></p>\n' +
        '<p><img src="/b.jpg" alt="दो" loading="lazy" decoding="async"></p>',
    );
  });

  it('never overwrites loading="eager"', async () => {
    expect(await render('<img src="/lead.jpg" alt="मुख्य तस्वीर" loading="eager">')).toBe(
      '<img src="/lead.jpg" alt="मुख्य तस्वीर" loading="eager" decoding="async">',
    );
  });

  it('never overwrites an existing decoding attribute', async () => {
    expect(await render('<img src="/lead.jpg" alt="" decoding="sync">')).toBe(
      '<img src="/lead.jpg" alt="" decoding="sync" loading="lazy">',
    );
  });

  it('leaves elements other than images untouched', async () => {
    expect(await render('[तस्वीर](/a.jpg) <iframe src="/embed/"></iframe>')).toBe(
      '<p><a href="/a.jpg">तस्वीर</a> <iframe src="/embed/"></iframe></p>',
    );
  });
});
