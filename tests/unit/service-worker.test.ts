import { describe, expect, it } from 'vitest';
import { runtimeCaching, serviceWorkerKey } from '../../src/plugins/service-worker';

const manifest = [
  { url: 'offline/index.html', revision: 'a1' },
  { url: '_astro/site.Bx1.css', revision: null },
];
const options = {
  mode: 'production',
  dontCacheBustURLsMatching: /^_astro\//,
  runtimeCaching: runtimeCaching(),
};

describe('the kept service worker', () => {
  it('is reused for the same options, shell and lockfile', () => {
    expect(serviceWorkerKey(options, manifest, 'lock')).toBe(
      serviceWorkerKey({ ...options, runtimeCaching: runtimeCaching() }, [...manifest], 'lock'),
    );
  });

  it('is drawn again when a precached file changes', () => {
    const changed = [{ url: 'offline/index.html', revision: 'b2' }, manifest[1]];
    expect(serviceWorkerKey(options, changed, 'lock')).not.toBe(serviceWorkerKey(options, manifest, 'lock'));
  });

  it('is drawn again when a route’s code changes, though JSON would see no difference', () => {
    const [first, ...rest] = runtimeCaching();
    const edited = [{ ...first, urlPattern: () => false }, ...rest];
    expect(serviceWorkerKey({ ...options, runtimeCaching: edited }, manifest, 'lock')).not.toBe(
      serviceWorkerKey(options, manifest, 'lock'),
    );
  });

  it('is drawn again when a pattern or the lockfile changes', () => {
    const base = serviceWorkerKey(options, manifest, 'lock');
    expect(
      serviceWorkerKey({ ...options, dontCacheBustURLsMatching: /^assets\// }, manifest, 'lock'),
    ).not.toBe(base);
    expect(serviceWorkerKey(options, manifest, 'lock 2')).not.toBe(base);
  });
});

describe('the service worker’s routes', () => {
  const scope = 'https://khabar.example/khabar/';
  /** The handler of the first route that matches a request, as Workbox picks it. */
  const handlerFor = (href: string, mode: RequestMode, method = 'GET') => {
    (globalThis as unknown as { self: unknown }).self = { registration: { scope } };
    const url = new URL(href);
    const route = runtimeCaching().find((r) =>
      (r.urlPattern as (o: { request: Request; url: URL }) => boolean)({
        request: { mode, method } as Request,
        url,
      }),
    );
    return [route?.handler, route?.options?.cacheName];
  };

  it('fetches a saved story’s copy from the network, and serves a reader’s visit network first', () => {
    expect(handlerFor(`${scope}news/a-story/`, 'cors')).toEqual(['NetworkOnly', undefined]);
    expect(handlerFor(`${scope}news/a-story/`, 'navigate')).toEqual(['NetworkFirst', 'hs-articles']);
    expect(handlerFor(`${scope}_astro/site.css`, 'no-cors')).toEqual(['StaleWhileRevalidate', 'hs-assets']);
    expect(handlerFor(`${scope}topics/defence/`, 'navigate')).toEqual(['NetworkFirst', 'hs-pages']);
  });
});
