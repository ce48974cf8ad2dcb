import { describe, expect, it } from 'vitest';
import {
  escapeXml,
  feedAuthor,
  feedCacheKey,
  feedChannelData,
  feedDate,
  feedHtml,
  feedItem,
  FEED_ITEMS,
  lastChanged,
  type FeedArticle,
} from '../../src/lib/feed';

const article: FeedArticle = {
  slug: 'x',
  title: 'शीर्षक',
  standfirst: 'सार',
  published: '2025-07-01T00:00:00+05:30',
  datePrecision: 'day',
  agency: 'भाषा',
  publisher: { name: 'पीटीआई-भाषा' },
  topics: ['defence', 'diplomacy'],
};

describe('feedHtml', () => {
  it('renders Markdown paragraphs and links', () => {
    expect(feedHtml('पहला *अनुच्छेद*।\n\n[कड़ी](https://example.com/)')).toBe(
      '<p>पहला <em>अनुच्छेद</em>।</p>\n<p><a href="https://example.com/">कड़ी</a></p>',
    );
  });

  it('drops scripts, event handlers and javascript: links from raw HTML', () => {
    expect(feedHtml('<script>alert(1)</script>\n\n<b onclick="x()">मोटा</b> [a](javascript:alert(1))')).toBe(
      '<p>मोटा <a>a</a></p>',
    );
  });
});

describe('feedDate', () => {
  it('keeps a minute-precision instant', () => {
    expect(feedDate('2021-04-09T19:41:00+05:30', 'minute').toUTCString()).toBe(
      'Fri, 09 Apr 2021 14:11:00 GMT',
    );
  });

  it('states a day-precision date on its own day in UTC, not the evening before', () => {
    expect(feedDate('2025-07-01T00:00:00+05:30', 'day').toUTCString()).toBe('Tue, 01 Jul 2025 00:00:00 GMT');
  });
});

describe('feed items', () => {
  it('names the author, else the agency, else the publisher', () => {
    expect(feedAuthor({ ...article, author: 'अमित' })).toBe('अमित');
    expect(feedAuthor(article)).toBe('भाषा');
    expect(feedAuthor({ ...article, agency: undefined })).toBe('पीटीआई-भाषा');
  });

  it('builds an item with full text, topics as categories and a dc:creator', () => {
    expect(feedItem(article, 'पाठ & अंश', 'https://s.example/news/x/', (slug) => slug.toUpperCase())).toEqual({
      title: 'शीर्षक',
      link: 'https://s.example/news/x/',
      description: 'सार',
      pubDate: new Date('2025-07-01T00:00:00Z'),
      content: '<p>पाठ &#x26; अंश</p>',
      categories: ['DEFENCE', 'DIPLOMACY'],
      customData: '<dc:creator>भाषा</dc:creator>',
    });
  });

  it('escapes the five XML characters', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });

  it('states the channel language, its self link and when it last changed', () => {
    expect(feedChannelData('https://s.example/rss.xml', new Date('2025-07-01T00:00:00Z'))).toBe(
      '<language>hi</language><atom:link href="https://s.example/rss.xml" rel="self" type="application/rss+xml"/>' +
        '<lastBuildDate>Tue, 01 Jul 2025 00:00:00 GMT</lastBuildDate>',
    );
  });

  it('takes the last change from the newest publication or update', () => {
    const updated = {
      ...article,
      published: '2021-04-09T19:41:00+05:30',
      datePrecision: 'minute' as const,
      updated: '2026-01-01T10:00:00Z',
    };
    expect(lastChanged([article, updated]).toISOString()).toBe('2026-01-01T10:00:00.000Z');
    expect(lastChanged([article]).toISOString()).toBe('2025-07-01T00:00:00.000Z');
  });
});

describe('feedCacheKey', () => {
  const items = Array.from({ length: FEED_ITEMS + 1 }, (_, i) => ({
    digest: `d${i}`,
    topicLabels: ['रक्षा'],
  }));
  const key = feedCacheKey('रक्षा', items);

  it('changes when any of the newest items changes, their topics’ labels or the feed’s own label', () => {
    expect(
      feedCacheKey(
        'रक्षा',
        items.map((item) => ({ ...item })),
      ),
    ).toBe(key);
    expect(feedCacheKey('रक्षा', [{ digest: 'new', topicLabels: ['रक्षा'] }, ...items])).not.toBe(key);
    expect(
      feedCacheKey('रक्षा', items.with(FEED_ITEMS - 1, { digest: 'edited', topicLabels: ['रक्षा'] })),
    ).not.toBe(key);
    expect(feedCacheKey('रक्षा', items.with(0, { digest: 'd0', topicLabels: ['सेना'] }))).not.toBe(key);
    expect(feedCacheKey('सेना', items)).not.toBe(key);
  });

  it('ignores an article past the newest items, which the feed does not carry', () => {
    expect(feedCacheKey('रक्षा', items.with(FEED_ITEMS, { digest: 'edited', topicLabels: ['खेल'] }))).toBe(key);
  });
});
