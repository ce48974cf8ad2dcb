import { readdirSync, readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema';
import { articleSlugFromPath, checkArticleFiles, type ArticleFile } from '../../src/lib/content-checks';

const FRONTMATTER = [
  '---',
  'title: "शीर्षक"',
  'standfirst: "सार"',
  'published: "2021-04-09T19:41:00+05:30"',
  'dateline: "नई दिल्ली"',
  'publisher:',
  '  name: "दैनिक जागरण"',
  'topics: ["defence"]',
  '---',
].join('\n');

function article(path: string, body = 'रक्षा मंत्री ने बैठक की।', extraFields = ''): ArticleFile {
  const frontmatter = extraFields ? FRONTMATTER.replace(/---$/, `${extraFields}\n---`) : FRONTMATTER;
  return { path, source: `${frontmatter}\n\n${body}\n` };
}

/** The Markdown files of a folder under tests/fixtures, with paths as the content guard gives them. */
function fixtureFiles(folder: string): ArticleFile[] {
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      path: `tests/fixtures/${folder}/${name}`,
      source: readFileSync(new URL(name, dir), 'utf8'),
    }));
}

describe('articleSlugFromPath', () => {
  it('is the file name without .md', () => {
    expect(articleSlugFromPath('content/rajnath-singh-hegseth-phone-call-defence-industry.md')).toBe(
      'rajnath-singh-hegseth-phone-call-defence-industry',
    );
  });

  it('is the slug field when one is set', () => {
    expect(articleSlugFromPath('content/rajnath-singh.md', 'hegseth-call')).toBe('hegseth-call');
  });

  it('ignores an empty slug field, as Astro does', () => {
    expect(articleSlugFromPath('content/rajnath-singh.md', '')).toBe('rajnath-singh');
  });

  it('slugifies the file name the way Astro does, so Rajnath Singh.md is rajnath-singh', () => {
    expect(articleSlugFromPath('content/Rajnath Singh.md')).toBe('rajnath-singh');
  });

  it('reads Windows paths', () => {
    expect(articleSlugFromPath('content\\news\\hegseth-call.md')).toBe('hegseth-call');
  });
});

describe('checkArticleFiles', () => {
  it('finds nothing wrong with two distinct, complete articles', () => {
    expect(checkArticleFiles([article('content/a.md'), article('content/b.md')])).toEqual([]);
  });

  it('reports a body that is empty', () => {
    expect(checkArticleFiles([article('content/x.md', '')])).toEqual(['content/x.md: body is empty']);
  });

  it('reports a body of only spaces, tabs, newlines and no-break spaces', () => {
    expect(checkArticleFiles([article('content/x.md', '  \t\n\n\u00a0\n')])).toEqual([
      'content/x.md: body is empty',
    ]);
  });

  it('reports a file with no frontmatter block', () => {
    expect(checkArticleFiles([{ path: 'content/x.md', source: 'रक्षा मंत्री ने बैठक की।\n' }])).toEqual([
      'content/x.md: no frontmatter block (the file must start with a --- line, the fields, then a --- line)',
    ]);
  });

  it('reports frontmatter that is not valid YAML, with its line', () => {
    const source = '---\ntitle: "शीर्षक\ntopics: [defence\n---\n\nपाठ\n';
    expect(checkArticleFiles([{ path: 'content/x.md', source }])).toEqual([
      'content/x.md: frontmatter is not valid YAML: unexpected end of the stream within a double quoted scalar (4:1)',
    ]);
  });

  it('reports a slug field that takes another file name, naming both files and the slug', () => {
    const files = [
      article('content/rajnath-singh-hegseth-call.md'),
      article('content/hegseth-call-copy.md', undefined, 'slug: "rajnath-singh-hegseth-call"'),
    ];
    expect(checkArticleFiles(files)).toEqual([
      'content/rajnath-singh-hegseth-call.md, content/hegseth-call-copy.md: slug "rajnath-singh-hegseth-call" ' +
        'is used by both (content/rajnath-singh-hegseth-call.md by its file name, ' +
        'content/hegseth-call-copy.md by its slug field); Astro would keep only one of them. ' +
        'Give each article its own slug.',
    ]);
  });

  it('reports two files in different folders with the same file name', () => {
    expect(
      checkArticleFiles([article('content/2021/meeting.md'), article('content/2025/meeting.md')]),
    ).toEqual([
      'content/2021/meeting.md, content/2025/meeting.md: slug "meeting" is used by both ' +
        '(content/2021/meeting.md by its file name, content/2025/meeting.md by its file name); ' +
        'Astro would keep only one of them. Give each article its own slug.',
    ]);
  });

  it('reports three files with one slug as a single error naming all three', () => {
    const files = [
      article('content/a.md', undefined, 'slug: "same"'),
      article('content/b.md', undefined, 'slug: "same"'),
      article('content/same.md'),
    ];
    expect(checkArticleFiles(files)).toEqual([
      'content/a.md, content/b.md, content/same.md: slug "same" is used by all 3 (content/a.md by its slug field, ' +
        'content/b.md by its slug field, content/same.md by its file name); ' +
        'Astro would keep only one of them. Give each article its own slug.',
    ]);
  });

  it('reports an empty body and a slug clash in one run, per-file problems first', () => {
    const files = [article('content/a.md', ''), article('content/b.md', undefined, 'slug: "a"')];
    expect(checkArticleFiles(files)).toEqual([
      'content/a.md: body is empty',
      'content/a.md, content/b.md: slug "a" is used by both (content/a.md by its file name, ' +
        'content/b.md by its slug field); Astro would keep only one of them. Give each article its own slug.',
    ]);
  });
});

describe('checkArticleFiles on real folders', () => {
  it('finds nothing wrong in content/', () => {
    const dir = new URL('../../content/', import.meta.url);
    const files = readdirSync(dir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ path: `content/${name}`, source: readFileSync(new URL(name, dir), 'utf8') }));
    expect(files.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        'content/rajnath-singh-hegseth-phone-call-defence-industry.md',
        'content/rajnath-singh-kazakhstan-defence-minister-meeting.md',
      ]),
    );
    expect(checkArticleFiles(files)).toEqual([]);
  });

  it('stops the duplicate-slug fixture, naming both files', () => {
    expect(checkArticleFiles(fixtureFiles('content-duplicate-slug'))).toEqual([
      'tests/fixtures/content-duplicate-slug/defence-ministers-meet.md, ' +
        'tests/fixtures/content-duplicate-slug/defence-ministers-phone-call.md: slug "defence-ministers-meet" ' +
        'is used by both (tests/fixtures/content-duplicate-slug/defence-ministers-meet.md by its file name, ' +
        'tests/fixtures/content-duplicate-slug/defence-ministers-phone-call.md by its slug field); ' +
        'Astro would keep only one of them. Give each article its own slug.',
    ]);
  });

  it('stops the empty-body fixture', () => {
    expect(checkArticleFiles(fixtureFiles('content-empty-body'))).toEqual([
      'tests/fixtures/content-empty-body/empty-body.md: body is empty',
    ]);
  });

  it('gives the fixtures valid frontmatter, so only the check under test can stop their build', () => {
    const files = [...fixtureFiles('content-duplicate-slug'), ...fixtureFiles('content-empty-body')];
    expect(files).toHaveLength(3);
    for (const { source } of files) {
      expect(articleSchema.safeParse(parseFrontmatter(source).frontmatter).error?.issues ?? []).toEqual([]);
    }
  });
});
