import { describe, expect, it } from 'vitest';
import {
  articleSearchText,
  dateTokens,
  hideText,
  revealText,
  searchableText,
  searchRecord,
  searchTextFromMeta,
  type ArticleForIndex,
} from '../../../src/lib/search/record';
import { VIRAMA_STAND_IN, pagefindTerm } from '../../../src/lib/search/pagefind-term';
import { buildSearchContent } from '../../../src/lib/search/text';

/** A small article as the indexer reads it from a built page. */
const KAZAKHSTAN: ArticleForIndex = {
  url: '/news/rajnath-singh-kazakhstan-defence-minister-meeting/',
  title: 'राजनाथ सिंह ने कज़ाख़स्तान के समकक्ष से मुलाक़ात की',
  standfirst: 'रक्षा औद्योगिक सहयोग पर बात हुई।',
  body: 'जैसलमेर में संयुक्त सैन्य अभ्यास।',
  published: '2021-04-09T19:41:00+05:30',
  precision: 'minute',
  topics: ['defence', 'kazakhstan'],
};

/** The same article with another publication instant. */
const publishedAt = (published: string): ArticleForIndex => ({ ...KAZAKHSTAN, published });

describe('searchableText', () => {
  it('joins headline, standfirst and body in page order, one per line', () => {
    expect(searchableText(KAZAKHSTAN)).toBe(
      'राजनाथ सिंह ने कज़ाख़स्तान के समकक्ष से मुलाक़ात की\n' +
        'रक्षा औद्योगिक सहयोग पर बात हुई।\n' +
        'जैसलमेर में संयुक्त सैन्य अभ्यास।',
    );
  });

  it('keeps the text exactly as written, nuktas and danda included', () => {
    expect(searchableText({ title: 'मुलाक़ात', standfirst: '', body: 'कम।' })).toBe('मुलाक़ात\n\nकम।');
  });
});

describe('searchRecord', () => {
  it('builds the whole Pagefind record for an article', () => {
    expect(searchRecord(KAZAKHSTAN)).toEqual({
      url: '/news/rajnath-singh-kazakhstan-defence-minister-meeting/',
      content: pagefindTerm(
        buildSearchContent(searchableText(KAZAKHSTAN), {
          headlineWords: 9,
          date: { day: '9', month: 'अप्रैल', monthEnglish: 'april', year: '2021' },
        }).content,
      ),
      language: 'hi',
      meta: { d: hideText('9 अप्रैल 2021'), x: hideText(searchableText(KAZAKHSTAN)) },
      filters: { topic: ['defence', 'kazakhstan'], part: ['recent'] },
      // 2021-04-09T19:41:00+05:30 is 14:11:00 UTC: 18726 days × 86400 s + 51060 s = 1617977460.
      sort: { date: '001617977460' },
    });
  });

  it('marks records of the recent part only, so the archive carries no filter file for it', () => {
    expect(searchRecord(KAZAKHSTAN, 'recent').filters).toEqual({
      topic: ['defence', 'kazakhstan'],
      part: ['recent'],
    });
    expect(searchRecord(KAZAKHSTAN, 'archive').filters).toEqual({ topic: ['defence', 'kazakhstan'] });
  });

  it('keeps the URL site-relative, for Pagefind to prefix with its own base at query time', () => {
    expect(searchRecord({ ...KAZAKHSTAN, url: '/news/a/' }).url).toBe('/news/a/');
  });

  it('stores the display text hidden: no letter, digit or danda Pagefind could index as a word', () => {
    const { meta } = searchRecord(KAZAKHSTAN);
    expect(/[\p{L}\p{N}।]/u.test(meta.x + meta.d)).toBe(false);
    expect(searchTextFromMeta(meta)).toEqual(articleSearchText(KAZAKHSTAN));
  });

  it('indexes search keys, never the original words: the content has no nukta and no danda', () => {
    // U+093C is the nukta sign; U+0958–U+095F the letters with a nukta built in.
    expect(/[\u093C\u0958-\u095F।]/u.test(searchRecord(KAZAKHSTAN).content)).toBe(false);
    expect(/[\u093C\u0958-\u095F।]/u.test(searchableText(KAZAKHSTAN))).toBe(true);
  });

  it('gives Pagefind its keys with every Devanagari sign written as a letter, so each key is an entry of its own', () => {
    const { content } = searchRecord(KAZAKHSTAN);
    expect(/[\u0901-\u0903\u093C\u093E-\u094D]/u.test(content)).toBe(false);
    expect(content.split(' ').slice(0, 2)).toEqual(['___PAGEFIND_WEIGHT___4', 'रeजनeथ\u0900']);
    expect(content.split(' ')).toContain(`सbयhक${VIRAMA_STAND_IN}त\u0900`);
  });

  it('gives the same sort key to the same instant written with another offset', () => {
    expect(searchRecord(publishedAt('2021-04-09T14:11:00Z')).sort).toEqual({ date: '001617977460' });
  });

  it('drops the fraction of a second from the sort key', () => {
    expect(searchRecord(publishedAt('2021-04-09T19:41:59.999+05:30')).sort).toEqual({ date: '001617977519' });
  });

  it('pads the epoch itself to twelve zeros', () => {
    expect(searchRecord(publishedAt('1970-01-01T05:30:00+05:30')).sort).toEqual({ date: '000000000000' });
  });

  it('gives sort keys whose string order is date order, across a change in digit count', () => {
    const keys = ['2001-09-09T01:46:39Z', '2001-09-09T01:46:40Z', '1973-03-03T09:46:39Z'].map(
      (published) => searchRecord(publishedAt(published)).sort.date,
    );
    expect(keys).toEqual(['000999999999', '001000000000', '000099999999']);
    expect([...keys].sort()).toEqual(['000099999999', '000999999999', '001000000000']);
  });

  it('gives sort keys whose string order is date order before 1970 too', () => {
    // 1969-12-31T23:59:55Z is -5 s and 23:59:59Z is -1 s: the earlier one must sort first.
    const keys = ['1969-12-31T23:59:59Z', '1969-12-31T23:59:55Z'].map(
      (published) => searchRecord(publishedAt(published)).sort.date,
    );
    expect([...keys].sort()).toEqual([keys[1], keys[0]]);
  });

  it('keeps the article’s topics, in its own order, as the topic filter', () => {
    const record = searchRecord({ ...KAZAKHSTAN, topics: ['kazakhstan', 'rajnath-singh', 'defence'] });
    expect(record.filters).toEqual({ topic: ['kazakhstan', 'rajnath-singh', 'defence'], part: ['recent'] });
  });

  // Whether a topic is in topics.yaml is the content guard's check; here only its shape.
  it('refuses an article filed under a topic that is not a slug, naming the article and its topics', () => {
    expect(() => searchRecord({ ...KAZAKHSTAN, topics: ['defence', 'Cricket'] })).toThrow(
      new Error(
        '/news/rajnath-singh-kazakhstan-defence-minister-meeting/: unknown topics in "defence Cricket"',
      ),
    );
  });

  it('refuses an inherited property name as a topic', () => {
    expect(() => searchRecord({ ...KAZAKHSTAN, url: '/news/b/', topics: ['toString'] })).toThrow(
      new Error('/news/b/: unknown topics in "toString"'),
    );
  });
});

describe('articleSearchText', () => {
  it('gives the title, the Hindi date and the searchable text', () => {
    expect(articleSearchText(KAZAKHSTAN)).toEqual({
      title: 'राजनाथ सिंह ने कज़ाख़स्तान के समकक्ष से मुलाक़ात की',
      date: '9 अप्रैल 2021',
      text: searchableText(KAZAKHSTAN),
    });
  });

  it('shows the day alone for a day-precision article published at midnight IST', () => {
    const hegseth: ArticleForIndex = {
      ...KAZAKHSTAN,
      published: '2025-07-01T00:00:00+05:30',
      precision: 'day',
    };
    expect(articleSearchText(hegseth).date).toBe('1 जुलाई 2025');
  });

  it('dates the article by the day in India, not in UTC', () => {
    // 20:00 UTC on 9 April is 01:30 IST on 10 April.
    expect(articleSearchText(publishedAt('2021-04-09T20:00:00Z')).date).toBe('10 अप्रैल 2021');
  });
});

describe('hideText and revealText', () => {
  it('round-trips Devanagari, Latin, digits, punctuation and line breaks', () => {
    const text = 'राजनाथ सिंह, Hegseth 12वीं।\n‘अटूट समर्थन’ — ok?';
    expect(revealText(hideText(text))).toBe(text);
  });

  it('shifts ASCII and Devanagari into the Private Use Area and keeps whitespace', () => {
    expect(hideText('क a1\n')).toBe('\ue915 \ue061\ue031\n');
  });

  it('drops Private Use Area characters already in the text, so revealing cannot change them', () => {
    expect(revealText(hideText('क\ue915'))).toBe('क');
  });
});

describe('dateTokens', () => {
  it('names the day, month and year in India (IST), in Hindi and English', () => {
    expect(dateTokens('2021-04-09T20:00:00Z')).toEqual({
      day: '10',
      month: 'अप्रैल',
      monthEnglish: 'april',
      year: '2021',
    });
  });
});
