/**
 * `npm run bench:cards [-- --count 1000]`: prints what share cards cost per article, cold (drawn:
 * HarfBuzz shaping, line breaking, PNG encoding) and warm (read back from the cache), for
 * generated Hindi headlines of realistic length. A benchmark: it prints figures and never fails.
 * Compare the cold figure with a build's own per-page time ("N page(s) built in X s").
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ShareCard } from '../../src/lib/share-card/design.ts';
import { cachedCard } from '../../src/plugins/share-card-renderer.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' } } });
const count = Number(values.count);
const root = join(import.meta.dirname, '..', '..');

/** Words of the seed articles, to make headlines with real Devanagari clusters. */
const words = readdirSync(join(root, 'content'))
  .filter((file) => file.endsWith('.md'))
  .flatMap((file) => readFileSync(join(root, 'content', file), 'utf8').split(/\s+/))
  .filter((word) => /^\p{Script=Devanagari}+[,]?$/u.test(word));

let seed = 1;
const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

const cards: ShareCard[] = Array.from({ length: count }, (_, i) => {
  const length = 8 + Math.floor(random() * 14);
  const headline = Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ');
  const text = { headline, siteName: 'हिंदी समाचार', dateLabel: `${1 + (i % 28)} जुलाई 2025` };
  return { name: `bench-${i}-${createHash('sha256').update(headline).digest('hex').slice(0, 12)}`, text };
});

async function pass(dir: string): Promise<number[]> {
  const times: number[] = [];
  for (const card of cards) {
    const started = performance.now();
    await cachedCard(card, dir);
    times.push(performance.now() - started);
  }
  return times;
}

const stats = (times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const total = times.reduce((sum, t) => sum + t, 0);
  return `median ${median.toFixed(2)} ms, mean ${(total / times.length).toFixed(2)} ms, total ${(total / 1000).toFixed(1)} s`;
};

const dir = mkdtempSync(join(tmpdir(), 'photos-bench-cards-'));
try {
  // Two rounds each, A B A B, since the machine is shared and timings are noisy.
  for (let round = 1; round <= 2; round++) {
    rmSync(dir, { recursive: true, force: true });
    const cold = await pass(dir);
    const warm = await pass(dir);
    console.log(`round ${round}, ${count} cards: cold ${stats(cold)}`);
    console.log(`round ${round}, ${count} cards: warm ${stats(warm)}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
