/**
 * Opening Pagefind the one way the browser, the Node tests and the byte meter all do: the
 * primary bundle (the recent part of the index), then the archive part merged into it when the
 * build has one (shards.ts).
 */
import type { PagefindApi } from './query';
// With extensions: scripts/lib/pagefind-weight.ts imports this under plain Node.
import { ARCHIVE_BUNDLE } from './shards.ts';
import { pagefindTerm } from './pagefind-term.ts';

/** Pagefind's module API as we call it (`pagefind.js`). */
export interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/**
 * The options every Pagefind instance of this site is started with, for both parts of the
 * index. `exactDiacritics` keeps the tier marks apart (text.ts). `pageLength: 0` takes the
 * record's length out of the score, so it measures only how often and where (headline weight) a
 * word stands: two articles that match alike score alike, and the newer one comes first (see
 * `runSearch` in query.ts); a long article is not a weaker match for being long.
 */
export const PAGEFIND_OPTIONS = { exactDiacritics: true, ranking: { pageLength: 0 } } as const;

/**
 * Initializes `module` on the bundle at `bundle` (ending in `/`) and merges the archive part if
 * there is one. `cacheTag` (the build's id) becomes Pagefind's metaCacheTag for both parts: their
 * entry files are fetched once per deploy rather than on every search (Pagefind's default).
 * The engine it returns takes search keys as text.ts makes them and hands Pagefind each term in
 * the form the index was written in ({@link pagefindTerm}).
 */
export async function openSearchIndex(
  module: PagefindModule,
  bundle: string,
  { archive, cacheTag }: { archive: boolean; cacheTag?: string | undefined },
): Promise<PagefindApi> {
  const options = { ...PAGEFIND_OPTIONS, ...(cacheTag ? { metaCacheTag: cacheTag } : {}) };
  await module.options({ basePath: bundle, ...options });
  await module.init();
  if (archive) await module.mergeIndex(`${bundle}${ARCHIVE_BUNDLE}`, options);
  return {
    search: (term, searchOptions) => module.search(term === null ? null : pagefindTerm(term), searchOptions),
  };
}
