/**
 * The archive index: everything pages show of OTHER articles (order, previous/next, related
 * stories, topic lists and counts, the archive by month), computed once per build in time
 * proportional to the archive, so each page then renders in time independent of its size.
 */
import { toIstParts } from './dates';
import { timestamp } from './dates';

/** The fields the index needs from an article. */
export interface IndexableArticle {
  slug: string;
  published: string;
  topics: readonly string[];
  title: string;
  standfirst: string;
}

/** One month of the archive, in IST. */
export interface ArchiveMonth<T> {
  year: number;
  month: number;
  /** Newest first. */
  items: T[];
}

/** The index of a whole archive. */
export interface ArchiveIndex<T extends IndexableArticle> {
  /** Every article, newest first. */
  sorted: T[];
  /** The newer and older neighbours of an article (by the newest-first order). */
  neighbours: (slug: string) => { newer: T | undefined; older: T | undefined };
  /** Up to three related stories: never the article itself nor its previous/next links. */
  related: (slug: string) => T[];
  /** Articles per topic, newest first. */
  byTopic: ReadonlyMap<T['topics'][number], T[]>;
  /** Topics in use with their article counts, most used first, then by slug. */
  topicCounts: { slug: T['topics'][number]; count: number }[];
  /** Months that have articles, newest first. */
  months: ArchiveMonth<T>[];
}

/** How many related stories an article shows. */
export const RELATED_LIMIT = 3;

/**
 * Words of a headline or standfirst as related-story keys: letters and marks only, with the
 * nukta and chandrabindu folded (ज़/ज, हँ/हं) so spelling variants of one name still match.
 */
export function relatedKeys(text: string): string[] {
  const words = text.normalize('NFC').match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
  const keys = new Set<string>();
  for (const word of words) {
    const key = word
      .toLowerCase()
      .replace(/\u093C/gu, '')
      .replace(/\u0901/gu, '\u0902')
      .normalize('NFC');
    if ([...key].length >= 2) keys.add(key);
  }
  return [...keys];
}

/** Newest first by instant, then by slug; each date is parsed once, not per comparison. */
export function sortByTime<T extends { slug: string; published: string }>(items: readonly T[]): T[] {
  return items
    .map((item) => ({ item, time: timestamp(item.published) }))
    .sort((a, b) => b.time - a.time || (a.item.slug < b.item.slug ? -1 : a.item.slug > b.item.slug ? 1 : 0))
    .map(({ item }) => item);
}

/**
 * Builds the index. Related stories share rare words of the headline and standfirst (a word in
 * at most `rareLimit` articles, weighted by rarity) and topics; when too few share a word, the
 * nearest stories in time of the same topic fill the list, so every article gets different ones.
 */
export function buildArchiveIndex<T extends IndexableArticle>(
  articles: readonly T[],
  options: { rareLimit?: number } = {},
): ArchiveIndex<T> {
  const sorted = sortByTime(articles);
  const count = sorted.length;
  const position = new Map(sorted.map((article, i) => [article.slug, i]));
  const at = (slug: string): number => {
    const i = position.get(slug);
    if (i === undefined) throw new Error(`archive index: no article "${slug}"`);
    return i;
  };

  type Topic = T['topics'][number];
  const byTopic = new Map<Topic, T[]>();
  const topicPosition = new Map<string, Map<string, number>>();
  for (const article of sorted) {
    for (const topic of article.topics) {
      const list = byTopic.get(topic) ?? [];
      if (list.length === 0) byTopic.set(topic, list);
      list.push(article);
    }
  }
  for (const [topic, list] of byTopic) topicPosition.set(topic, new Map(list.map((a, i) => [a.slug, i])));
  const topicCounts = [...byTopic]
    .map(([slug, list]) => ({ slug, count: list.length }))
    .sort((a, b) => b.count - a.count || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));

  const months: ArchiveMonth<T>[] = [];
  for (const article of sorted) {
    const { year, month } = toIstParts(new Date(timestamp(article.published)));
    const last = months.at(-1);
    if (last && last.year === year && last.month === month) last.items.push(article);
    else months.push({ year, month, items: [article] });
  }

  // Inverted index of headline and standfirst words; only rare words are followed.
  const rareLimit = options.rareLimit ?? Math.max(8, Math.ceil(Math.sqrt(count)));
  const keysOf: string[][] = sorted.map((article) => relatedKeys(`${article.title} ${article.standfirst}`));
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const key of keys) {
      const list = postings.get(key);
      if (list) {
        if (list.length <= rareLimit) list.push(i);
      } else postings.set(key, [i]);
    }
  });

  const neighbourIndexes = (i: number) => [i - 1, i + 1];
  const relatedCache = new Map<number, T[]>();
  // Parsed once: ranking candidates by distance in time parsed each candidate's date per article.
  const times = sorted.map((article) => timestamp(article.published));
  const relatedOf = (i: number): T[] => {
    const cached = relatedCache.get(i);
    if (cached) return cached;
    const article = sorted[i] as T;
    const excluded = new Set([i, ...neighbourIndexes(i)]);
    const scores = new Map<number, number>();
    for (const key of keysOf[i] as string[]) {
      const list = postings.get(key) as number[];
      if (list.length > rareLimit || list.length < 2) continue;
      const weight = Math.log((count + 1) / list.length);
      for (const j of list) if (!excluded.has(j)) scores.set(j, (scores.get(j) ?? 0) + weight);
    }
    const mine = new Set(article.topics);
    const time = times[i] as number;
    const ranked = [...scores]
      .map(([j, score]) => {
        const other = sorted[j] as T;
        const shared = other.topics.filter((topic) => mine.has(topic)).length;
        return { j, score: score + shared, distance: Math.abs((times[j] as number) - time) };
      })
      .sort((a, b) => b.score - a.score || a.distance - b.distance || a.j - b.j)
      .slice(0, RELATED_LIMIT)
      .map(({ j }) => j);
    // Too few share a rare word: the nearest stories in time under the article's topics.
    const chosen = new Set(ranked);
    for (const topic of article.topics) {
      const list = byTopic.get(topic) as T[];
      const here = topicPosition.get(topic)?.get(article.slug) as number;
      for (let step = 1; chosen.size < RELATED_LIMIT && step < list.length; step++) {
        for (const k of [here + step, here - step]) {
          const other = list[k];
          if (!other || chosen.size >= RELATED_LIMIT) continue;
          const j = position.get(other.slug) as number;
          if (!excluded.has(j) && !chosen.has(j)) {
            chosen.add(j);
            ranked.push(j);
          }
        }
      }
      if (chosen.size >= RELATED_LIMIT) break;
    }
    const result = ranked.map((j) => sorted[j] as T);
    relatedCache.set(i, result);
    return result;
  };

  return {
    sorted,
    neighbours: (slug) => {
      const i = at(slug);
      return { newer: sorted[i - 1], older: sorted[i + 1] };
    },
    related: (slug) => relatedOf(at(slug)),
    byTopic,
    topicCounts,
    months,
  };
}

/** One year of the archive with its months (newest first) and their article counts. */
export interface ArchiveYear {
  year: number;
  count: number;
  months: { month: number; count: number }[];
}

/** The archive's years, newest first, from its months. */
export function archiveYears(months: readonly ArchiveMonth<unknown>[]): ArchiveYear[] {
  const years: ArchiveYear[] = [];
  for (const { year, month, items } of months) {
    let last = years.at(-1);
    if (!last || last.year !== year) {
      last = { year, count: 0, months: [] };
      years.push(last);
    }
    last.count += items.length;
    last.months.push({ month, count: items.length });
  }
  return years;
}
