/**
 * Where the site lives: its public origin and the sub-path it is served under.
 * Read once from the environment by astro.config.mjs; everything else asks `src/lib/paths.ts`.
 */
export interface SiteConfig {
  /** Public origin with no trailing slash, e.g. `https://example.github.io`. */
  site: string;
  /** Sub-path with leading and trailing slash, e.g. `/` or `/khabar/`. */
  base: string;
}

/** The origin used when `SITE_URL` is not set (local builds and tests). */
export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Normalizes a base path to the `/segment/` form Astro and our links expect. */
export function normalizeBasePath(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim();
  if (trimmed === '' || trimmed === '/') return '/';
  const segments = trimmed.split('/').filter(Boolean);
  if (
    !/^\/?[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*\/?$/.test(trimmed) ||
    segments.some((segment) => segment === '.' || segment === '..')
  ) {
    throw new Error(
      `BASE_PATH: "${raw}" is not a URL path like "/khabar/" (letters, digits, . _ ~ - and slashes only)`,
    );
  }
  return `/${trimmed.replace(/^\/+|\/+$/g, '')}/`;
}

/** Normalizes a site URL to its origin, rejecting anything that is not http(s). */
export function normalizeSiteUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim() || DEFAULT_SITE_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SITE_URL: "${raw}" is not an absolute URL like "https://example.org"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL: "${raw}" must start with https:// or http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL: "${raw}" must be an origin only; put the sub-path in BASE_PATH`);
  }
  return url.origin;
}

/** Resolves the site configuration from environment variables (`SITE_URL`, `BASE_PATH`). */
export function resolveSiteConfig(env: Record<string, string | undefined>): SiteConfig {
  return { site: normalizeSiteUrl(env['SITE_URL']), base: normalizeBasePath(env['BASE_PATH']) };
}
