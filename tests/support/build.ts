/**
 * Building the site for tests: one `astro build` per base path, shared by all build-output
 * suites through Vitest's globalSetup.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** Repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The two builds every build-output test reads: at the domain root and under `/khabar/`. */
export const BUILDS = {
  root: { base: '/', outDir: join(ROOT, 'dist') },
  khabar: { base: '/khabar/', outDir: join(ROOT, 'dist-khabar') },
} as const;

/** The origin build tests configure, so canonical URLs are predictable. */
export const TEST_SITE_URL = 'https://samachar.example';

/** Result of one `astro build`. */
export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs `astro build` with the project's own Node, returning its exit status and output. */
export function astroBuild(env: Record<string, string>, outDir: string): BuildResult {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      // Vitest sets NODE_ENV=test, which would make Astro build with import.meta.env.DEV on.
      env: {
        ...process.env,
        NODE_ENV: 'production',
        ASTRO_TELEMETRY_DISABLED: '1',
        SITE_URL: TEST_SITE_URL,
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
