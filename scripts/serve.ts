/**
 * `npm run serve`: serves a build the way a static host does (base path, 404.html with
 * status 404, `_headers` applied). Usage: npm run serve -- [dir] ; BASE_PATH and PORT
 * from the environment (defaults: dist, /, 4173).
 */
import { serveStatic } from './lib/static-server.ts';

const dir = process.argv[2] ?? 'dist';
const base = process.env['BASE_PATH'] ?? '/';
const port = Number(process.env['PORT'] ?? 4173);
const running = await serveStatic(dir, base.endsWith('/') ? base : `${base}/`, { port });
console.log(`Serving ${dir}/ at ${running.url} (Ctrl+C to stop)`);
