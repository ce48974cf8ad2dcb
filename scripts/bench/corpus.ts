/**
 * `npm run corpus -- --count 10000 --out /tmp/scale-corpus --seed 1`: writes a generated archive
 * of Hindi articles (one Markdown file each) that builds with `CONTENT_DIR=<out> npm run build`,
 * and `<out>.manifest.json` beside it: each planted rare word with the exact slugs that hold it.
 * Options: --count N (1000), --out DIR (required), --seed N (1), --planted N (count/100, at least
 * 10), --from YYYY-MM-DD (2019-01-01), --to YYYY-MM-DD or "now" (2026-11-28). The archive brings
 * its own `<out>/topics.yaml` with a few dozen topics, as every content folder does.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CORPUS_TOPICS,
  dictionaryWords,
  generateCorpus,
  helpSentences,
  seedSentences,
  topicsYaml,
} from '../lib/corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const HELP_DIR = '/usr/share/libreoffice/help/hi/text';
const DICTIONARY = '/usr/share/hunspell/hi_IN.dic';
// The seed articles as published, from the repository, so every machine generates the same archive.
const SEED_DIRS = [join(ROOT, 'content')];

/** Reads the prose sources once; the help extraction is the slow part (a few seconds). */
export function loadSources() {
  const seedTexts = SEED_DIRS.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((file) => file.endsWith('.md') || file.endsWith('.txt'))
        .sort()
        .map((file) => readFileSync(join(dir, file), 'utf8'));
    } catch {
      return [];
    }
  });
  return {
    news: seedSentences(seedTexts),
    help: helpSentences(HELP_DIR),
    words: dictionaryWords(DICTIONARY),
  };
}

/**
 * A digest of the generator's own source: a corpus written by an older generator (another
 * layout, no topics.yaml) is never reused by `bench:scale`, which compares it with the manifest's.
 */
export function generatorVersion(): string {
  const hash = createHash('sha256');
  for (const file of [import.meta.filename, join(import.meta.dirname, '..', 'lib', 'corpus.ts')])
    hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** Writes a corpus of `count` articles to `out` (emptied first) and its manifest; returns the manifest path. */
export function writeCorpus(options: {
  count: number;
  out: string;
  seed: number;
  planted?: number;
  from?: string;
  to?: string;
}): string {
  const out = resolve(options.out);
  const start = Date.parse(`${options.from ?? '2019-01-01'}T00:00:00+05:30`);
  const end = options.to === 'now' ? Date.now() : Date.parse(`${options.to ?? '2026-11-28'}T22:00:00+05:30`);
  if (Number.isNaN(start) || Number.isNaN(end) || end <= start)
    throw new Error('--from must be a day before --to');
  const topics = CORPUS_TOPICS;
  const { articles, planted } = generateCorpus(loadSources(), {
    count: options.count,
    seed: options.seed,
    topics,
    start,
    end,
    planted: options.planted ?? Math.max(10, Math.floor(options.count / 100)),
  });
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const article of articles) writeFileSync(join(out, `${article.slug}.md`), article.markdown);
  writeFileSync(join(out, 'topics.yaml'), topicsYaml(topics));
  const manifest = `${out}.manifest.json`;
  writeFileSync(
    manifest,
    `${JSON.stringify(
      { seed: options.seed, count: options.count, generator: generatorVersion(), planted },
      null,
      2,
    )}\n`,
  );
  return manifest;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      planted: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
  });
  if (!values.out) {
    console.error('Usage: npm run corpus -- --count 10000 --out /tmp/scale-corpus [--seed 1]');
    process.exit(2);
  }
  const started = performance.now();
  const manifest = writeCorpus({
    count: Number(values.count),
    out: values.out,
    seed: Number(values.seed),
    ...(values.planted ? { planted: Number(values.planted) } : {}),
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
  });
  console.log(
    `${values.count} articles in ${resolve(values.out)}, planted words in ${manifest} ` +
      `(${((performance.now() - started) / 1000).toFixed(1)} s)`,
  );
}
