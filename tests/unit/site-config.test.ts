import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SITE_URL,
  normalizeBasePath,
  normalizeSiteUrl,
  resolveSiteConfig,
} from '../../src/lib/site-config';

describe('normalizeBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['   ', '/'],
    ['/', '/'],
    ['khabar', '/khabar/'],
    ['/khabar', '/khabar/'],
    ['khabar/', '/khabar/'],
    ['/khabar/', '/khabar/'],
    [' /khabar/ ', '/khabar/'],
    ['/a/b/', '/a/b/'],
    ['a/b', '/a/b/'],
    ['/hindi-news_v2.0~x/', '/hindi-news_v2.0~x/'],
  ])('normalizes %j to %j', (raw, expected) => {
    expect(normalizeBasePath(raw)).toBe(expected);
  });

  it('rejects a path with a space', () => {
    expect(() => normalizeBasePath('/kha bar/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BASE_PATH: "/kha bar/" is not a URL path like "/khabar/" (letters, digits, . _ ~ - and slashes only)]`,
    );
  });

  it('rejects a path with an empty segment', () => {
    expect(() => normalizeBasePath('/a//b/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BASE_PATH: "/a//b/" is not a URL path like "/khabar/" (letters, digits, . _ ~ - and slashes only)]`,
    );
  });

  it('rejects a full URL', () => {
    expect(() => normalizeBasePath('https://example.org/khabar/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BASE_PATH: "https://example.org/khabar/" is not a URL path like "/khabar/" (letters, digits, . _ ~ - and slashes only)]`,
    );
  });

  // A ".." segment would make every link resolve outside the site's sub-path.
  it('rejects a path that climbs out with ..', () => {
    expect(() => normalizeBasePath('../x')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BASE_PATH: "../x" is not a URL path like "/khabar/" (letters, digits, . _ ~ - and slashes only)]`,
    );
  });

  it('rejects a .. segment in the middle of a path', () => {
    expect(() => normalizeBasePath('/khabar/../x/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: BASE_PATH: "/khabar/../x/" is not a URL path like "/khabar/" (letters, digits, . _ ~ - and slashes only)]`,
    );
  });
});

describe('normalizeSiteUrl', () => {
  it('uses http://localhost:4321 when SITE_URL is not set', () => {
    expect(DEFAULT_SITE_URL).toBe('http://localhost:4321');
    expect(normalizeSiteUrl(undefined)).toBe('http://localhost:4321');
  });

  it('uses the default when SITE_URL is empty or blank', () => {
    expect(normalizeSiteUrl('')).toBe('http://localhost:4321');
    expect(normalizeSiteUrl('  ')).toBe('http://localhost:4321');
  });

  it('strips the trailing slash of an origin', () => {
    expect(normalizeSiteUrl('https://example.github.io/')).toBe('https://example.github.io');
  });

  it('keeps an origin without a trailing slash as it is', () => {
    expect(normalizeSiteUrl('https://example.org')).toBe('https://example.org');
  });

  it('lowercases the host and keeps a port', () => {
    expect(normalizeSiteUrl('http://Example.ORG:8080/')).toBe('http://example.org:8080');
  });

  it('rejects a protocol other than http and https', () => {
    expect(() => normalizeSiteUrl('ftp://x')).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL: "ftp://x" must start with https:// or http://]`,
    );
  });

  it('rejects text that is not a URL', () => {
    expect(() => normalizeSiteUrl('not a url')).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL: "not a url" is not an absolute URL like "https://example.org"]`,
    );
  });

  it('rejects a URL with a sub-path', () => {
    expect(() => normalizeSiteUrl('https://x.org/sub/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL: "https://x.org/sub/" must be an origin only; put the sub-path in BASE_PATH]`,
    );
  });

  it('rejects a URL with a query string', () => {
    expect(() => normalizeSiteUrl('https://x.org/?a=1')).toThrowErrorMatchingInlineSnapshot(
      `[Error: SITE_URL: "https://x.org/?a=1" must be an origin only; put the sub-path in BASE_PATH]`,
    );
  });
});

describe('resolveSiteConfig', () => {
  it('falls back to the local origin and "/" with no environment variables', () => {
    expect(resolveSiteConfig({})).toEqual({ site: 'http://localhost:4321', base: '/' });
  });

  it('reads SITE_URL and BASE_PATH', () => {
    expect(resolveSiteConfig({ SITE_URL: 'https://example.github.io/', BASE_PATH: 'khabar' })).toEqual({
      site: 'https://example.github.io',
      base: '/khabar/',
    });
  });
});
