/**
 * Building the site into a folder of its own: the one way every checker gets a build. The
 * build-output tests read `node_modules/.cache/samachar-tests/test-dist*` (never `dist/`, which
 * is the publisher's deployable build), the browser suite `dist-e2e*`, the quality gates
 * `dist-gates*`; each set has its own Astro cache, so they can build side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Repository root. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** The origin checked builds are configured with, so canonical URLs are predictable. */
export const TEST_SITE_URL = 'https://samachar.example';

/** The two ways the site is deployed: at a domain root, and under a sub-path. */
export type BuildName = 'root' | 'khabar';

/** One build: its base path, output folder and Astro cache. */
export interface SiteBuild {
  name: BuildName;
  base: string;
  outDir: string;
  cacheDir: string;
}

/** Where the test suite builds: ignored by git, and never the deployable `dist/`. */
export const TEST_BUILD_ROOT = join(ROOT, 'node_modules', '.cache', 'samachar-tests');

/** The build at `/` in `<parent>/<folder>/` and the one under `/khabar/` in `<parent>/<folder>-khabar/`. */
export function siteBuilds(folder: string, parent = ROOT): Record<BuildName, SiteBuild> {
  const build = (name: BuildName, base: string, suffix: string): SiteBuild => ({
    name,
    base,
    outDir: join(parent, `${folder}${suffix}`),
    cacheDir: join(ROOT, 'node_modules', `.astro-${folder}${suffix}`),
  });
  return { root: build('root', '/', ''), khabar: build('khabar', '/khabar/', '-khabar') };
}

/** Whether `build` has a finished output (pages and search index) that may be reused. */
export function hasBuildOutput(build: SiteBuild): boolean {
  return (
    existsSync(join(build.outDir, 'index.html')) && existsSync(join(build.outDir, 'pagefind', 'pagefind.js'))
  );
}

/** Result of one `astro build`. */
export interface BuildResult {
  ok: boolean;
  status: number | null;
  output: string;
}

/**
 * The environment for a production build run from a test: Vitest sets NODE_ENV=test and
 * mirrors `import.meta.env` into DEV=1, PROD='', MODE, SSR and BASE_URL, which a child Astro
 * reads back (DEV=1 would build drafts and scheduled articles as `npm run dev` does).
 */
export function productionEnv(env: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, BASE_URL: _base, ...rest } = process.env;
  return {
    ...rest,
    NODE_ENV: 'production',
    ASTRO_TELEMETRY_DISABLED: '1',
    SITE_URL: TEST_SITE_URL,
    ...env,
  };
}

/** Runs `astro build` into `outDir` with the project's own Node, in production mode, with `env` on top. */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        env: productionEnv(env),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => resolve({ ok: false, status: null, output: `${output}\n${error.message}` }));
    child.on('close', (status) => resolve({ ok: status === 0, status, output }));
  });
}

/** Builds one of the {@link siteBuilds}. */
export function buildSite(build: SiteBuild): Promise<BuildResult> {
  return astroBuild(build.outDir, { BASE_PATH: build.base, ASTRO_CACHE_DIR: build.cacheDir });
}
