import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { scanBody, type BodyScan } from '../lib/content/body';
import { checkContent, type ContentReport } from '../lib/content/check';
import { ContentErrors } from '../lib/content/errors';
import { formatHindiDateTime } from '../lib/dates';
import { checkLeadImages } from './lead-image-check';

/** Where the articles live; tests point CONTENT_DIR at fixture folders. */
export function contentDir(root: URL): string {
  return resolve(fileURLToPath(root), process.env['CONTENT_DIR'] ?? 'content');
}

/** Every file under `dir`, relative and `/`-separated. */
function listContent(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/**
 * {@link scanBody} with its results kept in `file` by each body's digest: a build parses only new
 * or changed bodies (parsing every body was about half of the check, which runs on every build).
 * Returns the scanner and a function that writes back the results this build used, so the file
 * holds the current articles only. A missing or unreadable file is an empty cache.
 */
export function keptBodyScans(file: string): { scan: (body: string) => BodyScan; save: () => void } {
  let kept: Record<string, BodyScan> = {};
  try {
    kept = JSON.parse(readFileSync(file, 'utf8')) as Record<string, BodyScan>;
  } catch {
    kept = {};
  }
  const used: Record<string, BodyScan> = {};
  return {
    scan: (body) => {
      const key = createHash('sha256').update(body).digest('base64url');
      used[key] = kept[key] ?? scanBody(body);
      return used[key];
    },
    save: () => {
      mkdirSync(join(file, '..'), { recursive: true });
      const staging = `${file}.${process.pid}.tmp`;
      writeFileSync(staging, JSON.stringify(used));
      renameSync(staging, file);
    },
  };
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
        const bodies = keptBodyScans(join(fileURLToPath(config.cacheDir), 'content-guard', 'bodies.json'));
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
