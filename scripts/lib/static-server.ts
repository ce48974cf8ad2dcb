/**
 * A static file server that behaves like the hosts we deploy to: it serves `dist/` under
 * the base path, answers unknown paths with `404.html` and status 404, redirects directory
 * paths without a trailing slash, applies the Netlify/Cloudflare `_headers` file from the
 * build (so browser tests run under the real Content-Security-Policy), and compresses text with
 * brotli or gzip as every one of those hosts does (so Lighthouse measures the bytes a reader
 * really downloads). Given a certificate it speaks HTTPS with HTTP/2, as those hosts do too
 * (Lighthouse models HTTP/1.1's extra connections very differently). Loopback only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
  '.webmanifest': 'application/manifest+json',
};

/** Types worth compressing. Pagefind's own files are gzipped inside already, and images are binary. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.json', '.xml', '.txt', '.svg', '.webmanifest']);

/** The content coding a host would pick for `accept-encoding`: brotli first, then gzip. */
export function pickEncoding(accept: IncomingHttpHeaders['accept-encoding']): 'br' | 'gzip' | undefined {
  const offered = new Set(
    String(accept ?? '')
      .split(',')
      .map((coding) => coding.split(';')[0]?.trim().toLowerCase()),
  );
  if (offered.has('br')) return 'br';
  if (offered.has('gzip')) return 'gzip';
  return undefined;
}

/** One `_headers` rule: a path pattern (with `*` and `:placeholder`) and its headers. */
export interface HeaderRule {
  pattern: RegExp;
  headers: [string, string][];
}

/** Parses a Netlify/Cloudflare Pages `_headers` file. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  let current: HeaderRule | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/:[A-Za-z]+/g, '[^/]+');
      current = { pattern: new RegExp(`^${source}$`), headers: [] };
      rules.push(current);
      continue;
    }
    const at = line.indexOf(':');
    if (!current || at === -1) throw new Error(`_headers: cannot read line "${line}"`);
    current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
  }
  return rules;
}

/** Headers `_headers` assigns to a request path (later rules add to earlier ones). */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const rule of rules) {
    if (!rule.pattern.test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, headers.has(key) ? `${headers.get(key)}, ${value}` : value);
    }
  }
  return headers;
}

/** A running server and how to reach and stop it. */
export interface RunningServer {
  origin: string;
  /** Origin plus base path, e.g. `http://127.0.0.1:4173/khabar/`. */
  url: string;
  close(): Promise<void>;
  server: Server | Http2SecureServer;
}

/** What the server reads of a request; HTTP/1.1 and HTTP/2 requests both have it. */
interface Request {
  url?: string | undefined;
  method?: string | undefined;
  headers: IncomingHttpHeaders;
}

/** What the server does with a response; HTTP/1.1 and HTTP/2 responses both can. */
interface Reply {
  setHeader(name: string, value: string): unknown;
  writeHead(status: number, headers?: Record<string, string | number>): unknown;
  end(): unknown;
  end(body: Buffer): unknown;
}

/** How to serve: the port (0 picks a free one), and a certificate for HTTPS with HTTP/2. */
export interface ServeOptions {
  port?: number;
  tls?: { key: Buffer | string; cert: Buffer | string };
}

/** Serves `dir` under `base` on 127.0.0.1, over HTTP/1.1 or, with `tls`, HTTPS and HTTP/2. */
export async function serveStatic(
  dir: string,
  base = '/',
  { port = 0, tls }: ServeOptions = {},
): Promise<RunningServer> {
  const headersPath = join(dir, '_headers');
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  // Compressed once per file and coding, like a host's pre-compressed copies.
  const compressed = new Map<string, Buffer>();
  const body = (file: string, encoding: 'br' | 'gzip' | undefined): Buffer => {
    if (!encoding) return readFileSync(file);
    const key = `${encoding}:${file}`;
    let bytes = compressed.get(key);
    if (!bytes) {
      const raw = readFileSync(file);
      bytes =
        encoding === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
          : gzipSync(raw, { level: 9 });
      compressed.set(key, bytes);
    }
    return bytes;
  };
  const handle = (request: Request, response: Reply): void => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status: number, file: string | undefined, sitePath: string) => {
      for (const [name, value] of headersFor(rules, sitePath)) response.setHeader(name, value);
      if (!file) {
        response.writeHead(status);
        response.end();
        return;
      }
      const type = extname(file);
      const encoding = COMPRESSIBLE.has(type) ? pickEncoding(request.headers['accept-encoding']) : undefined;
      const bytes = body(file, encoding);
      response.writeHead(status, {
        'content-type': TYPES[type] ?? 'application/octet-stream',
        'content-length': bytes.length,
        ...(COMPRESSIBLE.has(type) ? { vary: 'Accept-Encoding' } : {}),
        ...(encoding ? { 'content-encoding': encoding } : {}),
      });
      if (request.method === 'HEAD') response.end();
      else response.end(bytes);
    };
    const notFound = () => {
      const page = join(dir, '404.html');
      send(404, existsSync(page) ? page : undefined, '/404.html');
    };
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return notFound();
    }
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) {
        response.writeHead(301, { location: base });
        response.end();
        return;
      }
      return notFound();
    }
    const sitePath = `/${pathname.slice(base.length)}`;
    const file = normalize(join(dir, sitePath));
    if (!file.startsWith(normalize(dir))) return notFound();
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!sitePath.endsWith('/')) {
        response.writeHead(301, { location: `${url.pathname}/${url.search}` });
        response.end();
        return;
      }
      const index = join(file, 'index.html');
      return existsSync(index) ? send(200, index, sitePath) : notFound();
    }
    if (existsSync(file) && !sitePath.endsWith('/_headers')) return send(200, file, sitePath);
    return notFound();
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const origin = `${tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: `${origin}${base}`,
    server,
    close: () =>
      new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
