/**
 * Building the site into a folder of its own: the one way every checker gets a build. The
 * build-output tests read `dist/` and `dist-khabar/`, the browser suite `dist-e2e*`, the quality
 * gates `dist-gates*`; each set has its own Astro cache, so they can build side by side.
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

/** The build at `/` in `<folder>/` and the one under `/khabar/` in `<folder>-khabar/`. */
export function siteBuilds(folder: string): Record<BuildName, SiteBuild> {
  const build = (name: BuildName, base: string, suffix: string): SiteBuild => ({
    name,
    base,
    outDir: join(ROOT, `${folder}${suffix}`),
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

/** Runs `astro build` into `outDir` with the project's own Node, in production mode, with `env` on top. */
export function astroBuild(outDir: string, env: Record<string, string> = {}): Promise<BuildResult> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--outDir', outDir],
      {
        cwd: ROOT,
        // Vitest sets NODE_ENV=test, which would make Astro build with import.meta.env.DEV on.
        env: {
          ...process.env,
          NODE_ENV: 'production',
          ASTRO_TELEMETRY_DISABLED: '1',
          SITE_URL: TEST_SITE_URL,
          ...env,
        },
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
