import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/static-server';
import { BUILDS } from '../support/build';
import { parsePolicy, type Policy } from '../support/csp';
import { htmlFiles, listFiles, readHtml } from '../support/dist';

/** Whether a CSP source is a hash (`'sha256-…'`). */
const isHash = (source: string) => /^'sha(?:256|384|512)-/.test(source);

/** Every `<meta http-equiv="content-security-policy">` in a page. */
function cspMetas(tree: Root): Element[] {
  return selectAll('meta', tree).filter(
    (meta) => String(meta.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy',
  );
}

/** The path, relative to the site root, at which a static host serves `file`. */
function requestPath(file: string): string {
  return file === 'index.html' ? '/' : `/${file.replace(/\/index\.html$/, '/')}`;
}

const HTML = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const FEW_MINUTES = 'public, max-age=300';

describe.each(Object.entries(BUILDS))(
  'the %s build under its Content-Security-Policy',
  (_name, { outDir }) => {
    const pages = htmlFiles(outDir).map((file) => {
      const tree = readHtml(outDir, file);
      const metas = cspMetas(tree);
      return { file, tree, metas, policy: parsePolicy(String(metas[0]?.properties['content'] ?? '')) };
    });
    const rules = parseHeadersFile(readFileSync(join(outDir, '_headers'), 'utf8'));
    const header = parsePolicy(headersFor(rules, '/').get('content-security-policy') ?? '');

    it('gives every page exactly one CSP meta, whose script-src allows no inline script', () => {
      const wrong = pages
        .filter(
          ({ metas, policy }) =>
            metas.length !== 1 || !policy['script-src'] || policy['script-src'].includes("'unsafe-inline'"),
        )
        .map(({ file }) => file);
      expect(wrong).toEqual([]);
    });

    it('agrees with the _headers policy on script, style, connect and worker sources', () => {
      const pick = (policy: Policy) =>
        ['script-src', 'style-src', 'connect-src', 'worker-src'].map((name) => [name, policy[name]]);
      for (const { file, policy } of pages) {
        expect(pick(policy), file).toEqual(pick(header));
      }
    });

    it('carries the whole _headers policy except frame-ancestors, which browsers ignore in a meta', () => {
      const { 'frame-ancestors': frameAncestors, ...rest } = header;
      expect(frameAncestors).toEqual(["'none'"]);
      for (const { file, policy } of pages) {
        expect(policy, file).toEqual(rest);
      }
    });

    it('carries no hash sources, so no inline script or style can run whatever its text', () => {
      // Astro's security.csp used to add hashes of its island scripts and of an empty style;
      // an injected inline script with one of those exact texts would have run.
      const hashed = pages
        .filter(({ policy }) => Object.values(policy).some((sources) => sources.some(isHash)))
        .map(({ file }) => file);
      expect(hashed).toEqual([]);
    });

    it('has no inline script, style element, style attribute or event handler in any page', () => {
      const inline = pages.flatMap(({ file, tree }) =>
        [
          ...selectAll('script:not([src])', tree)
            .filter((script) => script.properties['type'] !== 'application/ld+json')
            .map(() => 'inline <script>'),
          ...selectAll('style', tree).map(() => '<style>'),
          ...selectAll('[style]', tree).map((element) => `style attribute on <${element.tagName}>`),
          ...selectAll('*', tree).flatMap((element) =>
            Object.keys(element.properties)
              .filter((name) => /^on[A-Z]/.test(name))
              .map((name) => `${name} on <${element.tagName}>`),
          ),
        ].map((what) => `${file}: ${what}`),
      );
      expect(inline).toEqual([]);
    });

    it('puts the CSP meta before every stylesheet and script, so it governs them all', () => {
      const late = pages
        .filter(({ tree, metas }) => {
          const ordered = selectAll('meta, link[rel~="stylesheet"], script[src]', tree);
          const firstResource = ordered.findIndex((element) => element.tagName !== 'meta');
          return firstResource !== -1 && ordered.indexOf(metas[0] as Element) > firstResource;
        })
        .map(({ file }) => file);
      expect(late).toEqual([]);
    });

    it('gives every built file at most one Cache-Control rule, and every page and search.json the revalidating one', () => {
      const wrong = listFiles(outDir)
        .filter((file) => file !== '_headers')
        .map((file) => [file, headersFor(rules, requestPath(file)).get('cache-control')] as const)
        .filter(([file, value]) =>
          // Pages and their search.json change in place at a stable URL: both revalidate.
          file.endsWith('.html') || file.endsWith('/search.json')
            ? value !== HTML
            : value !== undefined && ![IMMUTABLE, FEW_MINUTES].includes(value),
        )
        .map(([file, value]) => `${file}: ${value}`);
      expect(wrong).toEqual([]);
    });

    it('caches for a year only files whose names carry a content hash', () => {
      const unhashed = listFiles(outDir)
        .filter((file) => headersFor(rules, requestPath(file)).get('cache-control') === IMMUTABLE)
        .filter(
          (file) =>
            !/^_astro\/.+\.[\w-]{8}\.\w+$/.test(file) &&
            // Vite names a worker's bundle with a dash before its hash.
            !/^_astro\/search-worker-[\w-]{8}\.js$/.test(file) &&
            !/^cards\/[a-z0-9-]+-[0-9a-f]{12}\.png$/.test(file) &&
            // Both parts of the search index (src/lib/search/shards.ts).
            !/^pagefind\/(?:archive\/)?(?:index|fragment|filter)\/hi_[0-9a-f]{7,}\.pf_(?:index|fragment|filter)$/.test(
              file,
            ) &&
            !/^pagefind\/(?:archive\/)?pagefind\.hi_[0-9a-f]{10,}\.pf_meta$/.test(file),
        );
      expect(unhashed).toEqual([]);
    });
  },
);
