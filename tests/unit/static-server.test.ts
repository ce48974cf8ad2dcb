import { mkdtempSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { connect as tcpConnect } from 'node:net';
import { request } from 'node:http';
import { connect } from 'node:http2';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate } from '../../scripts/lib/self-signed';
import { pickEncoding, serveStatic, type RunningServer } from '../../scripts/lib/static-server';

describe('pickEncoding', () => {
  it('prefers brotli, then gzip, and sends identity otherwise', () => {
    expect(pickEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(pickEncoding('gzip;q=1.0, deflate')).toBe('gzip');
    expect(pickEncoding('BR')).toBe('br');
    expect(pickEncoding('deflate')).toBeUndefined();
    expect(pickEncoding(undefined)).toBeUndefined();
  });
});

/** A raw response: Node's fetch would decompress the body and hide what the server sent. */
function get(
  url: string,
  acceptEncoding?: string,
  method = 'GET',
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('serveStatic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-'));
  const page = '<!doctype html><html lang="hi"><title>समाचार</title>' + '<p>राजनाथ सिंह</p>'.repeat(50);
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(dir, 'news', 'a'), { recursive: true });
    writeFileSync(join(dir, 'news', 'a', 'index.html'), page);
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>नहीं मिला</title>');
    writeFileSync(join(dir, 'data.pf_index'), Buffer.from([1, 2, 3, 4]));
    writeFileSync(join(dir, '_headers'), '/news/*\n  Cache-Control: public, max-age=0, must-revalidate\n');
    server = await serveStatic(dir, '/khabar/');
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves a page brotli-compressed when the browser accepts it, with its _headers', async () => {
    const response = await get(`${server.url}news/a/`, 'gzip, deflate, br');
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['vary']).toBe('Accept-Encoding');
    expect(response.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(brotliDecompressSync(response.body).toString('utf8')).toBe(page);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(page) / 5);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gzip = await get(`${server.url}news/a/`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).toString('utf8')).toBe(page);
    const plain = await get(`${server.url}news/a/`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString('utf8')).toBe(page);
  });

  it('leaves binary files alone', async () => {
    const response = await get(`${server.url}data.pf_index`, 'br');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect([...response.body]).toEqual([1, 2, 3, 4]);
  });

  it('answers unknown paths with 404.html, redirects a directory without its slash, and hides _headers', async () => {
    const missing = await get(`${server.url}news/b/`);
    expect(missing.status).toBe(404);
    expect(missing.body.toString('utf8')).toBe('<!doctype html><title>नहीं मिला</title>');
    const redirect = await get(`${server.url}news/a?x=1`);
    expect(redirect.status).toBe(301);
    expect(redirect.headers['location']).toBe('/khabar/news/a/?x=1');
    expect((await get(`${server.url}_headers`)).status).toBe(404);
    expect((await get(`${server.origin}/news/a/`)).status).toBe(404);
  });
});

/** The status line of a request sent byte for byte, as a hostile client would (no URL parsing on our side). */
function rawStatusLine(origin: string, target: string): Promise<string> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const socket = tcpConnect(Number(port), hostname, () => {
      socket.write(`GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n\r\n`);
    });
    let data = '';
    socket.on('data', (chunk: Buffer) => (data += chunk.toString('latin1')));
    socket.on('end', () => resolve(data.split('\r\n')[0] ?? ''));
    socket.on('error', reject);
  });
}

describe('serveStatic against hostile requests', () => {
  const parent = mkdtempSync(join(tmpdir(), 'newsroom-static-hostile-'));
  const dir = join(parent, 'dist');
  let server: RunningServer;

  beforeAll(async () => {
    mkdirSync(join(dir, 'evil.example'), { recursive: true });
    mkdirSync(join(parent, 'dist-secret'), { recursive: true });
    writeFileSync(join(parent, 'dist-secret', 'x'), 'secret');
    writeFileSync(join(parent, 'outside.txt'), 'outside');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>पहला</title>');
    writeFileSync(join(dir, '404.html'), '<!doctype html><title>नहीं मिला</title>');
    symlinkSync(join(parent, 'outside.txt'), join(dir, 'leak.txt'));
    server = await serveStatic(dir, '/');
  });
  afterAll(async () => {
    await server.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('survives a malformed request target (404 or 400) and keeps serving', async () => {
    expect(await rawStatusLine(server.origin, '//[')).toBe('HTTP/1.1 404 Not Found');
    expect(await rawStatusLine(server.origin, '/%E0%A4')).toBe('HTTP/1.1 400 Bad Request');
    expect((await get(`${server.origin}/`)).status).toBe(200);
  });

  it('never serves a sibling folder through an encoded ..', async () => {
    const status = await rawStatusLine(server.origin, '/..%2fdist-secret/x');
    expect(status).toBe('HTTP/1.1 400 Bad Request');
    expect(await rawStatusLine(server.origin, '/%2e%2e/dist-secret/x')).toBe('HTTP/1.1 400 Bad Request');
  });

  it('does not follow a symlink out of the build folder', async () => {
    const response = await get(`${server.origin}/leak.txt`);
    expect(response.status).toBe(404);
    expect(response.body.toString('utf8')).toBe('<!doctype html><title>नहीं मिला</title>');
  });

  it('redirects a directory to a same-origin path, never a //host Location', async () => {
    const status = await rawStatusLine(server.origin, '//evil.example');
    expect(status).toBe('HTTP/1.1 301 Moved Permanently');
    const response = await get(`${server.origin}//evil.example`);
    expect(response.headers['location']).toBe('/evil.example/');
  });

  it('answers methods other than GET and HEAD with 405 and Allow', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const response = await get(`${server.origin}/`, undefined, method);
      expect([method, response.status, response.headers['allow']]).toEqual([method, 405, 'GET, HEAD']);
    }
    const head = await get(`${server.origin}/`, undefined, 'HEAD');
    expect([head.status, head.body.length]).toEqual([200, 0]);
  });

  it('serves the new bytes after a rebuild rewrites a file, compressed or not', async () => {
    const before = await get(`${server.origin}/`, 'br');
    expect(brotliDecompressSync(before.body).toString('utf8')).toBe('<!doctype html><title>पहला</title>');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>दूसरा</title>');
    // Same size is possible in a rebuild; a later mtime must be enough.
    utimesSync(join(dir, 'index.html'), new Date(), new Date(Date.now() + 5_000));
    const after = await get(`${server.origin}/`, 'br');
    expect(brotliDecompressSync(after.body).toString('utf8')).toBe('<!doctype html><title>दूसरा</title>');
  });
});

describe('serveStatic with a certificate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'static-server-tls-'));
  let server: RunningServer;

  beforeAll(async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>मुखपृष्ठ</title>');
    server = await serveStatic(dir, '/', { tls: selfSignedCertificate() });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('speaks HTTP/2 over TLS, as the hosts do', async () => {
    expect(server.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
    // Our own throwaway certificate: trusting it here is the point of the test.
    const session = connect(server.origin, { rejectUnauthorized: false });
    const { status, encoding, body } = await new Promise<{
      status: unknown;
      encoding: unknown;
      body: Buffer;
    }>((resolve, reject) => {
      const stream = session.request({ ':path': '/', 'accept-encoding': 'br' });
      const chunks: Buffer[] = [];
      let headers: Record<string, unknown> = {};
      stream.on('response', (h) => (headers = h));
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () =>
        resolve({
          status: headers[':status'],
          encoding: headers['content-encoding'],
          body: Buffer.concat(chunks),
        }),
      );
      stream.on('error', reject);
      stream.end();
    });
    session.close();
    expect(status).toBe(200);
    expect(encoding).toBe('br');
    expect(brotliDecompressSync(body).toString('utf8')).toBe('<!doctype html><title>मुखपृष्ठ</title>');
  });
});
