import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import {
  rehypeExternalLinks,
  type RehypeExternalLinksOptions,
} from '../../src/plugins/rehype-external-links';

/** Markdown to HTML the way Astro's unified processor does it: raw HTML in Markdown is parsed. */
async function render(markdown: string, options: RehypeExternalLinksOptions = {}): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeRaw)
    .use(rehypeExternalLinks, options)
    .use(rehypeStringify)
    .process(markdown);
  return String(file);
}

describe('rehypeExternalLinks', () => {
  it('marks an https link as external, noopener and noreferrer', async () => {
    expect(await render('[बीबीसी हिंदी](https://www.bbc.com/hindi)')).toBe(
      '<p><a href="https://www.bbc.com/hindi" rel="external noopener noreferrer">बीबीसी हिंदी</a></p>',
    );
  });

  it('marks an http link as external', async () => {
    expect(await render('[स्रोत](http://example.com/a)')).toBe(
      '<p><a href="http://example.com/a" rel="external noopener noreferrer">स्रोत</a></p>',
    );
  });

  it('marks a protocol-relative link as external', async () => {
    expect(await render('[स्रोत](//example.com/a)')).toBe(
      '<p><a href="//example.com/a" rel="external noopener noreferrer">स्रोत</a></p>',
    );
  });

  it('marks a Markdown autolink as external', async () => {
    expect(await render('<https://example.com/>')).toBe(
      '<p><a href="https://example.com/" rel="external noopener noreferrer">https://example.com/</a></p>',
    );
  });

  it('leaves root-relative and relative links untouched', async () => {
    expect(await render('[ख़बर](/news/x/) [विषय](../topics/raksha/)')).toBe(
      '<p><a href="/news/x/">ख़बर</a> <a href="../topics/raksha/">विषय</a></p>',
    );
  });

  it('leaves a hash link untouched', async () => {
    expect(await render('[ऊपर](#shirshak)')).toBe('<p><a href="#shirshak">ऊपर</a></p>');
  });

  it('leaves a mailto link untouched', async () => {
    expect(await render('[लिखें](mailto:desk@example.org)')).toBe(
      '<p><a href="mailto:desk@example.org">लिखें</a></p>',
    );
  });

  it('treats every absolute http(s) link as external when no siteOrigin is given', async () => {
    expect(await render('[ख़बर](https://example.org/khabar/news/x/)')).toBe(
      '<p><a href="https://example.org/khabar/news/x/" rel="external noopener noreferrer">ख़बर</a></p>',
    );
  });

  it('leaves an absolute link to the siteOrigin untouched', async () => {
    expect(
      await render('[ख़बर](https://example.org/khabar/news/x/)', { siteOrigin: 'https://example.org' }),
    ).toBe('<p><a href="https://example.org/khabar/news/x/">ख़बर</a></p>');
  });

  it('still marks a link to another origin as external when siteOrigin is given', async () => {
    expect(
      await render('[स्रोत](https://www.example.org/a) [स्रोत](http://example.org/a)', {
        siteOrigin: 'https://example.org',
      }),
    ).toBe(
      '<p><a href="https://www.example.org/a" rel="external noopener noreferrer">स्रोत</a> ' +
        '<a href="http://example.org/a" rel="external noopener noreferrer">स्रोत</a></p>',
    );
  });

  it('keeps an existing rel="nofollow" and adds its own tokens after it', async () => {
    expect(await render('<a href="https://example.com/" rel="nofollow">स्रोत</a>')).toBe(
      '<p><a href="https://example.com/" rel="nofollow external noopener noreferrer">स्रोत</a></p>',
    );
  });

  it('does not repeat a token that is already there', async () => {
    expect(await render('<a href="https://example.com/" rel="noopener">स्रोत</a>')).toBe(
      '<p><a href="https://example.com/" rel="noopener external noreferrer">स्रोत</a></p>',
    );
  });
});
