import { describe, expect, it } from 'vitest';
import {
  articleCountLabel,
  documentTitle,
  latinLang,
  monthLabel,
  monthTitle,
  pageNumberLabel,
  yearTitle,
  pageLabel,
  readingTimeLabel,
  searchText,
  SITE_NAME,
  topicTitle,
} from '../../src/lib/strings';

// Nukta letters are written as letter + U+093C (the NFC form), as in src/lib/strings.ts.
const KHABAR = '\u0916\u093C\u092C\u0930'; // ख़बर
const KHABAREN = '\u0916\u093C\u092C\u0930\u0947\u0902'; // ख़बरें

describe('readingTimeLabel', () => {
  it('labels minutes with Western digits', () => {
    expect(readingTimeLabel(1)).toBe('1 मिनट');
    expect(readingTimeLabel(12)).toBe('12 मिनट');
  });
});

describe('articleCountLabel', () => {
  it('uses the singular for one article', () => {
    expect(articleCountLabel(1)).toBe(`1 ${KHABAR}`);
  });

  it('uses the plural for zero and for more than one article', () => {
    expect(articleCountLabel(0)).toBe(`0 ${KHABAREN}`);
    expect(articleCountLabel(3)).toBe(`3 ${KHABAREN}`);
  });

  it('groups large numbers the Indian way', () => {
    expect(articleCountLabel(123456)).toBe(`1,23,456 ${KHABAREN}`);
  });
});

describe('pageLabel', () => {
  it('shows the page out of the total', () => {
    expect(pageLabel(2, 5)).toBe('पन्ना 2 / 5');
  });
});

describe('topicTitle', () => {
  it('prefixes the topic label', () => {
    expect(topicTitle('रक्षा')).toBe('विषय: रक्षा');
  });
});

describe('documentTitle', () => {
  it('appends the site name to a page title', () => {
    expect(documentTitle('राजनाथ सिंह ने हेगसेथ से बात की')).toBe('राजनाथ सिंह ने हेगसेथ से बात की | हिंदी समाचार');
  });

  it('is the site name alone without a title', () => {
    expect(SITE_NAME).toBe('हिंदी समाचार');
    expect(documentTitle()).toBe('हिंदी समाचार');
    expect(documentTitle('')).toBe('हिंदी समाचार');
  });
});

describe('latinLang', () => {
  it('marks a name written only in Latin letters as English', () => {
    expect(latinLang('Krishna Bihari Singh')).toBe('en');
  });

  it('marks nothing for a Devanagari name', () => {
    expect(latinLang('कृष्ण')).toBeUndefined();
  });

  it('marks nothing for text mixing Latin and Devanagari', () => {
    expect(latinLang('PTI भाषा')).toBeUndefined();
  });

  it('marks nothing for text with no letters', () => {
    expect(latinLang('2025 - 07')).toBeUndefined();
  });
});

describe('searchText', () => {
  it('counts one result in the singular', () => {
    expect(searchText.count(1, 'राजनाथ')).toBe(`“राजनाथ” के लिए 1 ${KHABAR} मिली।`);
  });

  it('counts several results in the plural', () => {
    expect(searchText.count(1234, 'राजनाथ')).toBe(`“राजनाथ” के लिए 1,234 ${KHABAREN} मिलीं।`);
  });

  it('says nothing was found and suggests changing the spelling', () => {
    expect(searchText.noResults('xyz')).toBe(
      `“xyz” से जुड़ी कोई ${KHABAR} नहीं मिली। वर्तनी बदलकर या कम शब्दों से खोजें।`,
    );
  });
});

describe('archive and pagination labels', () => {
  it('names years, months and numbered pages in Hindi', () => {
    expect(yearTitle(2021)).toBe(`2021 की ${KHABAREN}`);
    expect(monthLabel(2021, 4)).toBe('अप्रैल 2021');
    expect(monthTitle(2024, 2)).toBe(`\u092B\u093C\u0930\u0935\u0930\u0940 2024 की ${KHABAREN}`);
    expect(pageNumberLabel(12)).toBe('पन्ना 12');
  });
});
