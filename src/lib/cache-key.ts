/**
 * Cache keys for Astro's incremental build: a page is reused only when everything it shows is
 * unchanged, including what it shows of other articles (related stories, neighbours, listings).
 */
import { createHash } from 'node:crypto';

/** A short stable hash of JSON-serialisable `parts`: equal parts, equal key. */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}
