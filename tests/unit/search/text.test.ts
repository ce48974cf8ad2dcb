import { describe, expect, it } from 'vitest';
import {
  MAX_OCCURRENCES,
  REPEAT_MARK,
  MAX_QUERY_LENGTH,
  MAX_TERMS,
  PLACEHOLDER,
  TIER_MARKS,
  buildSearchContent,
  locationWord,
  parseQuery,
  tokenizeWords,
  wordIndexForLocation,
  type ParsedQuery,
} from '../../../src/lib/search/text';

/** Sentences from our articles. */
const SENTENCES = [
  'रक्षा मंत्री राजनाथ सिंह ने शुक्रवार को कजाखस्तान के अपने समकक्ष लेफ्टिनेंट जनरल नूरलान येरमेकबायेव के साथ बैठक की।',
  'यरमेकबेयेव जयपुर स्थित 12वीं कोर बटालियन के मुख्यालय और जैसलमेर के लोंगेवाल सेक्टर का दौरा करने भी गए थे।',
  'रक्षा मंत्री राजनाथ सिंह ने अमेरिकी रक्षा मंत्री पीट हेगसेथ से मंगलवार को बात की',
  'व्यक्तिगत रूप से मुलाक\u093Cात करके',
  'संयुक्त सैन्य अभ्यासों में वृद्धि',
  'सैन्य अभ्यास',
];

describe('tokenizeWords', () => {
  it('splits a sentence into its words, dropping the danda', () => {
    expect(tokenizeWords(SENTENCES[0] ?? '')).toEqual([
      'रक्षा',
      'मंत्री',
      'राजनाथ',
      'सिंह',
      'ने',
      'शुक्रवार',
      'को',
      'कजाखस्तान',
      'के',
      'अपने',
      'समकक्ष',
      'लेफ्टिनेंट',
      'जनरल',
      'नूरलान',
      'येरमेकबायेव',
      'के',
      'साथ',
      'बैठक',
      'की',
    ]);
  });

  it('keeps digits and Devanagari written together as one word (12वीं)', () => {
    expect(tokenizeWords(SENTENCES[1] ?? '').slice(0, 5)).toEqual(['यरमेकबेयेव', 'जयपुर', 'स्थित', '12वीं', 'कोर']);
  });

  it('splits on । , ‘ ’ “ ” ( ) - ? ! : ; . and whitespace', () => {
    expect(tokenizeWords('‘राजनाथ’,“हेगसेथ”(रक्षा)मंत्री-स्तर?हाँ!क्यों:ठीक;अंत.नया\tपद\nअब।')).toEqual([
      'राजनाथ',
      'हेगसेथ',
      'रक्षा',
      'मंत्री',
      'स्तर',
      'हाँ',
      'क्यों',
      'ठीक',
      'अंत',
      'नया',
      'पद',
      'अब',
    ]);
  });

  it('keeps a ZWJ or ZWNJ inside a word as part of it', () => {
    expect(tokenizeWords('क्\u200Dष त्\u200Cर')).toEqual(['क्\u200Dष', 'त्\u200Cर']);
  });

  it('drops joiners at the ends of a word', () => {
    expect(tokenizeWords('\u200Dक्ष\u200C')).toEqual(['क्ष']);
  });

  it('keeps Latin words and numbers, split at hyphens', () => {
    expect(tokenizeWords('G20 शिखर-सम्मेलन 2024 में')).toEqual(['G20', 'शिखर', 'सम्मेलन', '2024', 'में']);
  });

  it('finds no words in punctuation and emoji', () => {
    expect(tokenizeWords(' ।। — 😀🙏 … ')).toEqual([]);
  });

  it('is stable: the words of the words joined by spaces are the same words', () => {
    const words = SENTENCES.flatMap(tokenizeWords);
    expect(tokenizeWords(words.join(' '))).toEqual(words);
  });
});

const [M0, M1, M2, M3] = TIER_MARKS;

describe('buildSearchContent', () => {
  it('writes four sections of one token per word: exact, variant, lemma, phonetic, each with its mark', () => {
    expect(buildSearchContent('नये अभ्यासों').content.split(' ')).toEqual([
      `नये${M0}`,
      `अभ्यासों${M0}`,
      `नए${M1}`,
      PLACEHOLDER,
      `नया${M2}`,
      `अभ्यास${M2}`,
      `ne${M3}`,
      `abysn${M3}`,
    ]);
  });

  it('writes a placeholder, never a key, where a word adds no new spelling, and for stop words', () => {
    const tokens = buildSearchContent('राजनाथ के').content.split(' ');
    expect(tokens).toEqual([
      `राजनाथ${M0}`,
      PLACEHOLDER,
      PLACEHOLDER,
      PLACEHOLDER,
      PLACEHOLDER,
      PLACEHOLDER,
      `rjnt${M3}`,
      PLACEHOLDER,
    ]);
  });

  it('also indexes a hyphenated pair joined, in the first word’s free variant slot (खान-पान → खानपान)', () => {
    expect(buildSearchContent('खान-पान').content.split(' ').slice(2, 4)).toEqual([
      `खानपान${M1}`,
      PLACEHOLDER,
    ]);
  });

  it(`indexes a key's first place weighted with its first ${MAX_OCCURRENCES}, the next two under the repeat form, no more`, () => {
    const tokens = buildSearchContent('रक्षा '.repeat(6).trim()).content.split(' ');
    expect(tokens.slice(0, 8)).toEqual([
      '___PAGEFIND_WEIGHT___3',
      `रक्षा${M0}`,
      '___END_PAGEFIND_WEIGHT___',
      `${REPEAT_MARK}रक्षा${M0}`,
      `${REPEAT_MARK}रक्षा${M0}`,
      ...Array(3).fill(PLACEHOLDER),
    ]);
  });

  it('indexes a key once in a weaker section, weighted with its first three places', () => {
    const tokens = buildSearchContent('रक्षा '.repeat(6).trim()).content.split(' ');
    expect(tokens.slice(-8)).toEqual([
      '___PAGEFIND_WEIGHT___3',
      `rksa${M3}`,
      '___END_PAGEFIND_WEIGHT___',
      ...Array(5).fill(PLACEHOLDER),
    ]);
  });

  it('adds a headline place as the headline weight to the one weaker-section location', () => {
    const tokens = buildSearchContent('रक्षा मंत्री रक्षा रक्षा', { headlineWords: 2 }).content.split(' ');
    // The phonetic section: the headline's rksa carries 4 + 1 + 1, the body's are placeholders.
    expect(tokens.slice(-8)).toEqual([
      '___PAGEFIND_WEIGHT___4',
      '___PAGEFIND_WEIGHT___6',
      `rksa${M3}`,
      '___END_PAGEFIND_WEIGHT___',
      `mntri${M3}`,
      '___END_PAGEFIND_WEIGHT___',
      PLACEHOLDER,
      PLACEHOLDER,
    ]);
  });

  it('leaves a key that stands once in a weaker section at the weight of its place', () => {
    const tokens = buildSearchContent('रक्षा').content.split(' ');
    expect(tokens).toEqual([`रक्षा${M0}`, PLACEHOLDER, PLACEHOLDER, `rksa${M3}`]);
  });

  it('weighs the headline words of every section above the body', () => {
    expect(buildSearchContent('राजनाथ हेगसेथ', { headlineWords: 1 }).content.split(' ').slice(0, 5)).toEqual([
      '___PAGEFIND_WEIGHT___4',
      `राजनाथ${M0}`,
      '___END_PAGEFIND_WEIGHT___',
      `हेगसेथ${M0}`,
      '___PAGEFIND_WEIGHT___4',
    ]);
  });

  it('ends with the date tokens: day, Hindi month, its phonetic key, the English month’s if other, year', () => {
    const date = (month: string, monthEnglish: string) =>
      buildSearchContent('राजनाथ', { date: { day: '1', month, monthEnglish, year: '2025' } })
        .content.split(' ')
        .slice(4);
    expect(date('जुलाई', 'july')).toEqual([`1${M0}`, `जुलाई${M0}`, `jule${M3}`, `juli${M3}`, `2025${M0}`]);
    expect(date('मई', 'may')).toEqual([`1${M0}`, `मई${M0}`, `me${M3}`, `mi${M3}`, `2025${M0}`]);
  });

  it('gives an empty record for text without words', () => {
    expect(buildSearchContent('।।').content).toBe('');
  });
});

describe('locationWord and wordIndexForLocation', () => {
  it('maps location L to word L mod n at tier floor(L / n)', () => {
    expect(locationWord(7, 5)).toEqual({ index: 2, tier: 1 });
    expect(locationWord(19, 5)).toEqual({ index: 4, tier: 3 });
  });

  it('maps the date tokens after the four sections to no word', () => {
    expect(locationWord(20, 5)).toBeNull();
    expect(wordIndexForLocation(20, 5)).toBe(-1);
  });
});

/** The parts of a parsed query a test looks at: each word's exact key, stop and prefix flags. */
function summary(parsed: ParsedQuery) {
  if (parsed.kind !== 'ok') return parsed.kind;
  const word = (w: { keys: { exact: string }; stop: boolean; prefix: boolean }) =>
    `${w.keys.exact}${w.stop ? ' (stop)' : ''}${w.prefix ? ' (prefix)' : ''}`;
  return { words: parsed.words.map(word), phrases: parsed.phrases.map((phrase) => phrase.map(word)) };
}

describe('parseQuery', () => {
  it('reads an empty query, whitespace, punctuation and emoji as empty', () => {
    for (const raw of ['', '  \t', '!!! ??? 🙂']) expect(parseQuery(raw)).toEqual({ kind: 'empty' });
  });

  it('reads one letter alone as too short (क, a, 5), but a letter with its vowel sign is a word (के)', () => {
    for (const raw of ['क', 'a', '5', 'क\u093C']) expect(parseQuery(raw)).toEqual({ kind: 'too-short' });
    expect(summary(parseQuery('के'))).toEqual({ words: ['के (stop)'], phrases: [] });
  });

  it('reads words by their normalized exact keys and flags stop words in both scripts', () => {
    expect(summary(parseQuery('मुलाक़ात ke राज\u200Dनाथ'))).toEqual({
      words: ['मुलाकात', 'ke (stop)', 'राजनाथ'],
      phrases: [],
    });
  });

  it('marks the last word as a prefix only while typing and only without a space after it', () => {
    expect(summary(parseQuery('राजनाथ सि', { typing: true }))).toEqual({
      words: ['राजनाथ', 'सि (prefix)'],
      phrases: [],
    });
    expect(summary(parseQuery('राजनाथ सि ', { typing: true }))).toEqual({
      words: ['राजनाथ', 'सि'],
      phrases: [],
    });
    expect(summary(parseQuery('राजनाथ सि'))).toEqual({ words: ['राजनाथ', 'सि'], phrases: [] });
  });

  it('reads quoted words as a phrase, straight or curly quotes, an unclosed quote to the end', () => {
    expect(summary(parseQuery('"रक्षा मंत्री" भारत “नयी दिल्ली'))).toEqual({
      words: ['भारत'],
      phrases: [
        ['रक्षा', 'मंत्री'],
        ['नयी', 'दिल्ली'],
      ],
    });
  });

  it('reads one quoted word as a plain word', () => {
    expect(summary(parseQuery('"राजनाथ"'))).toEqual({ words: ['राजनाथ'], phrases: [] });
  });

  it('drops a tier mark typed into the query, so no query can aim at one section', () => {
    expect(summary(parseQuery(`राजनाथ${M1}`))).toEqual({ words: ['राजनाथ'], phrases: [] });
  });

  it('gives an acronym typed in capitals the key of its letters’ Hindi names (CDS = सीडीएस)', () => {
    const parsed = parseQuery('CDS');
    expect(parsed.kind === 'ok' && parsed.words[0]?.phoneticKeys).toContain(
      buildSearchContent('सीडीएस').content.split(' ').at(-1)?.slice(0, -1),
    );
  });

  it(`reads only the first ${MAX_QUERY_LENGTH} characters and at most ${MAX_TERMS} words`, () => {
    const parsed = parseQuery(Array.from({ length: 30 }, (_, i) => `शब्द${i}`).join(' '));
    expect(parsed.kind === 'ok' && parsed.words.length).toBe(MAX_TERMS);
    expect(parseQuery(`${' '.repeat(MAX_QUERY_LENGTH)}राजनाथ`)).toEqual({ kind: 'empty' });
  });

  it('reads a word typed twice once', () => {
    expect(summary(parseQuery('राजनाथ राजनाथ'))).toEqual({ words: ['राजनाथ'], phrases: [] });
  });
});
