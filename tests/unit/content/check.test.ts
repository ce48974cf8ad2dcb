import { describe, expect, it } from 'vitest';
import { checkContent, type CheckedFrontmatter } from '../../../src/lib/content/check';

const article = (extra: string, body = 'पाठ।') =>
  `---\ntitle: "शीर्षक"\nstandfirst: "सार"\npublished: "2024-06-01T10:00:00+05:30"\ndateline: "नई दिल्ली"\npublisher:\n  name: "परीक्षण"\ntopics: ["defence"]\n${extra}---\n\n${body}\n`;

/** Checks an in-memory content folder. */
function check(
  files: Record<string, string>,
  preview = false,
  keptFrontmatter?: (key: string, check: () => CheckedFrontmatter) => CheckedFrontmatter,
) {
  return checkContent({
    ...(keptFrontmatter ? { keptFrontmatter } : {}),
    folder: 'content',
    paths: Object.keys(files),
    size: (path) => Buffer.byteLength(files[path] ?? ''),
    read: (path) => files[path] ?? '',
    now: new Date('2024-06-04T12:00:00Z'),
    preview,
  });
}

const topics = 'defence:\n  label: रक्षा\n';

describe('checkContent', () => {
  it('passes a good folder and lists what will be built', () => {
    const report = check({ 'topics.yaml': topics, 'a.md': article('') });
    expect(report.errors).toEqual([]);
    expect(report.built).toEqual([{ slug: 'a', file: 'content/a.md' }]);
    expect(report.topics).toEqual([{ slug: 'defence', label: 'रक्षा' }]);
  });

  it('stores topic labels in NFC', () => {
    const report = check({ 'topics.yaml': 'law:\n  label: "\u0958ानून"\n' });
    expect(report.topics).toEqual([{ slug: 'law', label: 'क\u093Cानून' }]);
  });

  it('holds back drafts and scheduled articles, except in preview', () => {
    const files = {
      'topics.yaml': topics,
      'draft.md': article('draft: true\n'),
      'later.md': article('').replace('2024-06-01T10:00:00+05:30', '2024-06-05T08:00:00+05:30'),
    };
    expect(check(files).held).toEqual([
      { file: 'content/draft.md', slug: 'draft', reason: 'draft', published: '2024-06-01T10:00:00+05:30' },
      { file: 'content/later.md', slug: 'later', reason: 'scheduled', published: '2024-06-05T08:00:00+05:30' },
    ]);
    expect(check(files).built).toEqual([]);
    expect(check(files, true).built.map(({ slug }) => slug)).toEqual(['draft', 'later']);
  });

  it('reports a link to an article that is held back, since readers would get a 404', () => {
    const files = {
      'topics.yaml': topics,
      'draft.md': article('draft: true\n'),
      'a.md': article('', '[देखें](../draft/)'),
    };
    expect(check(files).errors.map(({ file, line, en }) => [file, line, en])).toEqual([
      [
        'content/a.md',
        11,
        'the link "../draft/" points to an article that does not exist ("draft"): check the slug',
      ],
    ]);
  });

  it('requires topics.yaml and reports its bad entries by line', () => {
    expect(check({ 'a.md': article('') }).errors.map(({ file, en }) => [file, en])).toEqual([
      [
        'content/topics.yaml',
        'topics.yaml is missing: list every topic slug and its Hindi label in it, like defence: { label: "रक्षा" }',
      ],
      ['content/a.md', expect.stringContaining('the topic "defence" is not in content/topics.yaml.')],
    ]);
    const bad = check({ 'topics.yaml': 'defence:\n  label: रक्षा\nDefence News:\n  label: x\nsports:\n  lable: खेल\n' });
    expect(bad.errors.map(({ line, field, en }) => [line, field, en])).toEqual([
      [3, 'Defence News', '"Defence News" is not a slug: lowercase Latin letters and digits joined by hyphens, like "rajnath-singh"'],
      [5, 'sports.label', 'label is required: add it'],
      [5, 'sports', 'unknown field lable; a topic has only label, labelEn, description'],
    ]);
  });

  it('checks credits against authors.yaml when there is one, with did-you-mean', () => {
    const files = {
      'topics.yaml': topics,
      'authors.yaml': 'krishna-bihari-singh:\n  name: कृष्ण बिहारी सिंह\n  latin: Krishna Bihari Singh\n',
      'a.md': article('author: "Krishna Bihari Singh"\n'),
      'b.md': article('author: "Krishna Bihari Sing"\n'),
      'c.md': article('desk: "कोई भी डेस्क"\n'),
    };
    expect(check(files).errors.map(({ file, line, field, en }) => [file, line, field, en])).toEqual([
      [
        'content/b.md',
        9,
        'author',
        'the author "Krishna Bihari Sing" is not in content/authors.yaml. Did you mean "Krishna Bihari Singh"? If it is new, add it to content/authors.yaml',
      ],
    ]);
  });

  it('reports an oversized article without reading it', () => {
    let read = false;
    const report = checkContent({
      folder: 'content',
      paths: ['topics.yaml', 'big.md'],
      size: (path) => (path === 'big.md' ? 2 * 1024 * 1024 : topics.length),
      read: (path) => {
        if (path === 'big.md') read = true;
        return topics;
      },
      now: new Date(),
      preview: false,
    });
    expect(report.errors.map(({ en }) => en)).toEqual([
      'the file is 2048 KB; an article may be at most 512 KB: shorten it or split it into several articles',
    ]);
    expect(read).toBe(false);
  });

  it('checks an unchanged file’s frontmatter once: later builds use the kept result, named by file and text', () => {
    const kept = new Map<string, CheckedFrontmatter>();
    const checked: string[] = [];
    const keep = (key: string, run: () => CheckedFrontmatter) => {
      if (!kept.has(key)) {
        checked.push(key.split('\n')[0] as string);
        kept.set(key, JSON.parse(JSON.stringify(run())) as CheckedFrontmatter);
      }
      return kept.get(key) as CheckedFrontmatter;
    };
    const files = { 'topics.yaml': topics, 'a.md': article(''), 'b.md': article('') };
    const first = check(files, false, keep);
    const second = check(files, false, keep);
    expect(checked).toEqual(['content/a.md', 'content/b.md']);
    expect(second).toEqual(first);
    expect(second.built).toEqual([
      { slug: 'a', file: 'content/a.md' },
      { slug: 'b', file: 'content/b.md' },
    ]);
  });

  it('names the line of a topic error found in a kept file, after topics.yaml changed', () => {
    const kept = new Map<string, CheckedFrontmatter>();
    const keep = (key: string, run: () => CheckedFrontmatter) => {
      if (!kept.has(key)) kept.set(key, JSON.parse(JSON.stringify(run())) as CheckedFrontmatter);
      return kept.get(key) as CheckedFrontmatter;
    };
    check({ 'topics.yaml': topics, 'a.md': article('') }, false, keep);
    const report = check({ 'topics.yaml': 'army:\n  label: सेना\n', 'a.md': article('') }, false, keep);
    expect(report.errors.map(({ file, line, field }) => [file, line, field])).toEqual([
      ['content/a.md', 8, 'topics[0]'],
    ]);
  });
});
