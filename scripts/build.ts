/**
 * `npm run build`: `astro build` into a folder beside `dist/`, swapped in only when the pages,
 * the content guard and the search index all succeeded (scripts/lib/atomic-build.ts). Extra
 * arguments go to `astro build`; `--outDir <dir>` builds somewhere other than `dist`.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildAtomically } from './lib/atomic-build.ts';

const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const at = args.indexOf('--outDir');
const outDir = resolve(root, at === -1 ? 'dist' : (args.splice(at, 2)[1] ?? 'dist'));

const result = await buildAtomically(
  outDir,
  (staging) =>
    new Promise((done) => {
      const child = spawn(
        process.execPath,
        [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', ...args, '--outDir', staging],
        { cwd: root, stdio: 'inherit' },
      );
      child.on('error', () => done(false));
      child.on('close', (status) => done(status === 0));
    }),
);
if (result.ok) {
  console.log(`Site ready in ${outDir}`);
} else {
  console.error(
    `\nबिल्ड विफल; पिछली साइट ${outDir} में जैसी थी वैसी है। / Build failed (${result.reason}); ` +
      `the previous site in ${outDir} is untouched.`,
  );
  process.exitCode = 1;
}
