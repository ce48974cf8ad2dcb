// Re-runs our Pagefind integration over an already built site (measurement only).
import { registerHooks } from 'node:module';
registerHooks({ resolve: (spec, ctx, next) => { try { return next(spec, ctx); } catch (e) { if (spec.startsWith('.')) return next(`${spec}.ts`, ctx); throw e; } } });
const { pagefindIndex } = await import('../../src/plugins/pagefind-index.ts');
import { pathToFileURL } from 'node:url';
const dist = process.argv[2] as string;
const plugin = pagefindIndex();
const logger = { info: (m: string) => console.log(m), warn: (m: string) => console.warn(m) };
(plugin.hooks['astro:config:done'] as any)({ config: { cacheDir: pathToFileURL('/tmp/reindex-cache/'), root: pathToFileURL('/work/main/') } });
await (plugin.hooks['astro:build:done'] as any)({ dir: pathToFileURL(dist.endsWith('/') ? dist : `${dist}/`), logger });
