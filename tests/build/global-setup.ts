import { existsSync } from 'node:fs';
import { BUILDS, astroBuild } from '../support/build';

/**
 * Builds the site at `/` and under `/khabar/` once for all build-output suites.
 * REUSE_BUILD=1 skips the builds when both outputs exist (for quick local iteration only).
 */
export default function setup(): void {
  for (const { base, outDir } of Object.values(BUILDS)) {
    if (process.env['REUSE_BUILD'] === '1' && existsSync(outDir)) continue;
    const { status, output } = astroBuild({ BASE_PATH: base }, outDir);
    if (status !== 0) throw new Error(`astro build (BASE_PATH=${base}) failed:\n${output}`);
  }
}
