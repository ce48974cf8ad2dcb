/**
 * Opening Pagefind the one way the browser, the Node tests and the byte meter all do: the
 * primary bundle (the recent part of the index), then the archive part merged into it when the
 * build has one (shards.ts).
 */
import type { PagefindApi } from './query';
// With extensions: scripts/lib/pagefind-weight.ts imports this under plain Node.
import { ARCHIVE_BUNDLE } from './shards.ts';

/** Pagefind's module API as we call it (`pagefind.js`). */
export interface PagefindModule extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

/** Options for both parts: the tier marks of our keys work only under `exactDiacritics` (see text.ts). */
const OPTIONS = { exactDiacritics: true };

/** Initializes `module` on the bundle at `bundle` (ending in `/`) and merges the archive part if there is one. */
export async function openSearchIndex(
  module: PagefindModule,
  bundle: string,
  { archive }: { archive: boolean },
): Promise<PagefindModule> {
  await module.options({ basePath: bundle, ...OPTIONS });
  await module.init();
  if (archive) await module.mergeIndex(`${bundle}${ARCHIVE_BUNDLE}`, OPTIONS);
  return module;
}
