import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema, SLUG_PATTERN } from '../../src/lib/article-schema';

/** The scraped source pages the articles were copied from (copied from ../shared/seeds). */
const SEEDS_DIR = process.env['SEEDS_DIR'] ?? join(import.meta.dirname, '..', 'fixtures', 'seeds');

const CONTENT_DIR = new URL('../../content/', import.meta.url);

/** Whole lines of page chrome that follow the article text in the scrapes. */
const TRAILING_CHROME = [
  'chat bot',
  'आपका साथी',
  'भाषा अमित दिलीप',
  'दिलीप',
  'Check out our other content',
  'Check out other tags:',
  'Most Popular Articles',
];

/** Page chrome that must appear nowhere in an article body. */
const CHROME_STRINGS = [
  'chat bot',
  'आपका साथी',
  'Check out',
  'Most Popular',
  'Edited By',
  'Publish:',
  '25.5 C',
  'Jaipur',
  'Wednesday',
  'News',
  'Krishna Bihari Singh',
  'अमित दिलीप',
];

interface Source {
  publisher: string;
  seed: string;
  markdown: string;
  /** How the first paragraph of the article text begins: its dateline, as printed. */
  dateline: string;
  /** Where the standfirst comes from: a line of its own, or the lead sentence after the dateline. */
  standfirst: 'printed' | 'lead';
  paragraphs: number;
}

const SOURCES: Source[] = [
  {
    publisher: 'Dainik Jagran',
    seed: '000_e9dc25aa0423b090.txt',
    markdown: 'rajnath-singh-kazakhstan-defence-minister-meeting.md',
    dateline: 'नई दिल्ली, पीटीआइ। ',
    standfirst: 'printed',
    paragraphs: 4,
  },
  {
    publisher: 'PTI-Bhasha',
    seed: '004_17c332a9b3e43c21.txt',
    markdown: 'rajnath-singh-hegseth-phone-call-defence-industry.md',
    dateline: 'नयी दिल्ली, एक जुलाई (भाषा) ',
    standfirst: 'lead',
    paragraphs: 11,
  },
];

/** The scrape cut into non-empty lines (trailing spaces stripped): before the article, the article, after it. */
function readSeed(source: Source): { before: string[]; paragraphs: string[]; after: string[] } {
  const lines = readFileSync(join(SEEDS_DIR, source.seed), 'utf8')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '');
  const start = lines.findIndex((line) => line.startsWith(source.dateline));
  if (start === -1) throw new Error(`${source.seed}: no line starts with the dateline "${source.dateline}"`);
  const rest = lines.slice(start);
  const endInRest = rest.findIndex((line) => TRAILING_CHROME.includes(line));
  const end = endInRest === -1 ? lines.length : start + endInRest;
  return { before: lines.slice(0, start), paragraphs: lines.slice(start, end), after: lines.slice(end) };
}

function readMarkdown(source: Source): {
  frontmatter: Record<string, unknown>;
  paragraphs: string[];
  body: string;
} {
  const { frontmatter, content } = parseFrontmatter(
    readFileSync(new URL(source.markdown, CONTENT_DIR), 'utf8'),
  );
  const body = content.replace(/^\n+|\n+$/g, '');
  return { frontmatter, body, paragraphs: body.split(/\n{2,}/) };
}

/** The one change allowed to the source text: doubled single quotes as real double quotes. */
function normalizeQuotes(text: string): string {
  return text.replaceAll('‘‘', '“').replaceAll('’’', '”');
}

/** Sentences end at ।, ? or !, with any closing quotes. */
function sentences(paragraphs: string[]): string[] {
  return paragraphs.flatMap((paragraph) => normalizeQuotes(paragraph).split(/(?<=[।?!][’”]*)\s+/u));
}

describe.each(SOURCES)('the $publisher article ($markdown)', (source) => {
  it('finds the article text in the scrape, with only page chrome after it', () => {
    const { paragraphs, after } = readSeed(source);
    expect(paragraphs).toHaveLength(source.paragraphs);
    expect(after.filter((line) => !TRAILING_CHROME.includes(line))).toEqual([]);
  });

  it('has every sentence of the source, in order and verbatim', () => {
    const seed = readSeed(source);
    const markdown = readMarkdown(source);
    expect(sentences(markdown.paragraphs)).toEqual(sentences(seed.paragraphs));
  });

  it('keeps the paragraphs of the source, one per Markdown paragraph', () => {
    expect(readMarkdown(source).paragraphs.map(normalizeQuotes)).toEqual(
      readSeed(source).paragraphs.map(normalizeQuotes),
    );
  });

  it('keeps the dateline at the start of the body, as printed', () => {
    expect(readMarkdown(source).body.startsWith(source.dateline)).toBe(true);
  });

  it('has the headline and standfirst of the source, verbatim, in its frontmatter', () => {
    const { frontmatter } = readMarkdown(source);
    const seed = readSeed(source);
    const { title, standfirst } = articleSchema.parse(frontmatter);
    expect(seed.before).toContain(title);
    if (source.standfirst === 'printed') {
      expect(seed.before).toContain(standfirst);
    } else {
      expect(standfirst).toBe(seed.paragraphs[0]?.slice(source.dateline.length));
    }
  });

  it('leaves out only chrome before the dateline: headline, standfirst, byline and widgets', () => {
    const { frontmatter } = readMarkdown(source);
    const { title, standfirst } = articleSchema.parse(frontmatter);
    const isChrome = (line: string) =>
      line === title ||
      line === `News${title}` ||
      standfirst.startsWith(line) ||
      /^By .* Publish:.* Updated:/.test(line) ||
      /^\d+(\.\d+)? C$/.test(line) ||
      line === 'Jaipur' ||
      /^[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}$/.test(line);
    expect(readSeed(source).before.filter((line) => !isChrome(line))).toEqual([]);
  });

  it.each(CHROME_STRINGS)('has no "%s" in its body', (chrome) => {
    expect(readMarkdown(source).body).not.toContain(chrome);
  });

  it('does not repeat the headline in its body', () => {
    const { frontmatter, body } = readMarkdown(source);
    expect(body).not.toContain(articleSchema.parse(frontmatter).title);
  });

  it('has no trailing spaces on any line', () => {
    const lines = readFileSync(new URL(source.markdown, CONTENT_DIR), 'utf8').split('\n');
    expect(lines.filter((line) => line !== line.trimEnd())).toEqual([]);
  });
});

describe('content/', () => {
  it('names every article file in kebab-case Latin', () => {
    const names = readdirSync(CONTENT_DIR).filter((name) => !name.endsWith('.yaml'));
    expect(
      names.filter((name) => !name.endsWith('.md') || !SLUG_PATTERN.test(name.slice(0, -'.md'.length))),
    ).toEqual([]);
    expect(names).toEqual(expect.arrayContaining(SOURCES.map(({ markdown }) => markdown)));
  });
});
