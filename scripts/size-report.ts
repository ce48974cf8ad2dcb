/**
 * `npm run size`: prints page weights of the built site (`dist/`, or the folder given as the
 * first argument) per page type, brotli-compressed, against the budgets.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { weighPage } from './lib/page-weight.ts';
import { pagefindFirstQueryBytes } from './lib/pagefind-weight.ts';

const dir = process.argv[2] ?? 'dist';
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
const search = pagefindFirstQueryBytes(dir);
console.log(
  `\nsearch, first query (Pagefind JS, worker, WebAssembly, index, fragments, search.json): ${kb(search.total)}`,
);
for (const file of search.files) console.log(`  ${file.path.padEnd(48)} ${kb(file.bytes)}`);
console.log(
  '\nbudgets: article HTML <= 14 KB br; first visit <= 30 KB br; CSS <= 15 KB raw; first search <= 150 KB',
);
