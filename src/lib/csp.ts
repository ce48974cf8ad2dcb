/**
 * The Content-Security-Policy every page carries in a `<meta>` (for hosts that send no custom
 * headers, like GitHub Pages): the policy of `public/_headers` minus `frame-ancestors`, which
 * browsers ignore in a meta. Written here rather than by Astro's `security.csp`, which adds
 * hashes for its island scripts and an empty style that no page of this site has: a hash in
 * the policy would let an injected inline script with that exact text run.
 */

/** Each directive and its sources; `tests/build/csp.test.ts` keeps them in step with `_headers`. */
export const META_CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** The policy as a `content` attribute: `default-src 'none'; script-src 'self' …`. */
export function metaContentSecurityPolicy(): string {
  return Object.entries(META_CSP_DIRECTIVES)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
