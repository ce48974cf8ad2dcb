/**
 * Shared by the quality gates and `npm run screenshots`: the two builds they check, building
 * and serving them, and the sample pages.
 */
import { join } from 'node:path';
import { buildPhotoFixture } from '../lib/photo-fixture.ts';
import {
  ROOT,
  buildSite as astroBuildSite,
  hasBuildOutput,
  siteBuilds,
  type SiteBuild,
} from '../lib/site-build.ts';
import { serveStatic, type RunningServer } from '../lib/static-server.ts';

export { CHROMIUM_FLAGS, CHROMIUM_PATH, launchChromium } from '../lib/chromium.ts';
export { ROOT, type SiteBuild } from '../lib/site-build.ts';

/** The site at a domain root and under `/khabar/`, in folders of their own, so others can build beside us. */
export const BUILDS: readonly SiteBuild[] = Object.values(siteBuilds('dist-gates'));

/** The query the search samples run: results render in the browser. */
export const SEARCH_QUERY = 'राजनाथ';

/** Sample pages, relative to the base path. */
export const SAMPLE_PAGES = {
  home: '',
  article: 'news/rajnath-singh-kazakhstan-defence-minister-meeting/',
  topic: 'topics/defence/',
  search: `search/?q=${encodeURIComponent(SEARCH_QUERY)}`,
} as const;

/** Selector that matches once the search page has rendered its results. */
export const SEARCH_RESULT_SELECTOR = '[data-search-results] li';

/** Builds `build`, unless GATES_REUSE_BUILD=1 and it exists; throws with Astro's output on failure. */
export async function buildSite(build: SiteBuild): Promise<void> {
  if (process.env['GATES_REUSE_BUILD'] === '1' && hasBuildOutput(build)) {
    console.log(`Reusing ${build.outDir} (GATES_REUSE_BUILD=1)`);
    return;
  }
  console.log(`Building BASE_PATH=${build.base} into ${build.outDir} …`);
  const { ok, output } = await astroBuildSite(build);
  if (!ok) throw new Error(`astro build (BASE_PATH=${build.base}) failed:\n${output}`);
}

/**
 * The photo fixture (scripts/lib/photo-fixture.ts) built at `/`: the seed articles have no photos
 * and none may be invented, so the gates measure a photo article in this build of its own.
 */
export const PHOTO_BUILD: SiteBuild = {
  name: 'root',
  base: '/',
  outDir: join(ROOT, 'dist-gates-photos'),
  cacheDir: join(ROOT, 'node_modules', '.astro-dist-gates-photos'),
};

/** The photo fixture's article with a lead photo and two in its text, relative to the base. */
export const PHOTO_ARTICLE = 'news/photo-lead-article/';

let photoBuild: Promise<void> | undefined;

/**
 * Builds {@link PHOTO_BUILD} once per run (or reuses it under GATES_REUSE_BUILD=1). Never beside
 * another build: Astro keeps the content image map in the project's `.astro/` folder.
 */
export function buildPhotoSite(): Promise<void> {
  photoBuild ??= (async () => {
    if (process.env['GATES_REUSE_BUILD'] === '1' && hasBuildOutput(PHOTO_BUILD)) {
      console.log(`Reusing ${PHOTO_BUILD.outDir} (GATES_REUSE_BUILD=1)`);
      return;
    }
    console.log(`Building the photo fixture into ${PHOTO_BUILD.outDir} …`);
    const { ok, output } = await buildPhotoFixture(PHOTO_BUILD);
    if (!ok) throw new Error(`astro build of the photo fixture failed:\n${output}`);
  })();
  return photoBuild;
}

/** Serves a build the way a static host does (see scripts/lib/static-server.ts). */
export function serveBuild(build: SiteBuild): Promise<RunningServer> {
  return serveStatic(build.outDir, build.base);
}
