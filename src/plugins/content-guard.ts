import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scanBody, type BodyScan } from '../lib/content/body';
import { contentDir } from '../lib/content/folder';
import { checkContent, type CheckedFrontmatter, type ContentReport } from '../lib/content/check';
import { ContentErrors } from '../lib/content/errors';
import { formatHindiDateTime } from '../lib/dates';
import { checkLeadImages } from './lead-image-check';

/** Every file under `dir`, relative and `/`-separated. */
function listContent(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * Results of a pure function of a text, kept in `file` by the text's digest between builds, so a
 * build computes them only for new or changed texts. `version` names the code that computed
 * them: results kept by other code are not used. Returns the lookup and a function that writes
 * back the results this build used, so the file holds the current articles only. A missing or
 * unreadable file is an empty cache.
 */
export function keptByDigest<T>(
  file: string,
  version: string,
): { cached: (text: string, compute: () => T) => T; save: () => void } {
  let kept: Record<string, T> = {};
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as {
      version?: string;
      results?: Record<string, T>;
    };
    if (stored.version === version && stored.results) kept = stored.results;
  } catch {
    kept = {};
  }
  const used: Record<string, T> = {};
  return {
    cached: (text, compute) => {
      const key = createHash('sha256').update(text).digest('base64url');
      used[key] = kept[key] ?? compute();
      return used[key];
    },
    save: () => {
      mkdirSync(join(file, '..'), { recursive: true });
      const staging = `${file}.${process.pid}.tmp`;
      writeFileSync(staging, JSON.stringify({ version, results: used }));
      renameSync(staging, file);
    },
  };
}

/**
 * {@link scanBody} kept by each body's digest: parsing every body was about half of the check,
 * which runs on every build.
 */
export function keptBodyScans(
  file: string,
  version: string,
): { scan: (body: string) => BodyScan; save: () => void } {
  const kept = keptByDigest<BodyScan>(file, version);
  return { scan: (body) => kept.cached(body, () => scanBody(body)), save: kept.save };
}

/**
 * A digest of the code the kept checks ran (every module under src/lib, which the checks and
 * the schema import) and of the lockfile: after any change there, every file is checked again.
 */
function checksVersion(root: string): string {
  const hash = createHash('sha256');
  const lib = join(root, 'src', 'lib');
  for (const path of readdirSync(lib, { recursive: true, encoding: 'utf8' }).sort()) {
    if (path.endsWith('.ts')) hash.update(path).update(readFileSync(join(lib, path)));
  }
  return hash.update(readFileSync(join(root, 'package-lock.json'))).digest('base64url');
}

function builtArticlePages(outDir: string): string[] {
  try {
    return readdirSync(join(outDir, 'news'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/**
 * Fails the build rather than ship bad content or lose an article. Before the build it checks
 * the whole content folder at once (`src/lib/content/check.ts`) and throws one report listing
 * every problem, in Hindi and English; it logs the drafts and scheduled articles it holds
 * back. After the build it requires exactly one page per article it let through, naming any
 * that went missing.
 */
export function contentGuard(): AstroIntegration {
  let root: URL;
  let report: ContentReport | undefined;
  return {
    name: 'hindi-samachar:content-guard',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = config.root;
        const dir = contentDir(root);
        const inRoot = relative(fileURLToPath(root), dir);
        // Messages name files as the publisher knows them: relative to the project when inside it.
        const folder = (inRoot.startsWith('..') ? dir : inRoot || '.').split('\\').join('/');
        process.env['BUILD_NOW'] ??= new Date().toISOString();
        const now = new Date(process.env['BUILD_NOW']);
        // Body scans and frontmatter checks of unchanged files are kept between builds (at 10,000
        // articles, parsing every file's YAML twice was 2 s of every build).
        const kept = join(fileURLToPath(config.cacheDir), 'content-guard');
        const version = checksVersion(fileURLToPath(root));
        const bodies = keptBodyScans(join(kept, 'bodies.json'), version);
        const frontmatters = keptByDigest<CheckedFrontmatter>(join(kept, 'frontmatter.json'), version);
        // Each file is read once: the lead-image check below needs the same text.
        const sources = new Map<string, string>();
        const read = (path: string) => sources.get(path) ?? readFileSync(join(dir, path), 'utf8');
        report = checkContent({
          folder,
          paths: listContent(dir),
          size: (path) => statSync(join(dir, path)).size,
          read: (path) => {
            const source = read(path);
            sources.set(path, source);
            return source;
          },
          now,
          preview: command === 'dev',
          scanBody: bodies.scan,
          keptFrontmatter: frontmatters.cached,
        });
        const articles = report.built.map(({ file }) => file.slice(folder.length + 1));
        const errors = [
          ...report.errors,
          ...(await checkLeadImages(
            dir,
            folder,
            articles.map((path) => ({ path, source: read(path) })),
          )),
        ];
        if (errors.length > 0) throw new ContentErrors(errors);
        // Kept only from a build that goes on: a failed build leaves nothing behind.
        bodies.save();
        frontmatters.save();
        for (const { file, reason, published } of report.held) {
          logger.info(
            reason === 'draft'
              ? `${file}: मसौदा (draft: true), प्रकाशित नहीं किया / a draft, not published`
              : `${file}: ${formatHindiDateTime(published)} तक रोका गया / held back until ${published}`,
          );
        }
      },
      'astro:build:done': ({ dir, logger }) => {
        const expected = report?.built ?? [];
        const pages = builtArticlePages(fileURLToPath(dir));
        // Sets, not arrays: at 10,000 articles two nested scans were 10⁸ comparisons.
        const built = new Set(pages);
        const slugs = new Set(expected.map(({ slug }) => slug));
        const missing = expected.filter(({ slug }) => !built.has(slug));
        const extra = pages.filter((page) => !slugs.has(page));
        if (missing.length > 0 || extra.length > 0) {
          throw new Error(
            `${expected.length} लेख अपेक्षित पर ${pages.length} पेज बने / ${expected.length} articles expected but ${pages.length} article pages were built.` +
              (missing.length > 0
                ? `\nछूटे / missing: ${missing.map(({ slug, file }) => `${file} (/news/${slug}/)`).join(', ')}`
                : '') +
              (extra.length > 0 ? `\nअनपेक्षित / unexpected: ${extra.join(', ')}` : ''),
          );
        }
        logger.info(`${pages.length} articles, ${pages.length} article pages`);
      },
    },
  };
}
