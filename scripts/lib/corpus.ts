/**
 * A seeded generator of realistic Hindi news articles for the scale benchmark. Prose comes from
 * three sources: sentences of the seed articles, sentences of the Hindi LibreOffice help
 * (Debian's `libreoffice-help-hi`) and words of the Hindi Hunspell dictionary (`hunspell-hi`).
 * Everything is a function of the seed: the same seed and count give byte-identical files.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { HINDI_MONTHS } from '../../src/lib/dates.ts';

/** A small, fast seeded PRNG (mulberry32); Math.random cannot be seeded. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random source with the helpers the generator needs. */
export interface Rng {
  next: () => number;
  int: (min: number, max: number) => number;
  pick: <T>(items: readonly T[]) => T;
  chance: (p: number) => boolean;
}

/** An `Rng` over `seededRandom(seed)`. */
export function createRng(seed: number): Rng {
  const next = seededRandom(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

const DEVANAGARI = /[\u0900-\u097F]/gu;

/** Share of letters in `text` that are Devanagari (0 when it has no letters). */
export function devanagariShare(text: string): number {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(DEVANAGARI)?.length ?? 0) / letters;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed. */
export function htmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(#x?[0-9a-f]+|[a-z]+);/giu, (all, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X'))
        return String.fromCodePoint(parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
      return ENTITIES[name.toLowerCase()] ?? all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** Sentences of `text` ending in `।`, `?`, `!` or `.`, each with its end mark. */
export function splitSentences(text: string): string[] {
  return (text.match(/[^।?!.]+[।?!.]?/gu) ?? []).map((sentence) => sentence.trim()).filter(Boolean);
}

/** Whether a sentence reads as Hindi prose fit for an article body. */
export function isProseSentence(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  return (
    words >= 5 &&
    words <= 40 &&
    devanagariShare(sentence) >= 0.9 &&
    !/[A-Za-z<>{}[\]\\/_=|*#$%@^~`"]/.test(sentence) &&
    (sentence.match(/‘/gu)?.length ?? 0) === (sentence.match(/’/gu)?.length ?? 0) &&
    !/\d{3,}/.test(sentence) &&
    !/[:;,-]\s*[।.]?$/u.test(sentence)
  );
}

/** Hindi prose sentences of the LibreOffice help pages under `dir`, sorted and unique. */
export function helpSentences(dir: string): string[] {
  if (!existsSync(dir))
    throw new Error(`No Hindi LibreOffice help at ${dir}: apt-get install libreoffice-help-hi`);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  const found = new Set<string>();
  for (const file of files) {
    const html = readFileSync(join(dir, file), 'utf8');
    for (const [, inner = ''] of html.matchAll(/<p\b[^>]*>([\s\S]*?)<\/p>/giu)) {
      for (const sentence of splitSentences(htmlText(inner))) {
        // Help text ends sentences with a full stop; news Hindi with a danda.
        const hindi = sentence.replace(/\.$/u, '।');
        if (isProseSentence(hindi)) found.add(hindi.endsWith('।') ? hindi : `${hindi}।`);
      }
    }
  }
  return [...found].sort();
}

/** Hindi words of a Hunspell `.dic` file (affix flags dropped), sorted and unique. */
export function dictionaryWords(file: string): string[] {
  if (!existsSync(file)) throw new Error(`No Hindi dictionary at ${file}: apt-get install hunspell-hi`);
  const words = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
    const word = line.split('/')[0]?.trim() ?? '';
    if (/^[\u0900-\u097F]{2,}$/u.test(word)) words.add(word);
  }
  return [...words].sort();
}

/** Body sentences of the seed articles: Markdown files' text after the frontmatter, or plain text. */
export function seedSentences(texts: readonly string[]): string[] {
  const found = new Set<string>();
  for (const text of texts) {
    const body = text.startsWith('---') ? text.replace(/^---[\s\S]*?\n---\n/u, '') : text;
    for (const sentence of splitSentences(body.replace(/\s+/g, ' '))) {
      if (isProseSentence(sentence) && sentence.endsWith('।')) found.add(sentence);
    }
  }
  return [...found].sort();
}

/** The prose every article is made of. */
export interface Sources {
  /** Sentences of real news (the seeds), used most. */
  news: readonly string[];
  /** Sentences of the help pages: varied vocabulary. */
  help: readonly string[];
  /** Dictionary words, for headlines and story subjects. */
  words: readonly string[];
}

/** A topic slug and its Hindi label. */
export interface CorpusTopic {
  slug: string;
  label: string;
}

/** One generated article: its file name, Markdown text and what the manifest needs. */
export interface GeneratedArticle {
  slug: string;
  published: string;
  topics: string[];
  markdown: string;
}

/** Options of one corpus. */
export interface CorpusOptions {
  count: number;
  seed: number;
  topics: readonly CorpusTopic[];
  /** First and last instants articles are published in (ms since the epoch). */
  start: number;
  end: number;
  /** How many planted rare words; each is planted in 1 to 6 articles. */
  planted: number;
}

const DATELINES = [
  'नई दिल्ली',
  'नयी दिल्ली',
  'मुंबई',
  'लखनऊ',
  'पटना',
  'जयपुर',
  'भोपाल',
  'कोलकाता',
  'चेन्नई',
  'वाशिंगटन',
  'अस्ताना',
  'श्रीनगर',
];
const AGENCIES = ['भाषा', 'पीटीआई', 'पीटीआई-भाषा', 'आईएएनएस', 'एजेंसी'];
const PUBLISHERS = ['पीटीआई-भाषा', 'दैनिक जागरण', 'समाचार डेस्क', 'हिंदी समाचार'];
const AUTHORS = [
  'अमित दिलीप',
  'कृष्ण बिहारी सिंह',
  'नेहा शर्मा',
  'Krishna Bihari Singh',
  'रवि प्रकाश',
  'सुनीता वर्मा',
  'मोहम्मद आसिफ़',
];
const VERBS = [
  'ने बैठक की',
  'पर चर्चा हुई',
  'को मंज़ूरी मिली',
  'पर सहमति बनी',
  'की समीक्षा की',
  'पर ज़ोर दिया',
  'का ऐलान किया',
  'पर सवाल उठाए',
];
const LINKS = ['और', 'के बाद', 'के बीच', 'के लिए', 'को लेकर', 'के साथ'];

/** Spellings Hindi newsrooms use interchangeably; an article picks one side of each. */
const SPELLING_VARIANTS: readonly (readonly [string, string])[] = [
  ['नई', 'नयी'],
  ['गई', 'गयी'],
  ['लिए', 'लिये'],
  ['ज़', 'ज'],
  ['फ़', 'फ'],
  ['क़', 'क'],
  ['हैं', 'हैँ'],
];

/** `text` with some spelling variants swapped, as chosen by `mask` (one bit per variant). */
export function varySpelling(text: string, mask: number): string {
  let out = text;
  SPELLING_VARIANTS.forEach(([a, b], i) => {
    if (mask & (1 << i)) out = out.replaceAll(a, b);
  });
  return out;
}

const SYLLABLES = [
  'क्ष',
  'त्र',
  'ज्ञ',
  'झू',
  'ठौ',
  'ढे',
  'ङो',
  'ञा',
  'घृ',
  'फ़ु',
  'ख़ै',
  'ग़ो',
  'ढ़ा',
  'थि',
  'भौ',
  'छी',
  'वृ',
  'शौ',
  'षे',
  'ऋ',
];

/**
 * `count` invented Devanagari words found in none of `known`, for planting: each has exactly the
 * articles the manifest lists, so search can be checked against a known answer.
 */
export function inventWords(rng: Rng, count: number, known: ReadonlySet<string>): string[] {
  const words = new Set<string>();
  while (words.size < count) {
    const word = Array.from({ length: rng.int(3, 4) }, () => rng.pick(SYLLABLES)).join('');
    if (!known.has(word)) words.add(word);
  }
  return [...words];
}

/** Zero-padded two digits. */
const two = (n: number) => String(n).padStart(2, '0');

/** An ISO date-time of the instant `ms` as a clock at `offsetMinutes` from UTC shows it. */
export function isoWithOffset(ms: number, offsetMinutes: number): string {
  const shifted = new Date(ms + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const offset = offsetMinutes === 0 ? 'Z' : `${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  return (
    `${shifted.getUTCFullYear()}-${two(shifted.getUTCMonth() + 1)}-${two(shifted.getUTCDate())}` +
    `T${two(shifted.getUTCHours())}:${two(shifted.getUTCMinutes())}:00${offset}`
  );
}

const IST = 330;

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
const q = (value: string) => JSON.stringify(value);

/**
 * Where the photos work will attach a generated lead image: return `{ file, bytes, alt }` for an
 * article to get `content/<slug>.jpg` and an `image:` field. Until then no article has one.
 */
export function articleImage(_article: { slug: string; index: number }): undefined {
  return undefined;
}

/** A story several articles follow: a subject in their headlines, a topic set and a few sentences. */
interface Story {
  subject: string;
  topics: string[];
}

/** Generates the corpus: articles newest last, and the planted words with their exact slugs. */
export function generateCorpus(
  sources: Sources,
  options: CorpusOptions,
): { articles: GeneratedArticle[]; planted: Record<string, string[]> } {
  const rng = createRng(options.seed);
  const { count, topics } = options;
  if (topics.length === 0) throw new Error('generateCorpus needs at least one topic');
  const known = new Set([
    ...sources.words,
    ...[...sources.news, ...sources.help].flatMap((s) => s.split(/\s+/)),
  ]);

  // Stories: a handful of articles each share a subject word (rare in the corpus) and topics,
  // as follow-ups of one event do; that is what "related" should find.
  const storyCount = Math.max(1, Math.ceil(count / 4));
  const stories: Story[] = Array.from({ length: storyCount }, () => {
    const first = rng.pick(topics).slug;
    const chosen = new Set([first]);
    const extra = rng.int(0, 2);
    for (let i = 0; i < extra; i++) chosen.add(rng.pick(topics).slug);
    return { subject: `${rng.pick(sources.words)} ${rng.pick(sources.words)}`, topics: [...chosen] };
  });

  // Instants spread evenly with jitter, so archives by year and month all have articles.
  const span = options.end - options.start;
  const instants = Array.from({ length: count }, (_, i) => {
    const base = options.start + (span * (i + 0.5)) / count;
    const jitter = (rng.next() - 0.5) * (span / count);
    return Math.min(options.end, Math.max(options.start, Math.round(base + jitter)));
  });

  const plantedWords = inventWords(rng, options.planted, known);
  const plantedIn = new Map<number, string[]>();
  const planted: Record<string, string[]> = {};
  for (const word of plantedWords) {
    const hits = new Set<number>();
    const want = Math.min(count, rng.int(1, 6));
    while (hits.size < want) hits.add(rng.int(0, count - 1));
    for (const hit of hits) plantedIn.set(hit, [...(plantedIn.get(hit) ?? []), word]);
  }

  const articles: GeneratedArticle[] = [];
  const slugs: string[] = [];
  for (let index = 0; index < count; index++) {
    const story = stories[Math.floor(rng.next() * storyCount)] as Story;
    const at = instants[index] as number;
    const dayPrecision = rng.chance(0.1);
    // Most desks write IST; the foreign desk sometimes files in UTC or in the local time of the place.
    const offset = dayPrecision ? IST : rng.pick([IST, IST, IST, IST, IST, IST, 0, -240, 360]);
    let published = isoWithOffset(at, offset);
    if (dayPrecision) published = `${isoWithOffset(at, IST).slice(0, 10)}T00:00:00+05:30`;
    const updated =
      !dayPrecision && rng.chance(0.2) ? isoWithOffset(at + rng.int(5, 600) * 60_000, offset) : undefined;
    const ist = new Date(at + IST * 60_000);

    const topicSlug = story.topics[0] as string;
    const slug = `${topicSlug}-${published.slice(0, 10)}-${(index + 1).toString(36)}`;
    slugs.push(slug);
    const words = plantedIn.get(index) ?? [];
    const mask = rng.int(0, (1 << SPELLING_VARIANTS.length) - 1);

    const headlineWords = `${rng.pick(sources.words)} ${rng.pick(LINKS)} ${rng.pick(sources.words)}`;
    let title = `${story.subject} ${rng.pick(VERBS)}, ${headlineWords}`;
    let standfirst = `${story.subject}: ${rng.pick(sources.news.length > 0 && rng.chance(0.5) ? sources.news : sources.help)}`;
    const dateline = rng.pick(DATELINES);
    const agency = rng.pick(AGENCIES);

    const paragraphs: string[] = [];
    const paragraphCount = rng.int(4, 9);
    for (let p = 0; p < paragraphCount; p++) {
      const sentences = Array.from({ length: rng.int(2, 4) }, () => {
        const roll = rng.next();
        if (roll < 0.35 && sources.news.length > 0) return rng.pick(sources.news);
        if (roll < 0.85) return rng.pick(sources.help);
        // A sentence of dictionary words: vocabulary no other article has.
        const n = rng.int(6, 12);
        return `${Array.from({ length: n }, () => rng.pick(sources.words)).join(' ')}।`;
      });
      paragraphs.push(sentences.join(' '));
    }
    paragraphs[0] = `${dateline}, ${ist.getUTCDate()} ${HINDI_MONTHS[ist.getUTCMonth()]} (${agency}) ${story.subject} ${rng.pick(VERBS)}। ${paragraphs[0]}`;
    // Planted words: in the body, and for some articles in the headline or standfirst too.
    words.forEach((word, i) => {
      const where = rng.int(0, 4);
      if (where === 0) title = `${title} ${word}`;
      else if (where === 1) standfirst = `${standfirst} ${word}`;
      const p = rng.int(0, paragraphs.length - 1);
      paragraphs[p] = `${paragraphs[p]} ${word} ${i % 2 === 0 ? 'के बारे में जानकारी दी गई।' : 'का ज़िक्र भी हुआ।'}`;
    });

    const front = [
      '---',
      `title: ${q(varySpelling(title, mask))}`,
      `standfirst: ${q(varySpelling(standfirst, mask))}`,
      `published: ${q(published)}`,
      ...(updated ? [`updated: ${q(updated)}`] : []),
      `datePrecision: ${q(dayPrecision ? 'day' : 'minute')}`,
      ...(rng.chance(0.6) ? [`author: ${q(rng.pick(AUTHORS))}`] : []),
      `agency: ${q(agency)}`,
      `dateline: ${q(dateline)}`,
      'publisher:',
      `  name: ${q(rng.pick(PUBLISHERS))}`,
      ...(rng.chance(0.3) ? [`desk: ${q(rng.pick(AUTHORS))}`] : []),
      `topics: [${story.topics.map(q).join(', ')}]`,
      '---',
      '',
    ].join('\n');
    // Planted words are never spelling-varied: the manifest promises their exact form.
    const body = paragraphs.map((paragraph) => varySpelling(paragraph, mask)).join('\n\n');
    const restored = words.reduce(
      (text, word) => text.replaceAll(varySpelling(word, mask), word),
      `${front}\n${body}\n`,
    );
    articles.push({ slug, published, topics: story.topics, markdown: restored });
  }

  for (const word of plantedWords) {
    planted[word] = articles
      .filter((_, index) => (plantedIn.get(index) ?? []).includes(word))
      .map((article) => article.slug)
      .sort();
  }
  return { articles, planted };
}

/** A few dozen topics with Hindi labels, for when topics live in the content folder's `topics.yaml`. */
export const CORPUS_TOPICS: readonly CorpusTopic[] = [
  ['defence', 'रक्षा'],
  ['rajnath-singh', 'राजनाथ सिंह'],
  ['kazakhstan', 'कज़ाख़स्तान'],
  ['united-states', 'अमेरिका'],
  ['diplomacy', 'कूटनीति'],
  ['politics', 'राजनीति'],
  ['economy', 'अर्थव्यवस्था'],
  ['cricket', 'क्रिकेट'],
  ['sports', 'खेल'],
  ['education', 'शिक्षा'],
  ['health', 'स्वास्थ्य'],
  ['science', 'विज्ञान'],
  ['technology', 'तकनीक'],
  ['agriculture', 'कृषि'],
  ['environment', 'पर्यावरण'],
  ['weather', 'मौसम'],
  ['railways', 'रेलवे'],
  ['elections', 'चुनाव'],
  ['parliament', 'संसद'],
  ['supreme-court', 'सर्वोच्च न्यायालय'],
  ['crime', 'अपराध'],
  ['cinema', 'सिनेमा'],
  ['music', 'संगीत'],
  ['literature', 'साहित्य'],
  ['business', 'कारोबार'],
  ['stock-market', 'शेयर बाज़ार'],
  ['startups', 'स्टार्टअप'],
  ['space', 'अंतरिक्ष'],
  ['world', 'दुनिया'],
  ['china', 'चीन'],
  ['pakistan', 'पाकिस्तान'],
  ['nepal', 'नेपाल'],
  ['uttar-pradesh', 'उत्तर प्रदेश'],
  ['bihar', 'बिहार'],
  ['delhi', 'दिल्ली'],
  ['maharashtra', 'महाराष्ट्र'],
].map(([slug, label]) => ({ slug, label }) as CorpusTopic);

/** The `topics.yaml` text for `topics` (slug, then its Hindi label), as content folders keep it. */
export function topicsYaml(topics: readonly CorpusTopic[]): string {
  return topics.map(({ slug, label }) => `${slug}:\n  label: ${q(label)}\n`).join('');
}
