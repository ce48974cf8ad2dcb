import { readFileSync } from 'node:fs';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { articleSchema, isIsoDateTimeWithOffset } from '../../src/lib/article-schema';
import { splitBilingual } from '../../src/lib/content/errors';

function frontmatterOf(file: string): Record<string, unknown> {
  return parseFrontmatter(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'))
    .frontmatter;
}

/** Each issue as [path, English message], the way a publisher reads it in the build log. */
function issuesOf(input: unknown): [string, string][] {
  const result = articleSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => [issue.path.join('.'), splitBilingual(issue.message).en]);
}

/** Each issue's Hindi message. */
function hindiIssuesOf(input: unknown): string[] {
  const result = articleSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => splitBilingual(issue.message).hi);
}

const valid = {
  title: 'राजनाथ सिंह ने हेगसेथ से बात की',
  standfirst: 'रक्षा मंत्री ने अमेरिकी रक्षा मंत्री से बात की।',
  published: '2021-04-09T19:41:00+05:30',
  dateline: 'नई दिल्ली',
  publisher: { name: 'दैनिक जागरण' },
  topics: ['defence'],
};

const KNOWN_FIELDS =
  'title, standfirst, published, updated, datePrecision, author, agency, dateline, publisher, desk, topics, draft, corrections, slug, image';

describe('articleSchema on the real articles', () => {
  it('accepts the Jagran article and keeps its dates as the quoted strings', () => {
    const data = articleSchema.parse(frontmatterOf('rajnath-singh-kazakhstan-defence-minister-meeting.md'));
    expect(data).toMatchObject({
      title: 'रक्षा के क्षेत्र में साझेदारी की तलाश में भारत और कजाखस्तान, राजनाथ सिंह ने अपने समकक्ष नूरलान के साथ बैठक की',
      published: '2021-04-09T19:41:00+05:30',
      updated: '2021-04-09T19:46:00+05:30',
      datePrecision: 'minute',
      author: 'Krishna Bihari Singh',
      agency: 'पीटीआई',
      dateline: 'नई दिल्ली',
      publisher: { name: 'दैनिक जागरण' },
      topics: ['defence', 'rajnath-singh', 'kazakhstan', 'diplomacy'],
    });
    expect(data.desk).toBeUndefined();
    expect(data.slug).toBeUndefined();
  });

  it('accepts the Bhasha article with day precision, no time invented and no update', () => {
    const data = articleSchema.parse(frontmatterOf('rajnath-singh-hegseth-phone-call-defence-industry.md'));
    expect(data).toMatchObject({
      title: 'राजनाथ सिंह ने हेगसेथ से बात की, रक्षा उद्योग सहयोग को मजबूत करने पर जोर दिया',
      standfirst:
        'रक्षा मंत्री राजनाथ सिंह ने अमेरिकी रक्षा मंत्री पीट हेगसेथ से मंगलवार को बात की और आतंकवाद के खिलाफ लड़ाई में भारत को दिए गए अमेरिका के ‘अटूट समर्थन’ की सराहना की।',
      published: '2025-07-01T00:00:00+05:30',
      datePrecision: 'day',
      agency: 'भाषा',
      dateline: 'नयी दिल्ली',
      publisher: { name: 'पीटीआई-भाषा' },
      desk: 'अमित दिलीप',
      topics: ['defence', 'rajnath-singh', 'united-states', 'diplomacy'],
    });
    expect(data.updated).toBeUndefined();
    expect(data.author).toBeUndefined();
    expect(data.publisher.url).toBeUndefined();
  });
});

describe('articleSchema defaults and accepted forms', () => {
  it('fills in datePrecision "minute" when it is left out', () => {
    expect(articleSchema.parse(valid).datePrecision).toBe('minute');
  });

  it('accepts a Z offset, a time without seconds, and updated equal to published', () => {
    expect(
      issuesOf({ ...valid, published: '2021-04-09T14:11Z', updated: '2021-04-09T19:41:00+05:30' }),
    ).toEqual([]);
  });

  it('accepts a slug, an author, a desk and a publisher URL', () => {
    const input = {
      ...valid,
      slug: 'hegseth-call-2025',
      author: 'Krishna Bihari Singh',
      desk: 'अमित दिलीप',
      publisher: { name: 'दैनिक जागरण', url: 'https://www.jagran.com/' },
    };
    expect(articleSchema.parse(input)).toEqual({
      ...input,
      datePrecision: 'minute',
      draft: false,
      corrections: [],
    });
  });

  it('accepts a draft flag and a list of dated corrections', () => {
    const corrections = [{ date: '2021-04-10T09:00:00+05:30', text: 'नाम की वर्तनी ठीक की गई।' }];
    const data = articleSchema.parse({ ...valid, draft: true, corrections });
    expect([data.draft, data.corrections]).toEqual([true, corrections]);
  });

  it('stores text in NFC, so a precomposed क़ (U+0958) becomes क + nukta', () => {
    const data = articleSchema.parse({ ...valid, title: 'मुला\u0958ात' });
    expect([...data.title].map((c) => c.codePointAt(0)?.toString(16))).toEqual([
      '92e',
      '941',
      '932',
      '93e',
      '915',
      '93c',
      '93e',
      '924',
    ]);
  });
});

describe('articleSchema errors name the field', () => {
  it('reports a missing title', () => {
    const { title: _title, ...input } = valid;
    expect(issuesOf(input)).toEqual([['title', 'title is required: add it']]);
  });

  it('reports a title that is not a string', () => {
    expect(issuesOf({ ...valid, title: 2021 })).toEqual([
      ['title', 'title must be a quoted string, not the number 2021'],
    ]);
  });

  it('reports a title of only spaces', () => {
    expect(issuesOf({ ...valid, title: '   ' })).toEqual([['title', 'title must not be empty: write it']]);
  });

  it('reports an empty dateline left blank in YAML', () => {
    expect(issuesOf({ ...valid, dateline: null })).toEqual([
      ['dateline', 'dateline must be a quoted string, not an empty value'],
    ]);
  });

  it('reports a date that is not a real day', () => {
    expect(issuesOf({ ...valid, published: '2021-02-30T10:00:00+05:30' })).toEqual([
      [
        'published',
        'published is not a real date and time: "2021-02-30T10:00:00+05:30"; check it against a calendar',
      ],
    ]);
  });

  it('reports a date that is not ISO 8601 at all', () => {
    expect(issuesOf({ ...valid, published: '9 अप्रैल 2021' })).toEqual([
      [
        'published',
        'published must be an ISO 8601 date-time with a UTC offset, like "2021-04-09T19:41:00+05:30"; got "9 अप्रैल 2021"',
      ],
    ]);
  });

  it('reports a date without an offset', () => {
    expect(issuesOf({ ...valid, published: '2021-04-09T19:41:00' })).toEqual([
      [
        'published',
        'published must be an ISO 8601 date-time with a UTC offset, like "2021-04-09T19:41:00+05:30"; got "2021-04-09T19:41:00"',
      ],
    ]);
  });

  it('tells the publisher to quote an unquoted YAML date', () => {
    const yaml = [
      '---',
      'title: "शीर्षक"',
      'standfirst: "सार"',
      'published: 2021-04-09T19:41:00+05:30',
      'dateline: "नई दिल्ली"',
      'publisher:',
      '  name: "दैनिक जागरण"',
      'topics: ["defence"]',
      '---',
      '',
      'पाठ',
    ].join('\n');
    const { frontmatter } = parseFrontmatter(yaml);
    expect(frontmatter['published']).toBeInstanceOf(Date);
    expect(issuesOf(frontmatter)).toEqual([
      [
        'published',
        'published must be in quotes: unquoted, YAML reads it as a date and drops its UTC offset. ' +
          'Write it as published: "2021-04-09T19:41:00+05:30" (quoted, with the offset)',
      ],
    ]);
  });

  it('reports updated before published, with both values', () => {
    expect(issuesOf({ ...valid, updated: '2021-04-09T19:40:00+05:30' })).toEqual([
      [
        'updated',
        'updated ("2021-04-09T19:40:00+05:30") must not be before published ("2021-04-09T19:41:00+05:30")',
      ],
    ]);
  });

  it('compares the two dates as instants, across offsets', () => {
    expect(issuesOf({ ...valid, updated: '2021-04-09T14:10:00Z' })).toEqual([
      [
        'updated',
        'updated ("2021-04-09T14:10:00Z") must not be before published ("2021-04-09T19:41:00+05:30")',
      ],
    ]);
  });

  it('reports every mistake in one run, the date order included', () => {
    const { title: _title, ...input } = valid;
    expect(issuesOf({ ...input, updated: '2020-01-01T00:00:00+05:30' })).toEqual([
      ['title', 'title is required: add it'],
      [
        'updated',
        'updated ("2020-01-01T00:00:00+05:30") must not be before published ("2021-04-09T19:41:00+05:30")',
      ],
    ]);
  });

  it("reports a topic that is not slug-shaped, in Hindi and English (known topics are the guard's job)", () => {
    const input = { ...valid, topics: ['defence', 'Cricket News'] };
    expect(issuesOf(input)).toEqual([
      [
        'topics.1',
        'topics has "Cricket News", which is not a topic slug: use the slugs in topics.yaml, like "defence"',
      ],
    ]);
    expect(hindiIssuesOf(input)).toEqual([
      'topics में "Cricket News" विषय का स्लग नहीं है: topics.yaml में दिए स्लग लिखें, जैसे "defence"',
    ]);
    expect(issuesOf({ ...valid, topics: ['defence', 'cricket'] })).toEqual([]);
  });

  it('bounds a 2,000-character headline and a long standfirst', () => {
    expect(issuesOf({ ...valid, title: 'क'.repeat(2000), standfirst: 'ख'.repeat(601) })).toEqual([
      ['title', 'title is 2000 characters long; the limit is 200, shorten it'],
      ['standfirst', 'standfirst is 601 characters long; the limit is 600, shorten it'],
    ]);
  });

  it('reports a correction dated before the article was published', () => {
    const corrections = [{ date: '2021-04-09T10:00:00+05:30', text: 'सुधार' }];
    expect(issuesOf({ ...valid, corrections })).toEqual([
      [
        'corrections.0.date',
        'the correction\'s date ("2021-04-09T10:00:00+05:30") must not be before published',
      ],
    ]);
  });

  it('reports an empty topics list', () => {
    expect(issuesOf({ ...valid, topics: [] })).toEqual([['topics', 'topics must list at least one topic']]);
  });

  it('reports topics written as one string instead of a list', () => {
    expect(issuesOf({ ...valid, topics: 'defence' })).toEqual([
      ['topics', 'topics must be a list of topic slugs, like ["defence"], not the value defence'],
    ]);
  });

  it('reports a topic listed twice', () => {
    expect(issuesOf({ ...valid, topics: ['defence', 'defence'] })).toEqual([
      ['topics', 'topics lists the same topic twice: remove one'],
    ]);
  });

  it('reports a slug that is not kebab-case Latin', () => {
    expect(issuesOf({ ...valid, slug: 'Rajnath_Singh' })).toEqual([
      [
        'slug',
        'slug must be kebab-case Latin: lowercase letters and digits in words joined by single hyphens, ' +
          'like "rajnath-singh-hegseth-call"',
      ],
    ]);
  });

  it('reports a misspelt field and lists the allowed ones', () => {
    const { title, ...input } = valid;
    expect(issuesOf({ ...input, titel: title })).toEqual([
      ['title', 'title is required: add it'],
      ['', `unknown field "titel"; remove or correct it. The allowed fields are ${KNOWN_FIELDS}`],
    ]);
  });

  it('reports an unknown field inside publisher', () => {
    expect(
      issuesOf({ ...valid, publisher: { name: 'दैनिक जागरण', website: 'https://www.jagran.com/' } }),
    ).toEqual([
      [
        'publisher',
        'unknown field "publisher.website"; remove or correct it. The allowed fields of publisher are name, url',
      ],
    ]);
  });

  it('reports a missing publisher', () => {
    const { publisher: _publisher, ...input } = valid;
    expect(issuesOf(input)).toEqual([
      ['publisher', 'publisher is required: a mapping with at least a name, like publisher: { name: "…" }'],
    ]);
  });

  it('reports a publisher URL that is not a full http(s) address', () => {
    expect(issuesOf({ ...valid, publisher: { name: 'दैनिक जागरण', url: 'jagran.com' } })).toEqual([
      [
        'publisher.url',
        'publisher.url must be a full http(s) address like "https://example.com/"; got "jagran.com"',
      ],
    ]);
  });

  it('reports a datePrecision other than minute or day', () => {
    expect(issuesOf({ ...valid, datePrecision: 'hour' })).toEqual([
      ['datePrecision', 'datePrecision must be "minute" or "day", not "hour"'],
    ]);
  });

  it('reports frontmatter that is not a mapping', () => {
    expect(issuesOf('title')).toEqual([
      ['', 'the frontmatter must be a YAML mapping of fields (title: "…"), not the value title'],
    ]);
  });
});

describe('isIsoDateTimeWithOffset', () => {
  it.each([
    ['2021-04-09T19:41:00+05:30', true],
    ['2021-04-09T19:41+05:30', true],
    ['2021-04-09T14:11:00Z', true],
    ['2024-02-29T10:00:00+05:30', true],
    ['2021-02-29T10:00:00+05:30', false],
    ['2021-04-31T10:00:00+05:30', false],
    ['2021-13-01T10:00:00+05:30', false],
    ['2021-04-09T24:00:00+05:30', false],
    ['2021-04-09T19:60:00+05:30', false],
    ['2021-04-09T19:41:00+15:00', false],
    ['2021-04-09T19:41:00.000+05:30', false],
    ['2021-04-09 19:41:00+05:30', false],
    ['2021-04-09', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDateTimeWithOffset(value)).toBe(expected);
  });
});
