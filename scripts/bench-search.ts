/**
 * `npm run bench:search`: prints how fast search answers in Node against the built index in
 * `dist/` (tests/bench/search.bench.ts, run by `vitest bench`). It builds nothing and never fails
 * on speed. Extra arguments go to Vitest: `npm run bench:search -- -t parseQuery`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
if (!existsSync(join(root, 'dist', 'pagefind', 'pagefind.js'))) {
  console.error('No search index in dist/: run npm run build first.');
  process.exit(1);
}

// The benchmark imports src/ modules by extensionless paths, which only Vite resolves.
const result = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules', 'vitest', 'vitest.mjs'),
    'bench',
    '--run',
    '--config',
    'vitest.bench.config.ts',
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
);
process.exit(result.status ?? 1);
