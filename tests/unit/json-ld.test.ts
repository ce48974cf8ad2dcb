import { describe, expect, it } from 'vitest';
import {
  newsArticleJsonLd,
  serializeJsonLd,
  webSiteJsonLd,
  type NewsArticleInput,
} from '../../src/lib/json-ld';

const URL_OF_ARTICLE = 'https://example.org/khabar/news/rajnath-singh-hegseth-phone-call/';

describe('newsArticleJsonLd', () => {
  it('describes an article with an author, an agency and an update', () => {
    const input: NewsArticleInput = {
      title: 'राजनाथ सिंह ने हेगसेथ से फ़ोन पर बात की',
      standfirst: 'दोनों रक्षा मंत्रियों ने रक्षा उद्योग में सहयोग पर चर्चा की।',
      published: '2025-07-01T19:41:00+05:30',
      updated: '2025-07-02T09:05:00+05:30',
      datePrecision: 'minute',
      author: 'Krishna Bihari Singh',
      agency: 'भाषा',
      dateline: 'नई दिल्ली',
      publisher: { name: 'हिंदी समाचार', url: 'https://example.org/khabar/' },
      topicLabels: ['रक्षा', 'अमेरिका'],
      wordCount: 412,
    };
    expect(newsArticleJsonLd(input, URL_OF_ARTICLE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'राजनाथ सिंह ने हेगसेथ से फ़ोन पर बात की',
      description: 'दोनों रक्षा मंत्रियों ने रक्षा उद्योग में सहयोग पर चर्चा की।',
      url: URL_OF_ARTICLE,
      mainEntityOfPage: { '@type': 'WebPage', '@id': URL_OF_ARTICLE },
      inLanguage: 'hi',
      datePublished: '2025-07-01T19:41:00+05:30',
      dateModified: '2025-07-02T09:05:00+05:30',
      author: { '@type': 'Person', name: 'Krishna Bihari Singh' },
      publisher: { '@type': 'Organization', name: 'हिंदी समाचार', url: 'https://example.org/khabar/' },
      sourceOrganization: { '@type': 'Organization', name: 'भाषा' },
      contentLocation: { '@type': 'Place', name: 'नई दिल्ली' },
      keywords: 'रक्षा, अमेरिका',
      wordCount: 412,
      isAccessibleForFree: true,
    });
  });

  it('credits the agency as author and gives only the day when the article has no author and day precision', () => {
    const input: NewsArticleInput = {
      title: 'कज़ाख़स्तान के रक्षा मंत्री से मिले राजनाथ',
      standfirst: 'बैठक में रक्षा सहयोग पर बात हुई।',
      published: '2025-07-01T00:00:00+05:30',
      datePrecision: 'day',
      agency: 'PTI',
      dateline: 'अस्ताना',
      publisher: { name: 'हिंदी समाचार' },
      topicLabels: ['रक्षा'],
      wordCount: 230,
    };
    expect(newsArticleJsonLd(input, URL_OF_ARTICLE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'कज़ाख़स्तान के रक्षा मंत्री से मिले राजनाथ',
      description: 'बैठक में रक्षा सहयोग पर बात हुई।',
      url: URL_OF_ARTICLE,
      mainEntityOfPage: { '@type': 'WebPage', '@id': URL_OF_ARTICLE },
      inLanguage: 'hi',
      datePublished: '2025-07-01',
      dateModified: '2025-07-01',
      author: { '@type': 'Organization', name: 'PTI' },
      publisher: { '@type': 'Organization', name: 'हिंदी समाचार' },
      sourceOrganization: { '@type': 'Organization', name: 'PTI' },
      contentLocation: { '@type': 'Place', name: 'अस्ताना' },
      keywords: 'रक्षा',
      wordCount: 230,
      isAccessibleForFree: true,
    });
  });

  it('credits the publisher as author and names no source when there is neither author nor agency', () => {
    const input: NewsArticleInput = {
      title: 'शीर्षक',
      standfirst: 'सार',
      published: '2025-07-01T10:00:00+05:30',
      datePrecision: 'minute',
      dateline: 'नई दिल्ली',
      publisher: { name: 'हिंदी समाचार', url: 'https://example.org/' },
      topicLabels: [],
      wordCount: 10,
    };
    expect(newsArticleJsonLd(input, URL_OF_ARTICLE)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'शीर्षक',
      description: 'सार',
      url: URL_OF_ARTICLE,
      mainEntityOfPage: { '@type': 'WebPage', '@id': URL_OF_ARTICLE },
      inLanguage: 'hi',
      datePublished: '2025-07-01T10:00:00+05:30',
      dateModified: '2025-07-01T10:00:00+05:30',
      author: { '@type': 'Organization', name: 'हिंदी समाचार' },
      publisher: { '@type': 'Organization', name: 'हिंदी समाचार', url: 'https://example.org/' },
      contentLocation: { '@type': 'Place', name: 'नई दिल्ली' },
      keywords: '',
      wordCount: 10,
      isAccessibleForFree: true,
    });
  });
});

describe('newsArticleJsonLd with corrections', () => {
  it('lists each correction as a schema.org CorrectionComment', () => {
    const article = newsArticleJsonLd(
      {
        title: 'शीर्षक',
        standfirst: 'सार',
        published: '2024-06-04T18:00:00+05:30',
        updated: '2024-06-05T10:30:00+05:30',
        datePrecision: 'minute',
        dateline: 'नई दिल्ली',
        publisher: { name: 'हिंदी समाचार' },
        topicLabels: [],
        wordCount: 10,
        corrections: [{ date: '2024-06-05T10:30:00+05:30', text: 'संख्या ठीक की गई।' }],
      },
      URL_OF_ARTICLE,
    );
    expect([article['dateModified'], article['correction']]).toEqual([
      '2024-06-05T10:30:00+05:30',
      [{ '@type': 'CorrectionComment', text: 'संख्या ठीक की गई।', datePublished: '2024-06-05T10:30:00+05:30' }],
    ]);
  });
});

describe('webSiteJsonLd', () => {
  it('describes the site with its search action', () => {
    expect(webSiteJsonLd('हिंदी समाचार', 'https://example.org/', 'https://example.org/search/?q={q}')).toEqual(
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: 'हिंदी समाचार',
        url: 'https://example.org/',
        inLanguage: 'hi',
        potentialAction: {
          '@type': 'SearchAction',
          target: 'https://example.org/search/?q={q}',
          'query-input': 'required name=q',
        },
      },
    );
  });
});

describe('serializeJsonLd', () => {
  const data = { headline: 'a</script><script>alert(1)</script>', '@type': 'NewsArticle' };

  it('escapes every < so text can never close the script element', () => {
    expect(serializeJsonLd(data)).toBe(
      '{"headline":"a\\u003c/script>\\u003cscript>alert(1)\\u003c/script>","@type":"NewsArticle"}',
    );
    expect(serializeJsonLd(data)).not.toContain('<');
  });

  it('still parses back to the same data', () => {
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });

  it('keeps Devanagari as it is', () => {
    expect(serializeJsonLd({ name: 'हिंदी समाचार' })).toBe('{"name":"हिंदी समाचार"}');
  });
});
