import { describe, expect, it } from 'vitest';
import { articleLastmod, frontmatterDates, newsSitemapXml, recentArticles } from '../../src/lib/sitemap';

describe('articleLastmod', () => {
  it('is the update time, else the publication, a day-precision one as its IST day', () => {
    expect(
      articleLastmod({
        published: '2021-04-09T19:41:00+05:30',
        updated: '2021-04-09T19:46:00+05:30',
        datePrecision: 'minute',
      }),
    ).toBe('2021-04-09T19:46:00+05:30');
    expect(articleLastmod({ published: '2021-04-09T19:41:00+05:30', datePrecision: 'minute' })).toBe(
      '2021-04-09T19:41:00+05:30',
    );
    expect(articleLastmod({ published: '2025-07-01T00:00:00+05:30', datePrecision: 'day' })).toBe(
      '2025-07-01',
    );
  });
});

describe('frontmatterDates', () => {
  it('reads the dates and slug of a frontmatter, quoted either way', () => {
    const md = `---\ntitle: "x"\npublished: "2025-07-01T00:00:00+05:30"\nupdated: '2025-07-02T10:00:00+05:30'\ndatePrecision: "day"\nslug: "my-slug"\n---\n\nbody published: "no"\n`;
    expect(frontmatterDates(md)).toEqual({
      published: '2025-07-01T00:00:00+05:30',
      updated: '2025-07-02T10:00:00+05:30',
      datePrecision: 'day',
      slug: 'my-slug',
    });
  });

  it('gives nothing for a file without frontmatter or publication date', () => {
    expect(frontmatterDates('just text')).toBeUndefined();
    expect(frontmatterDates('---\ntitle: "x"\n---\n')).toBeUndefined();
  });
});

describe('recentArticles', () => {
  const now = Date.parse('2024-03-31T22:00:00+05:30');
  const at = (published: string) => ({ published, datePrecision: 'minute' as const });

  it('keeps what was published in the two days up to now, skipping the future', () => {
    const sorted = [
      at('2024-04-01T10:00:00+05:30'),
      at('2024-03-31T10:00:00+05:30'),
      at('2024-03-29T22:00:00+05:30'),
      at('2024-03-29T21:59:00+05:30'),
    ];
    expect(recentArticles(sorted, now)).toEqual([sorted[1], sorted[2]]);
  });

  it('stops at 1,000 articles', () => {
    const many = Array.from({ length: 1200 }, () => at('2024-03-31T10:00:00+05:30'));
    expect(recentArticles(many, now)).toHaveLength(1000);
  });
});

describe('newsSitemapXml', () => {
  it('writes each article with publication, language, date and escaped title', () => {
    const xml = newsSitemapXml(
      [
        {
          url: 'https://s.example/news/a/',
          title: 'रक्षा & "सुरक्षा"',
          published: '2025-07-01T00:00:00+05:30',
          datePrecision: 'day',
        },
      ],
      'हिंदी समाचार',
    );
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
        '<url><loc>https://s.example/news/a/</loc><news:news><news:publication><news:name>हिंदी समाचार</news:name>' +
        '<news:language>hi</news:language></news:publication><news:publication_date>2025-07-01</news:publication_date>' +
        '<news:title>रक्षा &#38; &#34;सुरक्षा&#34;</news:title></news:news></url>\n</urlset>\n',
    );
  });
});
