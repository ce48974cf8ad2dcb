import { defineConfig } from 'vitest/config';

/**
 * `npm run bench:search` only (`vitest bench --config vitest.bench.config.ts`): the search
 * benchmarks against the built `dist/`. `npm test` reads vitest.config.ts, which never includes them.
 */
export default defineConfig({
  test: {
    name: 'search',
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
});
