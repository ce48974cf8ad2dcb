/**
 * `npm run lighthouse`: the Lighthouse gate on its own (also part of `npm run gates`), for the
 * build at `/` and the one under `/khabar/` (`-- root` or `-- khabar` picks one). Builds into the
 * gates' folders; GATES_REUSE_BUILD=1 reuses them. JSON reports go to reports/lighthouse/.
 */
import { BUILDS, buildSite } from './gates/browser.ts';
import { checkLighthouse } from './gates/lighthouse.ts';

const names = process.argv.slice(2);
let failed = 0;
for (const build of BUILDS.filter((b) => names.length === 0 || names.includes(b.name))) {
  await buildSite(build);
  if (!(await checkLighthouse(build)).passed) failed += 1;
}
process.exitCode = failed > 0 ? 1 : 0;
