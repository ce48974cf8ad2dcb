import { BUILDS } from '../support/build';
import { buildSite, hasBuildOutput } from '../../scripts/lib/site-build';
import { PHOTO_BUILD, buildPhotoFixture } from '../support/photo-fixture';

/**
 * Builds the site at `/` and under `/khabar/` once for all build-output suites, one after the other.
 * REUSE_BUILD=1 skips a build whose output exists (for quick local iteration only).
 */
export default async function setup(): Promise<void> {
  const builds = Object.values(BUILDS).filter(
    (build) => !(process.env['REUSE_BUILD'] === '1' && hasBuildOutput(build)),
  );
  // One after the other: Astro writes its .astro/ folder in the project root whatever the cache
  // folder, and two builds renaming content-assets.mjs there at once fail one of them.
  const results = [];
  for (const build of builds) results.push(await buildSite(build));
  const failed = results.flatMap((result, i) =>
    result.ok ? [] : [`astro build (BASE_PATH=${builds[i]?.base}) failed:\n${result.output}`],
  );
  if (failed.length > 0) throw new Error(failed.join('\n\n'));
  // The photo fixture (tests/build/photos.test.ts) builds after them, never beside them.
  const photos = await buildPhotoFixture(PHOTO_BUILD);
  if (!photos.ok) throw new Error(`astro build of the photo fixture failed:\n${photos.output}`);
}
