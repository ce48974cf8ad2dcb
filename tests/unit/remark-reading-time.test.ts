import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkReadingTime, type RemarkReadingTimeOptions } from '../../src/plugins/remark-reading-time';

/** The part of `file.data` that Astro reads frontmatter from. */
type AstroData = { astro?: { frontmatter?: Record<string, unknown> } };

async function render(
  markdown: string,
  options: RemarkReadingTimeOptions = {},
  data: AstroData = {},
): Promise<{ html: string; data: AstroData }> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkReadingTime, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process({ value: markdown, data });
  return { html: String(file), data: file.data as AstroData };
}

/** 400 words of Hindi: "रक्षा मंत्री ने कहा" a hundred times. */
const FOUR_HUNDRED_WORDS = Array.from({ length: 100 }, () => 'रक्षा मंत्री ने कहा').join(' ');

describe('remarkReadingTime', () => {
  it('sets wordCount 400 and readingMinutes 3 for 400 Hindi words at 180 a minute', async () => {
    const { data } = await render(FOUR_HUNDRED_WORDS);
    expect(data).toEqual({ astro: { frontmatter: { wordCount: 400, readingMinutes: 3 } } });
  });

  it('leaves the HTML unchanged', async () => {
    const { html } = await render(
      '## राजनाथ सिंह\n\nरक्षा मंत्री ने **कहा** कि [भारत](https://example.org/) तैयार है।\n\n- पहला\n- दूसरा',
    );
    expect(html).toBe(
      '<h2>राजनाथ सिंह</h2>\n' +
        '<p>रक्षा मंत्री ने <strong>कहा</strong> कि <a href="https://example.org/">भारत</a> तैयार है।</p>\n' +
        '<ul>\n<li>पहला</li>\n<li>दूसरा</li>\n</ul>',
    );
  });

  it('keeps an existing frontmatter object and adds to it', async () => {
    const frontmatter: Record<string, unknown> = { title: 'शीर्षक', topics: ['raksha'] };
    const { data } = await render('रक्षा मंत्री ने कहा', undefined, { astro: { frontmatter } });
    expect(data.astro?.frontmatter).toBe(frontmatter);
    expect(frontmatter).toEqual({ title: 'शीर्षक', topics: ['raksha'], wordCount: 4, readingMinutes: 1 });
  });

  it('reads at the wordsPerMinute option when given', async () => {
    const { data } = await render(FOUR_HUNDRED_WORDS, { wordsPerMinute: 100 });
    expect(data).toEqual({ astro: { frontmatter: { wordCount: 400, readingMinutes: 4 } } });
  });

  it('does not count link URLs or punctuation-only text', async () => {
    const { data } = await render('[भारत](https://example.org/a-b-c) — ।');
    expect(data).toEqual({ astro: { frontmatter: { wordCount: 1, readingMinutes: 1 } } });
  });

  it('gives an empty document no words and one minute', async () => {
    const { html, data } = await render('');
    expect(html).toBe('');
    expect(data).toEqual({ astro: { frontmatter: { wordCount: 0, readingMinutes: 1 } } });
  });

  // mdast-util-to-string joins block nodes with no separator, so the last word of one block and
  // the first word of the next ("दो।" + "तीन") would count as one word.
  it('counts the last word of one block and the first word of the next as two words', async () => {
    const { data } = await render('## शीर्षक\n\nएक दो।\n\nतीन चार\n\n- पाँच\n- छह');
    expect(data).toEqual({ astro: { frontmatter: { wordCount: 7, readingMinutes: 1 } } });
  });
});
