/**
 * A static file server that behaves like the hosts we deploy to: it serves `dist/` under
 * the base path, answers unknown paths with `404.html` and status 404, redirects directory
 * paths without a trailing slash, applies the Netlify/Cloudflare `_headers` file from the
 * build (so browser tests run under the real Content-Security-Policy), and compresses text with
 * brotli or gzip as every one of those hosts does (so Lighthouse measures the bytes a reader
 * really downloads). Given a certificate it speaks HTTPS with HTTP/2, as those hosts do too
 * (Lighthouse models HTTP/1.1's extra connections very differently). Loopback only.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createSecureServer, type Http2SecureServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, posix, relative } from 'node:path';
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

/** Size and modification time of a file: changes whenever a rebuild rewrites it. */
function fileStamp(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
}

/**
 * The decoded path and query of a request target, with runs of slashes collapsed; undefined
 * when it cannot be read (bad percent-encoding, a NUL, a `..` segment, not starting with `/`).
 */
export function parseTarget(target: string): { pathname: string; search: string } | undefined {
  if (!target.startsWith('/')) return undefined;
  const at = target.search(/[?#]/);
  const rawPath = at === -1 ? target : target.slice(0, at);
  const search = at === -1 || target[at] === '#' ? '' : (target.slice(at).split('#')[0] ?? '');
  let pathname: string;
  try {
    pathname = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return undefined;
  if (pathname.split('/').some((segment) => segment === '..' || segment === '.')) return undefined;
  return { pathname: pathname.replace(/\/{2,}/g, '/'), search };
}

/**
 * The real file for `sitePath` if it exists and, after following symlinks, is still inside
 * `root` (so neither `..` nor a symlink in the build can reach a sibling folder or `/etc`).
 */
function insideRoot(root: string, sitePath: string): string | undefined {
  const candidate = join(root, posix.normalize(sitePath));
  if (!existsSync(candidate)) return undefined;
  const real = realpathSync(candidate);
  const rel = relative(root, real);
  if (rel.startsWith('..') || isAbsolute(rel)) return undefined;
  return real;
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
  const root = realpathSync(dir);
  const headersPath = join(root, '_headers');
  // Re-read when the build changes, like a host after a deploy.
  let rules: { stamp: string; rules: HeaderRule[] } = { stamp: '', rules: [] };
  const currentRules = (): HeaderRule[] => {
    const stamp = existsSync(headersPath) ? fileStamp(headersPath) : '';
    if (stamp !== rules.stamp) {
      rules = { stamp, rules: stamp ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [] };
    }
    return rules.rules;
  };
  // Compressed once per file version and coding, like a host's pre-compressed copies; keyed by
  // size and modification time so a rebuild never serves the old bytes.
  const compressed = new Map<string, Buffer>();
  const body = (file: string, encoding: 'br' | 'gzip' | undefined): Buffer => {
    if (!encoding) return readFileSync(file);
    const key = `${encoding}:${file}:${fileStamp(file)}`;
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
    const send = (status: number, file: string | undefined, sitePath: string) => {
      for (const [name, value] of headersFor(currentRules(), sitePath)) response.setHeader(name, value);
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
      const page = join(root, '404.html');
      send(404, existsSync(page) ? page : undefined, '/404.html');
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const target = parseTarget(request.url ?? '/');
    if (!target) {
      response.writeHead(400);
      response.end();
      return;
    }
    const { pathname, search } = target;
    if (!pathname.startsWith(base)) {
      if (`${pathname}/` === base) {
        response.writeHead(301, { location: base });
        response.end();
        return;
      }
      return notFound();
    }
    const sitePath = `/${pathname.slice(base.length)}`;
    const file = insideRoot(root, sitePath);
    if (!file) return notFound();
    if (statSync(file).isDirectory()) {
      if (!sitePath.endsWith('/')) {
        // Built from the clean path, never the raw request, so it cannot become `//host/…`.
        response.writeHead(301, { location: `${base}${sitePath.slice(1)}/${search}` });
        response.end();
        return;
      }
      const index = insideRoot(root, `${sitePath}index.html`);
      return index ? send(200, index, sitePath) : notFound();
    }
    if (!sitePath.endsWith('/_headers')) return send(200, file, sitePath);
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
