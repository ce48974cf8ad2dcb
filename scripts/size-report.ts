/**
 * `npm run size [dir]`: prints page weights of the built site (`dist/`, or the folder given as
 * the first argument) per page type, brotli-compressed, against the budgets; then what search
 * really downloads, measured by running queries through Pagefind's own pagefind.js (see
 * scripts/lib/pagefind-weight.ts): a first and a later query, for a rare and the commonest word.
 * `--rare WORD` / `--common WORD` choose the words (default: from the build's vocabulary); a word
 * found in nearly every article, which the index leaves out (के; `--stop WORD`), is measured too.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from './lib/files.ts';
import { weighPage } from './lib/page-weight.ts';
import {
  firstQueryCost,
  laterQueryCost,
  sampleWords,
  type QueryCost,
  type RunQuery,
} from './lib/pagefind-weight.ts';
import { resolveSrcImports } from './lib/resolve-src.ts';

// src/ imports its modules without extensions, as Vite resolves them; teach Node the same.
resolveSrcImports();

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rare: { type: 'string' },
    common: { type: 'string' },
    stop: { type: 'string' },
    later: { type: 'string', multiple: true },
  },
});
const dir = positionals[0] ?? 'dist';
const base = process.env['BASE_PATH'] ?? '/';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No build in ${dir}/: run npm run build first.`);
  process.exit(1);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const samples: [string, string][] = [
  ['home', 'index.html'],
  ['article', 'news/rajnath-singh-kazakhstan-defence-minister-meeting/index.html'],
  ['topic', 'topics/defence/index.html'],
  ['topics index', 'topics/index.html'],
  ['search', 'search/index.html'],
  ['404', '404.html'],
];

console.log('page type      HTML (br)   CSS raw   CSS (br)   JS (br)   first visit (br)');
for (const [type, page] of samples) {
  if (!existsSync(join(dir, page))) continue;
  const w = weighPage(dir, page, base);
  const cssRaw = w.css.reduce((s, a) => s + a.raw, 0);
  const cssBr = w.css.reduce((s, a) => s + a.brotli, 0);
  const jsBr = w.js.reduce((s, a) => s + a.brotli, 0);
  console.log(
    `${type.padEnd(14)} ${kb(w.html.brotli).padStart(9)} ${kb(cssRaw).padStart(9)} ${kb(cssBr).padStart(10)} ${kb(jsBr).padStart(9)} ${kb(w.totalBrotli).padStart(18)}`,
  );
}

const { runSearch } = await import('../src/lib/search/query.ts');
const runQuery: RunQuery = (pagefind, query) => runSearch(pagefind as never, query);
const files = listFiles(dir);
const sampled = sampleWords(dir, files);
const rare = values.rare ?? sampled.rare;
const common = values.common ?? sampled.common;
const stop = values.stop ?? 'के';

const report = (label: string, cost: QueryCost) => {
  console.log(`\n${label} "${cost.query}" (${cost.found} articles): ${kb(cost.total)}`);
  const byKind = new Map<string, { count: number; bytes: number }>();
  for (const file of cost.files) {
    const kind = /^pagefind\/(index|fragment|filter)\//.test(file.path)
      ? file.path.replace(/\/[^/]*$/, '/…')
      : file.path.replace(/\.hi_[0-9a-f]+\./, '.hi_….');
    const entry = byKind.get(kind) ?? { count: 0, bytes: 0 };
    byKind.set(kind, { count: entry.count + 1, bytes: entry.bytes + file.bytes });
  }
  for (const [kind, { count, bytes }] of byKind)
    console.log(`  ${`${kind} ×${count}`.padEnd(40)} ${kb(bytes)}`);
};

console.log(`\nsearch: ${files.filter((f) => f.startsWith('pagefind/')).length} Pagefind files`);
report('first query, rare word', await firstQueryCost(dir, base, rare, runQuery));
report('first query, commonest word', await firstQueryCost(dir, base, common, runQuery));
report('later query, rare word after the commonest', await laterQueryCost(dir, base, common, rare, runQuery));
report(
  'later query, commonest word after a rare one',
  await laterQueryCost(dir, base, rare, common, runQuery),
);
// A word left out of the index (src/lib/hindi/stopwords.ts): every article answers, newest first.
report('first query, stop word only', await firstQueryCost(dir, base, stop, runQuery));
report('later query, stop word only after a rare one', await laterQueryCost(dir, base, rare, stop, runQuery));
// Common words a reader types, in both scripts, and two together: a later query downloads
// their index entries whole (docs/scaling.md, "What a search query downloads").
const laterQueries = values.later ?? ['मंत्री', 'raksha', 'mantri', 'रक्षा मंत्री', 'raksha mantri'];
for (const query of laterQueries)
  report('later query after a rare one', await laterQueryCost(dir, base, rare, query, runQuery));
console.log(
  '\nbudgets: article HTML <= 14 KB br; first visit <= 30 KB br; CSS <= 15 KB raw;' +
    '\n         search: first query <= 250 KB (rare word), <= 400 KB (commonest word); later query <= 60 KB',
);
