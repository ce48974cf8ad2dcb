import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFor, parseHeadersFile } from '../../scripts/lib/static-server';
import { parsePolicy, type Policy } from '../support/csp';

const rules = parseHeadersFile(
  readFileSync(join(import.meta.dirname, '..', '..', 'public', '_headers'), 'utf8'),
);

/** The Content-Security-Policy a path gets, as directive name -> sources. */
function cspFor(path: string): Policy {
  return parsePolicy(headersFor(rules, path).get('content-security-policy') ?? '');
}

const POLICY = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HTML = 'public, max-age=0, must-revalidate';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const FEW_MINUTES = 'public, max-age=300';

describe('public/_headers', () => {
  it('sends the home page exactly the policy the site needs', () => {
    expect(cspFor('/')).toEqual(POLICY);
  });

  it('sends an article page the same policy', () => {
    expect(cspFor('/news/x/')).toEqual(POLICY);
  });

  it("sends Pagefind's worker the same policy, since a worker obeys its own response's CSP", () => {
    expect(cspFor('/pagefind/pagefind-worker.js')).toEqual(POLICY);
  });

  it('runs only scripts from the site itself, never inline ones', () => {
    expect(cspFor('/search/')['script-src']).not.toContain("'unsafe-inline'");
    expect(cspFor('/search/')['style-src']).not.toContain("'unsafe-inline'");
  });

  it('forbids every site from framing the pages', () => {
    expect(cspFor('/news/x/')['frame-ancestors']).toEqual(["'none'"]);
  });

  it('sends the transport, sniffing, referrer and isolation headers once each', () => {
    const headers = headersFor(rules, '/');
    expect({
      hsts: headers.get('strict-transport-security'),
      nosniff: headers.get('x-content-type-options'),
      referrer: headers.get('referrer-policy'),
      corp: headers.get('cross-origin-resource-policy'),
      coop: headers.get('cross-origin-opener-policy'),
    }).toEqual({
      hsts: 'max-age=63072000; includeSubDomains',
      nosniff: 'nosniff',
      referrer: 'strict-origin-when-cross-origin',
      corp: 'same-origin',
      coop: 'same-origin',
    });
  });

  it('turns off every powerful browser feature', () => {
    expect(headersFor(rules, '/').get('permissions-policy')?.split(', ')).toEqual([
      'accelerometer=()',
      'autoplay=()',
      'browsing-topics=()',
      'camera=()',
      'display-capture=()',
      'encrypted-media=()',
      'fullscreen=()',
      'geolocation=()',
      'gyroscope=()',
      'hid=()',
      'idle-detection=()',
      'magnetometer=()',
      'microphone=()',
      'midi=()',
      'payment=()',
      'picture-in-picture=()',
      'publickey-credentials-get=()',
      'screen-wake-lock=()',
      'serial=()',
      'sync-xhr=()',
      'usb=()',
      'xr-spatial-tracking=()',
    ]);
  });

  it('caches fingerprinted bundles for a year', () => {
    expect(headersFor(rules, '/_astro/x.js').get('cache-control')).toBe(IMMUTABLE);
    expect(headersFor(rules, '/_astro/index.CyGzRWp1.css').get('cache-control')).toBe(IMMUTABLE);
  });

  it('makes browsers revalidate every HTML page', () => {
    for (const path of [
      '/',
      '/404.html',
      '/news/x/',
      '/page/2/',
      '/topics/',
      '/topics/defence/page/2/',
      '/search/',
    ]) {
      expect(headersFor(rules, path).get('cache-control'), path).toBe(HTML);
    }
  });

  it("caches Pagefind's fixed-name entry files and WebAssembly for a few minutes only", () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.hi.pagefind']) {
      expect(headersFor(rules, `/pagefind/${file}`).get('cache-control'), file).toBe(FEW_MINUTES);
    }
    expect(headersFor(rules, '/pagefind/archive/pagefind-entry.json').get('cache-control')).toBe(FEW_MINUTES);
  });

  it("caches Pagefind's content-hashed index chunks for a year", () => {
    for (const file of [
      'index/hi_df1ecbf.pf_index',
      'fragment/hi_366b4ce.pf_fragment',
      'filter/hi_32d933b.pf_filter',
      'pagefind.hi_e35d335fa3.pf_meta',
    ]) {
      expect(headersFor(rules, `/pagefind/${file}`).get('cache-control'), file).toBe(IMMUTABLE);
      expect(headersFor(rules, `/pagefind/archive/${file}`).get('cache-control'), file).toBe(IMMUTABLE);
    }
  });

  it('leaves files no rule names to the host default rather than guessing', () => {
    expect(headersFor(rules, '/rss.xml').get('cache-control')).toBeUndefined();
    expect(headersFor(rules, '/favicon.png').get('cache-control')).toBeUndefined();
  });
});
