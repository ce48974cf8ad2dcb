/**
 * `npm run bench:scale -- 10000`: the archive at scale. Generates N articles (npm run corpus),
 * then in one run, interleaved (stock, ours, stock, ours ... so machine noise hits both):
 *   - stock: a minimal Astro site rendering the same Markdown files with this repo's astro,
 *     then the stock Pagefind CLI over its pages;
 *   - ours cold: `npm run build` of this site (staged, then swapped in) from empty caches and output;
 * and after the rounds, ours warm: one new article added, built again on the previous cache.
 * Prints wall time per phase, the peak memory of every process (Pagefind's service included),
 * files and bytes in dist/, per-article cost and the ratios. A benchmark: it never fails on speed.
 *
 * Options: --rounds N (1), --seed N (1), --work DIR (/tmp/scale-bench-N), --no-stock, --no-warm,
 * --warm-only (just the warm rebuild, on what a previous run left; each adds one more article), --card-cost (after each cold
 * round, a second cold build that keeps the share cards the first one drew: the difference is
 * what drawing the cards costs a cold build), --json FILE (also write the figures as JSON).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  readdirSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from '../lib/files.ts';
import { sampleProcessTree, type ProcessPeak } from '../lib/process-tree.ts';
import { generatorVersion, writeCorpus } from './corpus.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(ROOT, 'node_modules', '.bin', 'pagefind');
/** What `npm run build` runs: `astro build` into a staging folder, swapped in when whole. */
const BUILD = join(ROOT, 'scripts', 'build.ts');

/** One command run: wall time, phase marks from its output, and the peak memory of its processes. */
interface Run {
  label: string;
  seconds: number;
  ok: boolean;
  marks: Record<string, number>;
  pagefind: { records?: number; write?: number };
  processes: ProcessPeak[];
  tail: string;
}

/** Output lines that mark the end of an Astro build phase, by name. */
const MARKS: [string, RegExp][] = [
  ['synced', /\[content\] Synced content/u],
  ['bundleStart', /Building static entrypoints/u],
  ['renderStart', /generating static routes/u],
  ['renderEnd', /^\S+ ✓ Completed in/u],
  ['sitemap', /\[@astrojs\/sitemap\]/u],
  ['pagefindEnd', /Pagefind indexed/u],
];

function run(
  label: string,
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<Run> {
  return new Promise((resolve) => {
    const started = performance.now();
    const marks: Record<string, number> = {};
    const pagefind: Run['pagefind'] = {};
    let tail = '';
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, NODE_ENV: 'production', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sampler = sampleProcessTree(child.pid as number);
    let pending = '';
    const onData = (chunk: Buffer) => {
      const now = (performance.now() - started) / 1000;
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        const line = raw.replace(/\u001b\[[0-9;]*m/gu, '');
        for (const [name, pattern] of MARKS) {
          if (name in marks || !pattern.test(line)) continue;
          marks[name] = now;
          // Live, so a run too long to wait for (100,000 articles) still shows how far it got.
          console.log(`  [${label}] ${name} at ${now.toFixed(1)} s`);
        }
        const figures = /records ([\d.]+) s, write ([\d.]+) s/u.exec(line);
        if (figures) Object.assign(pagefind, { records: Number(figures[1]), write: Number(figures[2]) });
        if (/error|Error/u.test(line) || tail.length < 4000) tail = `${tail}${line}\n`.slice(-4000);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      const processes = sampler.stop();
      resolve({
        label,
        seconds: (performance.now() - started) / 1000,
        ok: code === 0,
        marks,
        pagefind,
        processes,
        tail,
      });
    });
  });
}

/** Files and bytes below `dir`, and how many files per article page. */
function distFigures(dir: string, articles: number) {
  const files = listFiles(dir);
  let bytes = 0;
  for (const file of files) bytes += statSync(join(dir, file)).size;
  const news = files.filter((file) => file.startsWith('news/')).length;
  const fragments = files.filter((file) => /^pagefind\/(archive\/)?fragment\//u.test(file)).length;
  return { files: files.length, bytes, perArticle: (news + fragments) / Math.max(1, articles) };
}

/** A minimal stock Astro site rendering every Markdown file of `content` as a plain page. */
function writeStockSite(dir: string, content: string) {
  mkdirSync(join(dir, 'src', 'pages', 'news'), { recursive: true });
  // Always this checkout's packages: a link left by another checkout may dangle or differ.
  rmSync(join(dir, 'node_modules'), { force: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "stock-astro", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ site: 'https://stock.example' });\n",
  );
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n" +
      `export const collections = { articles: defineCollection({ loader: glob({ pattern: '**/*.md', base: ${JSON.stringify(content)} }) }) };\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', 'news', '[slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('articles')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="hi"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>',
      '<body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.standfirst}</p><Content /></main></body></html>',
      '',
    ].join('\n'),
  );
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const s = (seconds: number | undefined) => (seconds === undefined ? '-' : `${seconds.toFixed(1)} s`);
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Phases of an Astro build from its output marks. */
function phases(r: Run): Record<string, number | undefined> {
  const m = r.marks;
  const renderEnd = m['renderEnd'];
  return {
    'setup + content sync': m['synced'],
    'bundle (vite)':
      m['renderStart'] !== undefined && m['synced'] !== undefined
        ? m['renderStart'] - m['synced']
        : undefined,
    'render pages':
      renderEnd !== undefined && m['renderStart'] !== undefined ? renderEnd - m['renderStart'] : undefined,
    'sitemap + guard':
      m['sitemap'] !== undefined && renderEnd !== undefined ? m['sitemap'] - renderEnd : undefined,
    'pagefind: read + add records': r.pagefind.records,
    'pagefind: write bundle': r.pagefind.write,
    total: r.seconds,
  };
}

function printRun(r: Run) {
  const cpu = r.processes.reduce((sum, p) => sum + p.cpuSeconds, 0);
  console.log(`\n## ${r.label}: ${s(r.seconds)} wall, ${s(cpu)} CPU${r.ok ? '' : '  FAILED'}`);
  if (!r.ok) console.log(r.tail);
  for (const [name, value] of Object.entries(phases(r)))
    if (value !== undefined) console.log(`  ${name.padEnd(30)} ${s(value)}`);
  console.log('  peak memory per process:');
  for (const p of r.processes.filter((p) => p.peakBytes > 20 * 2 ** 20))
    console.log(
      `    ${mb(p.peakBytes).padStart(8)}  ${s(p.cpuSeconds).padStart(8)} CPU  ${p.name} (pid ${p.pid})`,
    );
}

/** Articles the warm rebuilds added: `zz-warm-rebuild-<n>.md`, n from 1. */
const WARM_ARTICLE = /^zz-warm-rebuild-\d+\.md$/u;

/**
 * Adds one new article, a minute after the newest, and returns its path. Each warm rebuild adds
 * another (they stay until the next cold round), so every `--warm-only` run is a true addition:
 * the new story's page, its neighbours and every listing page it shifts.
 */
function addOneArticle(content: string): string {
  const files = readdirSync(content)
    .filter((f) => f.endsWith('.md'))
    .sort();
  const added = files.filter((file) => WARM_ARTICLE.test(file)).length + 1;
  const template = readFileSync(
    join(content, files.filter((f) => !WARM_ARTICLE.test(f)).at(-1) as string),
    'utf8',
  );
  // The day's next story: a minute after the newest article, on its IST day, as most of a
  // newsroom's builds are (the first build of a new day also re-indexes the archive part).
  const newest = Math.max(
    ...files.map((file) => {
      const published = /^published: "([^"]+)"/mu.exec(readFileSync(join(content, file), 'utf8'))?.[1];
      return published ? Date.parse(published) : 0;
    }),
  );
  const ist = new Date(newest + 60_000 + 5.5 * 3_600_000).toISOString().slice(0, 16);
  const path = join(content, `zz-warm-rebuild-${added}.md`);
  writeFileSync(
    path,
    template
      .replace(/^title: .*$/mu, `title: "गर्म पुनर्निर्माण की नई ख़बर ${added}: एक लेख जोड़ा गया"`)
      .replace(/^published: .*$/mu, `published: "${ist}:00+05:30"`)
      .replace(/^updated: .*\n/mu, '')
      .replace(/^datePrecision: .*$/mu, 'datePrecision: "minute"'),
  );
  return path;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      rounds: { type: 'string', default: '1' },
      seed: { type: 'string', default: '1' },
      work: { type: 'string' },
      stock: { type: 'boolean', default: true },
      'no-stock': { type: 'boolean', default: false },
      'no-warm': { type: 'boolean', default: false },
      // Only the warm rebuild, on the cache and output a previous run left in the work folder.
      'warm-only': { type: 'boolean', default: false },
      'card-cost': { type: 'boolean', default: false },
      json: { type: 'string' },
    },
  });
  const count = Number(positionals[0] ?? '1000');
  const rounds = Number(values.rounds);
  const work = values.work ?? `/tmp/scale-bench-${count}`;
  const content = join(work, 'content');
  const manifest = `${content}.manifest.json`;
  mkdirSync(work, { recursive: true });

  const previous = existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')) : {};
  const reuse =
    previous.count === count &&
    previous.seed === Number(values.seed) &&
    previous.generator === generatorVersion();
  // A cold round starts from the generated corpus; `--warm-only` keeps what earlier warm runs added.
  if (!values['warm-only'] && existsSync(content))
    for (const file of readdirSync(content).filter((f) => WARM_ARTICLE.test(f)))
      rmSync(join(content, file), { force: true });
  if (!reuse) {
    const t = performance.now();
    writeCorpus({ count, out: content, seed: Number(values.seed) });
    console.log(`corpus: ${count} articles in ${content} (${s((performance.now() - t) / 1000)})`);
  } else console.log(`corpus: reusing ${count} articles in ${content}`);

  const stockSite = join(work, 'stock-site');
  writeStockSite(stockSite, content);
  const ours = {
    out: join(work, 'dist'),
    cache: join(work, 'astro-cache'),
    cards: join(work, 'share-cards'),
  };
  // Every cache of ours lives in the work folder, so a cold round starts from none of them.
  const oursEnv = { CONTENT_DIR: content, ASTRO_CACHE_DIR: ours.cache, SHARE_CARD_CACHE_DIR: ours.cards };
  /** `npm run build` of this site over the corpus (staged, then swapped in), every cache of ours in the work folder. */
  const buildOurs = (label: string) =>
    run(label, process.execPath, [BUILD, '--outDir', ours.out], { cwd: ROOT, env: oursEnv });
  const stockRuns: { astro: Run; pagefind: Run }[] = [];
  const coldRuns: Run[] = [];
  const cardsCachedRuns: Run[] = [];

  for (let round = 1; round <= (values['warm-only'] ? 0 : rounds); round++) {
    if (!values['no-stock']) {
      rmSync(join(stockSite, 'dist'), { recursive: true, force: true });
      rmSync(join(stockSite, '.astro'), { recursive: true, force: true });
      rmSync(join(stockSite, 'node_modules', '.astro'), { recursive: true, force: true });
      const astro = await run(`stock astro render, round ${round}`, process.execPath, [ASTRO, 'build'], {
        cwd: stockSite,
      });
      printRun(astro);
      const pf = await run(`stock pagefind CLI, round ${round}`, PAGEFIND, ['--site', 'dist'], {
        cwd: stockSite,
      });
      printRun(pf);
      stockRuns.push({ astro, pagefind: pf });
    }
    rmSync(ours.out, { recursive: true, force: true });
    rmSync(ours.cache, { recursive: true, force: true });
    rmSync(ours.cards, { recursive: true, force: true });
    const cold = await buildOurs(`ours cold, round ${round}`);
    printRun(cold);
    coldRuns.push(cold);
    if (values['card-cost']) {
      rmSync(ours.out, { recursive: true, force: true });
      rmSync(ours.cache, { recursive: true, force: true });
      const cached = await buildOurs(`ours cold, share cards cached, round ${round}`);
      printRun(cached);
      cardsCachedRuns.push(cached);
    }
  }

  const dist = existsSync(ours.out) ? distFigures(ours.out, count) : { files: 0, bytes: 0, perArticle: 0 };
  let warm: Run | undefined;
  if (!values['no-warm']) {
    addOneArticle(content);
    warm = await buildOurs('ours warm: one article added');
    printRun(warm);
  }

  const coldMedian = coldRuns.length ? median(coldRuns.map((r) => r.seconds)) : NaN;
  const stockMedian = stockRuns.length
    ? median(stockRuns.map((r) => r.astro.seconds + r.pagefind.seconds))
    : undefined;
  const peak = (runs: Run[]) => Math.max(0, ...runs.flatMap((r) => r.processes.map((p) => p.peakBytes)));
  console.log(`\n# ${count} articles, ${rounds} round(s), medians`);
  console.log(
    `  dist/: ${dist.files} files, ${mb(dist.bytes)}, ${dist.perArticle.toFixed(2)} files per article`,
  );
  console.log(
    `  ours cold:              ${s(coldMedian)}  (${((coldMedian * 1000) / count).toFixed(2)} ms per article)`,
  );
  if (stockMedian !== undefined) {
    const stockAstro = median(stockRuns.map((r) => r.astro.seconds));
    const stockPagefind = median(stockRuns.map((r) => r.pagefind.seconds));
    console.log(`  stock astro + pagefind: ${s(stockMedian)}  (${s(stockAstro)} + ${s(stockPagefind)})`);
    console.log(`  ratio ours / stock:     ${(coldMedian / stockMedian).toFixed(2)}  (target <= 1.0)`);
  }
  console.log(`  peak memory, any process of ours cold: ${mb(peak(coldRuns))}  (target < 2 GB)`);
  if (warm) console.log(`  ours warm (one new article): ${s(warm.seconds)}  (target <= 30 s)`);
  if (cardsCachedRuns.length > 0) {
    const cpu = (r: Run) => r.processes.reduce((sum, p) => sum + p.cpuSeconds, 0);
    const render = (r: Run) => (r.marks['renderEnd'] ?? NaN) - (r.marks['renderStart'] ?? NaN);
    const perCard = (drawn: number, cached: number) => `${(((drawn - cached) * 1000) / count).toFixed(2)} ms`;
    const [wall, wallCached] = [
      median(coldRuns.map((r) => r.seconds)),
      median(cardsCachedRuns.map((r) => r.seconds)),
    ];
    const [cpuDrawn, cpuCached] = [median(coldRuns.map(cpu)), median(cardsCachedRuns.map(cpu))];
    const [renderDrawn, renderCached] = [median(coldRuns.map(render)), median(cardsCachedRuns.map(render))];
    console.log(
      `  share cards, cold: build ${s(wall)} wall / ${s(cpuDrawn)} CPU with cards drawn, ${s(wallCached)} / ${s(cpuCached)} with cards cached` +
        `\n    render phase ${s(renderDrawn)} against ${s(renderCached)}: ${perCard(renderDrawn, renderCached)} wall per card` +
        ` (the whole render: ${((renderCached * 1000) / count).toFixed(2)} ms per page), ${perCard(cpuDrawn, cpuCached)} CPU per card`,
    );
  }

  if (values.json) {
    const figures = {
      count,
      rounds,
      dist,
      cold: coldRuns.map((r) => ({
        seconds: r.seconds,
        phases: phases(r),
        processes: r.processes,
        ok: r.ok,
      })),
      stock: stockRuns.map((r) => ({
        astro: r.astro.seconds,
        pagefind: r.pagefind.seconds,
        processes: [...r.astro.processes, ...r.pagefind.processes],
      })),
      warm: warm && { seconds: warm.seconds, phases: phases(warm), processes: warm.processes, ok: warm.ok },
      coldMedian,
      stockMedian,
      msPerArticle: (coldMedian * 1000) / count,
    };
    writeFileSync(values.json, `${JSON.stringify(figures, null, 2)}\n`);
    console.log(`  figures in ${relative(process.cwd(), values.json)}`);
  }
}

await main();
