/**
 * Gate 2, valid HTML: the Nu Html Checker (vnu) on every .html file of a build (with the build at
 * `/`, also the photo fixture's article, for its <picture> markup); any error fails.
 */
import { spawnSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../lib/files.ts';
import { PHOTO_ARTICLE, PHOTO_BUILD, ROOT, buildPhotoSite, type SiteBuild } from './browser.ts';
import type { GateResult } from './report.ts';

const VNU_JAR = join(ROOT, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** One message of vnu's `--format json` output. */
interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
  extract?: string;
}

/** Runs vnu once (one JVM) over all of the build's HTML. */
export async function checkHtml(build: SiteBuild): Promise<GateResult> {
  console.log(`\n## Valid HTML (Nu Html Checker): ${build.base}`);
  const files = htmlFiles(build.outDir).map((file) => join(build.outDir, file));
  if (build.name === 'root') {
    await buildPhotoSite();
    files.push(join(PHOTO_BUILD.outDir, PHOTO_ARTICLE, 'index.html'));
  }
  const run = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`could not run java -jar vnu.jar: ${run.error.message}`);
  // vnu writes its JSON report to stderr.
  const { messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] };
  const errors = messages.filter((message) => message.type !== 'info');
  for (const error of errors) {
    const file = error.url ? relative(ROOT, fileURLToPath(error.url)) : '(no file)';
    const extract = error.extract ? `\n    ${error.extract.replace(/\s+/g, ' ').trim()}` : '';
    console.log(`  ${file}:${error.lastLine ?? '?'}:${error.firstColumn ?? '?'} ${error.message}${extract}`);
  }
  const detail = `${errors.length} errors in ${files.length} HTML files`;
  console.log(detail);
  return { gate: 'html', build: build.base, passed: errors.length === 0 && files.length > 0, detail };
}
