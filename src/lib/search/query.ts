/**
 * The search query path, shared by the browser and the tests: the reader's words become search
 * keys of every tier (keys.ts, text.ts), Pagefind looks each key up as a whole word (or, for the
 * word still being typed, as a prefix), and the pages found are merged here: every word must be
 * found (AND), and a page ranks by the weakest tier its words needed, then by Pagefind's score
 * (how often and where: headline keys weigh more). Each hit comes back with an excerpt cut from
 * the article's original words, read from the record's metadata (no extra file per article).
 */
import { aksharaCount } from '../hindi/akshara';
import type { ExcerptPart } from './excerpt';
import { buildExcerpt, matchedWords } from './excerpt';
import { TIER, type Tier, wordKeys } from './keys';
import { searchTextFromMeta, type ArticleSearchText } from './record';
import {
  MAX_WORD_LENGTH,
  REPEAT_MARK,
  TIER_MARKS,
  readAsAcronym,
  locationWord,
  parseQuery,
  splitWords,
  type QueryWord,
} from './text';

/** How results are ordered. */
export type SearchSort = 'relevance' | 'newest';

/** The part of a Pagefind fragment we read. */
export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

/** One result of one Pagefind search. */
export interface PagefindResult {
  id: string;
  score: number;
  /** Record locations of the words this search matched (Pagefind's `words`). */
  words: number[];
  data(): Promise<PagefindResultData>;
}

/** Pagefind's search options that we use. */
export interface PagefindSearchOptions {
  filters?: Record<string, string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of Pagefind's JS API we use (the browser module and Node tests both satisfy it). */
export interface PagefindApi {
  search(term: string | null, options?: PagefindSearchOptions): Promise<{ results: PagefindResult[] } | null>;
}

/** One article in the results, ready to render. */
export interface SearchHit {
  url: string;
  title: string;
  date: string;
  excerpt: ExcerptPart[];
  /** The article's own words that matched, for highlighting on the article page. */
  words: string[];
  /** The weakest tier this article's words needed (0 exact … 4 prefix). */
  tier: Tier;
  /** Path of the article's thumbnail, when it has a lead image. */
  thumbnail?: string;
}

/**
 * How many articles a search has found so far. `complete` is false while some of its looser
 * lookups wait (see PHONETIC_BELOW): `total` is then a lower bound, and loading past the pages
 * found runs them.
 */
export interface SearchCount {
  total: number;
  complete: boolean;
}

/** The next hits of a search, with its count as it stands after them. */
export interface MoreHits extends SearchCount {
  hits: SearchHit[];
}

/** What a search came to: a state the page shows, or hits with a loader for the rest. */
export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'too-short' }
  | ({ kind: 'results'; hits: SearchHit[]; loadMore: (count: number) => Promise<MoreHits> } & SearchCount);

/**
 * Longest key sent to Pagefind. Pagefind drops over-long terms from a query; no real word is
 * this long, so such a query finds nothing instead.
 */
export const MAX_TERM_LENGTH = MAX_WORD_LENGTH;

/**
 * Shortest phonetic key a Devanagari word is also searched by, even when its own spellings find
 * nothing: shorter keys are skeletons shared by unrelated words (कम, काम, कमी are all "km"; a
 * four-consonant skeleton "sbjn" is both an invented word and सब्ज़ियाँ). Such a word gets the
 * "did you mean" suggestion instead (suggest.ts: हेग्सेथ → हेगसेथ).
 */
export const MIN_PHONETIC_LENGTH = 5;

/**
 * Fewest results at which a query puts off looking its words up more loosely (a Devanagari word
 * by its lemma and phonetic key, a Roman word by its other readings; see `lookups`) and a quoted
 * phrase by its words' later places (`placeTerms`), until the reader pages past what it found.
 * Every page a looser tier adds ranks after all that the word's own spellings find (a page ranks
 * by the weakest tier it needed), so the first pages shown are the same, and a common word's
 * looser key is an index chunk as large as its own: मंत्री, in 8,053 of 10,000 articles, cost
 * 98.5 KB as a later query with its phonetic key and 62.8 KB without it; करें 63.5 KB with its
 * lemma (कर, in nearly every article) and 37.6 KB without. Sorting by newest looks everything up
 * at once: a put-off page may be the newest.
 */
export const PHONETIC_BELOW = 100;

/** Shortest word being typed (code points) that narrows other words: a shorter one waits for its next letter. */
export const MIN_PREFIX_LENGTH = 3;

/**
 * Most letters (code points) a word being typed that finds nothing is cut back by, to the prefix
 * that found the results shown a keystroke or two before: an inflected ending leaves its stem's
 * spelling mid-word (साझेदारि, साझेदारिय, साझेदारियो, then साझेदारियों for साझेदारी; खेल, खेलन,
 * खेलने for खेला), and the results should not vanish there and come back at the end.
 */
export const PREFIX_CUT_BACK = 2;

/**
 * Shortest Devanagari word (code points) also searched as two words even when found as one
 * (प्रधानमंत्री also finds "प्रधान मंत्री"); shorter words are split only when found nowhere, since
 * every split costs a lookup.
 */
export const MIN_SPLIT_LENGTH = 9;

/** Fewest aksharas in each half of a word split in two (a stop word like के excepted). */
export const MIN_SPLIT_AKSHARAS = 2;

/** Most candidate pages whose text is read to check a quoted phrase that has stop words in it. */
export const MAX_PHRASE_CHECKS = 40;

/** Options for {@link runSearch}. */
export interface SearchOptions {
  topic?: string | undefined;
  sort?: SearchSort;
  /** How many hits to load at once (each costs one fragment request). */
  pageSize?: number;
  /** The reader is still typing: the last word (no space after it) matches as a prefix. */
  typing?: boolean;
}

/** A page found for one query word: the strongest tier it matched at and Pagefind's results. */
interface Match {
  tier: Tier;
  score: number;
  results: PagefindResult[];
}

type Found = Map<string, Match>;

interface Term {
  term: string;
  tier: Tier;
}

/** Adds a term unless an equal one of a stronger tier is there. */
function addTerm(terms: Term[], term: string, tier: Tier): void {
  if (!terms.some((existing) => existing.term === term)) terms.push({ term, tier });
}

/**
 * The Pagefind terms for one word at tiers exact, variant and lemma. A key of tier t is also
 * looked for among the stronger sections, where an article word whose own spelling already is
 * that key left it (text.ts writes each distinct key once per word).
 */
export function wordTerms(
  word: QueryWord,
  { phonetic, lemma: byLemma = true }: { phonetic: boolean; lemma?: boolean },
): Term[] {
  const { exact, variant, lemma } = word.keys;
  const terms: Term[] = [];
  addTerm(terms, exact + TIER_MARKS[0], TIER.exact);
  if (word.devanagari) {
    for (const mark of TIER_MARKS.slice(0, 2)) addTerm(terms, variant + mark, TIER.variant);
    if (byLemma) for (const mark of TIER_MARKS.slice(0, 3)) addTerm(terms, lemma + mark, TIER.lemma);
  }
  if (phonetic) {
    for (const key of word.phoneticKeys) addTerm(terms, key + TIER_MARKS[3], TIER.phonetic);
    addTerm(terms, word.keys.phonetic + TIER_MARKS[0], TIER.phonetic);
  }
  if (word.prefix) {
    addTerm(terms, exact, TIER.prefix);
    if (!word.devanagari) {
      // A partly typed Roman word keys differently from the whole word (short keys keep their
      // vowels: hegs, but hegseth is hgst), so its consonant skeleton is tried as well.
      for (const key of [word.keys.phonetic, word.keys.phonetic.replace(/(?<=.)[aeiou]/g, '')]) {
        addTerm(terms, key, TIER.prefix);
      }
    }
  }
  return terms;
}

/**
 * A word's lookups in two steps: `first`, and `rest`, which runs at once only while the results
 * are few (PHONETIC_BELOW), and otherwise when the reader pages past them. A Devanagari word's
 * lemma and phonetic keys are in `rest`: their pages rank after all that its own spellings find.
 * So are a Roman word's other readings (raksha is rksa, then rks): looser guesses at the same
 * word than its first reading, which alone finds a common word's thousands.
 */
function lookups(word: QueryWord): { first: Term[]; rest: Term[] } {
  const all = wordTerms(word, { phonetic: phoneticFirst(word) });
  const first = word.devanagari
    ? wordTerms(word, { phonetic: false, lemma: false })
    : wordTerms({ ...word, phoneticKeys: word.phoneticKeys.slice(0, 1) }, { phonetic: true });
  const firstTerms = new Set(first.map((term) => term.term));
  return { first, rest: all.filter((term) => !firstTerms.has(term.term)) };
}

/** Whether at least `count` pages are in every map (stops counting there: a common word's maps hold thousands). */
function foundInAll(maps: readonly Found[], count: number): boolean {
  const smallest = [...maps].sort((a, b) => a.size - b.size)[0];
  if (!smallest || smallest.size < count) return false;
  let found = 0;
  for (const id of smallest.keys()) {
    if (maps.every((map) => map.has(id)) && (found += 1) >= count) return true;
  }
  return false;
}

/**
 * Whether a word is searched by its phonetic key: always in Roman letters (it is their only way
 * to Devanagari articles); in Devanagari only when the key is long enough to be distinctive.
 */
function phoneticFirst(word: QueryWord): boolean {
  return !word.devanagari || [...word.keys.phonetic].length >= MIN_PHONETIC_LENGTH;
}

/** Merges Pagefind answers into one map, each page at the strongest tier that found it. */
function merge(into: Found, tier: Tier, results: readonly PagefindResult[]): void {
  for (const result of results) {
    const match = into.get(result.id);
    if (!match) {
      into.set(result.id, { tier, score: result.score, results: [result] });
      continue;
    }
    match.results.push(result);
    if (tier < match.tier) Object.assign(match, { tier, score: result.score });
    else if (tier === match.tier) match.score = Math.max(match.score, result.score);
  }
}

/** The code-point splits of a key into two parts of two or more letters each. */
function splits(key: string): [string, string][] {
  const chars = [...key];
  const out: [string, string][] = [];
  for (let cut = 2; cut <= chars.length - 2; cut += 1) {
    if (chars.length >= MIN_SPLIT_LENGTH && (cut < 3 || chars.length - cut < 3)) continue;
    const [head, tail] = [chars.slice(0, cut).join(''), chars.slice(cut).join('')];
    // A part never starts with a vowel sign, virama or nasal sign: that would split an akshara.
    if (/^[\u0900-\u0903\u093A-\u094F\u0955-\u0957\u0962\u0963]/u.test(tail)) continue;
    out.push([head, tail]);
  }
  return out.slice(0, 16);
}

/** A query word for a key made here (a half or a join of typed words). */
function derivedWord(text: string): QueryWord {
  const parsed = parseQuery(text);
  const word = parsed.kind === 'ok' ? parsed.words[0] : undefined;
  return word
    ? { ...word, prefix: false }
    : { text, keys: wordKeys(text), devanagari: true, stop: false, prefix: false, phoneticKeys: [] };
}

/**
 * Every article matching `options`, newest first, across both parts of the index (shards.ts):
 * the recent part (its records carry the `part` filter), then every other page in Pagefind's
 * order. Pagefind merges two bundles' sorted results by rank within each, so the merged list
 * interleaves the parts; without the recent pages it is the archive, in its date order.
 */
export async function newestFirst(
  pagefind: PagefindApi,
  options: PagefindSearchOptions,
): Promise<PagefindResult[]> {
  const sort = { date: 'desc' } as const;
  const [recent, all] = await Promise.all([
    pagefind.search(null, { ...options, filters: { ...options.filters, part: ['recent'] }, sort }),
    pagefind.search(null, { ...options, sort }),
  ]);
  const first = recent?.results ?? [];
  const ids = new Set(first.map((result) => result.id));
  return [...first, ...(all?.results ?? []).filter((result) => !ids.has(result.id))];
}

/** Each Pagefind instance's date order of all its pages (id → rank, newest 0), read once: it never changes. */
const dateOrders = new WeakMap<PagefindApi, Promise<Map<string, number>>>();

/** The date order of every page, from Pagefind's sort data (in its metadata) and the small `part` filter file. */
function dateOrder(pagefind: PagefindApi): Promise<Map<string, number>> {
  let order = dateOrders.get(pagefind);
  if (order === undefined) {
    order = newestFirst(pagefind, {}).then(
      (results) => new Map(results.map((result, index) => [result.id, index])),
    );
    order.catch(() => dateOrders.delete(pagefind));
    dateOrders.set(pagefind, order);
  }
  return order;
}

/** Runs a reader's query against Pagefind with Hindi normalization on the query side. */
export async function runSearch(
  pagefind: PagefindApi,
  rawQuery: string,
  { topic, sort = 'relevance', pageSize = 10, typing = false }: SearchOptions = {},
): Promise<SearchOutcome> {
  const parsed = parseQuery(rawQuery, { typing });
  if (parsed.kind !== 'ok') return { kind: parsed.kind };
  const allWords = [...parsed.words, ...parsed.phrases.flat()];
  if (allWords.some((word) => [...word.keys.exact].length > MAX_TERM_LENGTH)) return noResults();
  const options: PagefindSearchOptions = topic ? { filters: { topic: [topic] } } : {};

  // Every search this query starts, awaited together so a failing one never goes unhandled.
  const find = async (terms: readonly Term[], found: Found = new Map()): Promise<Found> => {
    const answers = await Promise.all(terms.map((term) => pagefind.search(term.term, options)));
    answers.forEach((answer, i) => merge(found, terms[i]?.tier ?? TIER.prefix, answer?.results ?? []));
    return found;
  };

  // A word being typed that is still too short to search as a prefix waits for its next letter
  // instead of emptying the results of the words before it.
  const content = parsed.words.filter(
    (word) =>
      !word.stop &&
      !(word.prefix && [...word.keys.exact].length < MIN_PREFIX_LENGTH && parsed.words.length > 1),
  );
  // The looser lookups put off (see PHONETIC_BELOW): a word's `rest`, a phrase's or a split's
  // later places, a long word's split. They run at once when the query finds few.
  const putOff: (() => Promise<unknown>)[] = [];
  const required: Found[] = await Promise.all(
    content.map(async (word) => {
      const { first, rest } = lookups(word);
      const found = await find(first);
      if (rest.length > 0) {
        if (found.size === 0) await find(rest, found);
        // An acronym that its letters found (BCCI: बीसीसीआई) is not also read as a word (बाकी).
        else if (!readAsAcronym(word.text)) putOff.push(() => find(rest, found));
      }
      // Two words standing together: a word found nowhere looks its halves up now; a long word
      // found as one, with the put-off lookups.
      if (found.size === 0) putOff.push(await addSplits(word, found));
      else if (word.devanagari && [...word.keys.exact].length >= MIN_SPLIT_LENGTH)
        putOff.push(async () => (await addSplits(word, found))());
      if (found.size === 0 && word.prefix) await addShorterPrefix(word, found);
      return found;
    }),
  );
  await addJoins(content, required);
  for (const phrase of parsed.phrases) required.push(await findPhrase(phrase, required.length));
  let pending = putOff.length > 0 ? () => Promise.all(putOff.map((lookup) => lookup())) : null;
  if (pending && (sort === 'newest' || !foundInAll(required, PHONETIC_BELOW))) {
    await pending();
    pending = null;
  }

  // Each page found: a Pagefind match, or a ranked page whose match is built when it is shown.
  let pages: (Match | Ranked)[];
  if (required.length === 0) {
    // Only words found in nearly every article (के, में …): every article answers, newest first.
    pages = (await newestFirst(pagefind, options)).map((result) => ({
      tier: TIER.exact,
      score: 0,
      results: [result],
    }));
  } else {
    pages = await rank(required);
  }

  const marks: Marks = {
    stopWords: required.length === 0 ? parsed.words : [],
    phrases: parsed.phrases,
  };
  let loaded = 0;
  const loadMore = async (count: number): Promise<MoreHits> => {
    if (pending && loaded + count > pages.length) {
      // The reader pages past what was found: the put-off lookups run, and the pages they add
      // follow the ones listed (they rank after them: looser tiers, or a phrase's later places).
      await pending();
      pending = null;
      const listed = new Set(pages.map((page) => ('id' in page ? page.id : '')));
      pages = [...pages, ...(await rank(required)).filter((page) => !listed.has(page.id))];
    }
    const slice = pages.slice(loaded, loaded + count);
    loaded += slice.length;
    const hits = await Promise.all(
      slice.map((page) => toHitFromMatch('matches' in page ? combined(page) : page, marks)),
    );
    return { hits, total: pages.length, complete: pending === null };
  };
  const { hits } = await loadMore(pageSize);
  return { kind: 'results', total: pages.length, complete: pending === null, hits, loadMore };

  /** Pages found for every word, in relevance order (or newest first), ties broken by date. */
  async function rank(maps: readonly Found[]): Promise<Ranked[]> {
    const ranked = intersect(maps);
    // Pagefind's date order (from its metadata, no extra download) is read only when needed: to
    // sort by newest, or to break a tie between pages of equal relevance.
    const needsDates =
      sort === 'newest' || ranked.some((page, i) => i > 0 && sameRelevance(page, ranked[i - 1]));
    if (needsDates) {
      const order = await dateOrder(pagefind);
      for (const page of ranked) page.age = order.get(page.id) ?? Infinity;
      ranked.sort(sort === 'newest' ? (a, b) => a.age - b.age : (a, b) => byRelevance(a, b) || a.age - b.age);
    }
    return ranked;
  }

  /**
   * A word found nowhere may be two indexed words written together (प्रधानमंत्री, भारतके, 21वीं):
   * adds the pages where they stand together at their first places, and returns the lookup of
   * their later places (a chunk more each), to run with the put-off lookups.
   */
  async function addSplits(word: QueryWord, found: Found): Promise<() => Promise<void>> {
    const add = (halves: readonly Found[]) => {
      // The halves were looked up as whole words at tiers up to lemma, never by sound or prefix.
      for (const half of halves) {
        for (const [id, match] of half) if (!found.has(id)) found.set(id, { ...match, tier: TIER.lemma });
      }
    };
    const pairs = await Promise.all(
      splits(word.keys.exact).map(async ([head, tail]): Promise<Together | null> => {
        const [a, b] = [derivedWord(head), derivedWord(tail)];
        if (a.stop && b.stop) return null;
        if (a.stop || b.stop) return { found: await find(wordTerms(a.stop ? b : a, { phonetic: false })) };
        // Two content words of two aksharas or more each (रक्षा|मंत्री, not रक्|षामंत्री or
        // रक्षामं|त्री): every lookup of a half costs an index chunk, found or not.
        if (aksharaCount(head) < MIN_SPLIT_AKSHARAS || aksharaCount(tail) < MIN_SPLIT_AKSHARAS) return null;
        return together([a, b]);
      }),
    );
    add(pairs.flatMap((pair) => (pair ? [pair.found] : [])));
    return async () => add(await Promise.all(pairs.flatMap((pair) => (pair?.later ? [pair.later()] : []))));
  }

  /**
   * Pages where `words` stand together, in order, at their first places in a page; `later` looks
   * their second and third places up too (under the repeat form: a chunk more each) and gives
   * the pages where they stand together at any of them.
   */
  async function together(words: readonly QueryWord[]): Promise<Required<Together>> {
    const terms = words.map((word) => placeTerms(word.keys.exact));
    const maps = await Promise.all(terms.map((places) => find(places.slice(0, 1))));
    const later = async () => {
      await Promise.all(terms.map((places, j) => find(places.slice(1), maps[j])));
      return adjacent(maps);
    };
    return { found: adjacent(maps), later };
  }

  /**
   * A word being typed that finds nothing, looked up as it was typed a letter or two before
   * (PREFIX_CUT_BACK), every way that word was; what it finds ranks as a prefix match.
   */
  async function addShorterPrefix(word: QueryWord, found: Found): Promise<void> {
    const letters = [...word.text];
    for (let cut = 1; cut <= PREFIX_CUT_BACK && letters.length - cut >= MIN_PREFIX_LENGTH; cut += 1) {
      const shorter = { ...derivedWord(letters.slice(0, -cut).join('')), prefix: true };
      const { first, rest } = lookups(shorter);
      const before = await find([...first, ...rest]);
      for (const [id, match] of before) found.set(id, { ...match, tier: TIER.prefix });
      if (found.size > 0) return;
    }
  }

  /** Two typed words may be one written word (प्रधान मंत्री = प्रधानमंत्री, 21 वीं = 21वीं, खान-पान = खानपान). */
  async function addJoins(words: readonly QueryWord[], maps: Found[]): Promise<void> {
    const joins = await Promise.all(
      words.slice(0, -1).map((word, i) => {
        const next = words[i + 1];
        if (!next || word.prefix) return new Map() as Found;
        return find(wordTerms(derivedWord(word.keys.exact + next.keys.exact), { phonetic: false }));
      }),
    );
    joins.forEach((joined, i) => {
      for (const [id, match] of joined) {
        for (const map of [maps[i], maps[i + 1]]) {
          if (map && !map.has(id))
            map.set(id, { ...match, tier: Math.max(match.tier, TIER.variant) as Tier });
        }
      }
    });
  }

  /**
   * Pages where the phrase's words stand together, in order, at their words' first places in a
   * page; for a phrase of two or more indexed words, the lookup of their later places (which
   * replaces `required[at]`) is put off.
   */
  async function findPhrase(phrase: readonly QueryWord[], at: number): Promise<Found> {
    const content = phrase.filter((word) => !word.stop);
    if (content.length === 0) return new Map();
    if (content.length === phrase.length) {
      const { found, later } = await together(content);
      if (content.length > 1) putOff.push(async () => (required[at] = await later()));
      return found;
    }
    // Stop words are not indexed: find pages with the other words (a word's first place is in
    // every page that has it), then read their text.
    const maps = await Promise.all(content.map((word) => find(placeTerms(word.keys.exact).slice(0, 1))));
    const candidates = intersect(maps).slice(0, MAX_PHRASE_CHECKS);
    const checked = await Promise.all(
      candidates.map(async (page) => {
        const match = combined(page);
        const id = page.id;
        const first = match.results[0];
        if (!first) return null;
        const { words } = splitWords(searchTextFromMeta((await first.data()).meta).text);
        return phraseIndexes(words, phrase).length > 0 ? ([id, match] as const) : null;
      }),
    );
    return new Map(checked.filter((entry) => entry !== null));
  }
}

/**
 * The terms that find every indexed place of an exact key: its first place in a page, and its
 * second and third under the repeat form (text.ts, foldOccurrences). A single word needs only the
 * first, which carries the weight of all three; a phrase needs them all to see the words stand together.
 */
function placeTerms(exact: string): Term[] {
  return [
    { term: exact + TIER_MARKS[0], tier: TIER.exact },
    { term: REPEAT_MARK + exact + TIER_MARKS[0], tier: TIER.exact },
  ];
}

/**
 * Pages where the words of `maps` (one map per word of a phrase, in order) stand at consecutive
 * record locations, each page's match located at the phrase alone. The words' own lookups give
 * their locations, so this is a walk over them: Pagefind's quoted search does the same in its
 * WebAssembly about ten times slower for a phrase of common words (रक्षा मंत्री at 10,000 articles).
 */
function adjacent(maps: readonly Found[]): Found {
  const out: Found = new Map();
  const [first, ...rest] = maps;
  if (!first) return out;
  for (const [id, match] of first) {
    const others = rest.map((map) => map.get(id));
    if (others.some((other) => other === undefined)) continue;
    const sets = (others as Match[]).map((other) => new Set(other.results.flatMap((result) => result.words)));
    const words: number[] = [];
    for (const start of new Set(match.results.flatMap((result) => result.words))) {
      if (sets.every((set, k) => set.has(start + k + 1)))
        words.push(...sets.map((_, k) => start + k + 1), start);
    }
    const [result] = match.results;
    if (!result || words.length === 0) continue;
    const score = (others as Match[]).reduce((sum, other) => sum + other.score, match.score);
    out.set(id, { tier: TIER.exact, score, results: [{ ...result, words: words.sort((a, b) => a - b) }] });
  }
  return out;
}

function noResults(): SearchOutcome {
  return {
    kind: 'results',
    total: 0,
    complete: true,
    hits: [],
    loadMore: async () => ({ hits: [], total: 0, complete: true }),
  };
}

/** Pages where words stand together, and the lookup of their later places (see `together` in runSearch). */
interface Together {
  found: Found;
  later?: () => Promise<Found>;
}

/** A page found for every word, with what its relevance is made of. */
interface Ranked {
  id: string;
  /** What each word found on this page, one match per word. */
  matches: Match[];
  /** The weakest tier any of its words needed. */
  worst: number;
  /** The tiers of all its words, added up. */
  total: number;
  /** Pagefind's score (how often and where) in millionths, so that float noise never decides an order. */
  score: number;
  /** Rank in Pagefind's date order (0 newest), filled in only when dates are needed. */
  age: number;
}

/** Relevance order: weakest tier needed, then total tier, then Pagefind's score (0 for equal relevance). */
function byRelevance(a: Ranked, b: Ranked): number {
  return a.worst - b.worst || a.total - b.total || b.score - a.score;
}

function sameRelevance(a: Ranked | undefined, b: Ranked | undefined): boolean {
  return a !== undefined && b !== undefined && byRelevance(a, b) === 0;
}

/** One match for a page from its words' matches (built only for the pages shown). */
function combined({ matches, worst, score }: Ranked): Match {
  const [only] = matches;
  if (only && matches.length === 1) return only;
  return { tier: worst as Tier, score: score / 1e6, results: matches.flatMap((m) => m.results) };
}

/**
 * Pages found for every map, in relevance order (ties left for the caller to break by date).
 * Plain loops: a common word finds most of a 10,000-article archive, and this runs per query.
 */
function intersect(maps: readonly Found[]): Ranked[] {
  const [first, ...rest] = maps;
  if (!first) return [];
  const ranked: Ranked[] = [];
  pages: for (const [id, match] of first) {
    let [worst, total, score] = [match.tier as number, match.tier as number, match.score];
    const matches = [match];
    for (const map of rest) {
      const other = map.get(id);
      if (other === undefined) continue pages;
      worst = Math.max(worst, other.tier);
      total += other.tier;
      score += other.score;
      matches.push(other);
    }
    ranked.push({ id, matches, worst, total, score: Math.round(score * 1e6), age: 0 });
  }
  return ranked.sort(byRelevance);
}

/** Word indexes of every place where `phrase` stands in `words` (its stop words exactly, others by lemma). */
export function phraseIndexes(words: readonly string[], phrase: readonly QueryWord[]): number[] {
  const out: number[] = [];
  const same = (word: string, query: QueryWord) => {
    const keys = wordKeys(word);
    return query.stop ? keys.exact === query.keys.exact : keys.lemma === query.keys.lemma;
  };
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((query, j) => same(words[start + j] ?? '', query))) {
      for (let j = 0; j < phrase.length; j += 1) out.push(start + j);
    }
  }
  return out;
}

/** Words to mark that Pagefind did not locate: stop words of a stop-word-only query, quoted phrases. */
export interface Marks {
  stopWords: readonly QueryWord[];
  phrases: readonly (readonly QueryWord[])[];
}

/** Turns a page's Pagefind results into a hit. */
async function toHitFromMatch(match: Match, extra: Marks): Promise<SearchHit> {
  const first = match.results[0];
  if (!first) throw new Error('a match without a result');
  const data = await first.data();
  const locations = [...new Set(match.results.flatMap((result) => result.words))];
  return toHit(data, locations, match.tier, extra);
}

/** Turns Pagefind's data and locations into a hit with an excerpt in the original script. */
export function toHit(
  data: PagefindResultData,
  locations: readonly number[],
  tier: Tier = TIER.exact,
  extra: Marks = { stopWords: [], phrases: [] },
): SearchHit {
  const article: ArticleSearchText = searchTextFromMeta(data.meta);
  const { words, gaps } = splitWords(article.text);
  const indexes = locations.flatMap((location) => {
    const at = locationWord(location, words.length);
    return at ? [at.index] : [];
  });
  for (const phrase of extra.phrases) indexes.push(...phraseIndexes(words, phrase));
  const stops = new Set(extra.stopWords.map((word) => word.keys.exact));
  if (stops.size > 0) words.forEach((word, i) => stops.has(wordKeys(word).exact) && indexes.push(i));
  const unique = [...new Set(indexes)];
  return {
    url: data.url,
    title: article.title,
    date: article.date,
    excerpt: buildExcerpt(words, unique, 12, gaps),
    words: matchedWords(words, unique),
    tier,
    ...(article.thumbnail ? { thumbnail: article.thumbnail } : {}),
  };
}
