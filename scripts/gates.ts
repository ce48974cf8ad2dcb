/**
 * `npm run gates`: builds the site at `/` and under `/khabar/` (each into its own folder) and runs
 * the quality gates on each build: accessibility (axe), valid HTML (vnu), links (linkinator) and
 * Lighthouse. Prints every gate's report, then a summary table ending in "N passed, M failed".
 *
 * Options: `--gate NAME` and `--build root|khabar` (both repeatable) narrow the run;
 * GATES_REUSE_BUILD=1 reuses builds that already exist.
 */
import { parseArgs } from 'node:util';
import { checkAccessibility } from './gates/accessibility.ts';
import { BUILDS, buildSite, launchChromium, serveBuild, type SiteBuild } from './gates/browser.ts';
import { checkHtml } from './gates/html.ts';
import { checkLighthouse } from './gates/lighthouse.ts';
import { checkLinks } from './gates/links.ts';
import { firstLine, formatTable, type GateResult } from './gates/report.ts';
import type { RunningServer } from './lib/static-server.ts';

type Runner = (build: SiteBuild, server: RunningServer) => GateResult | Promise<GateResult>;

const GATES: Record<string, Runner> = {
  accessibility: async (build, server) => {
    const browser = await launchChromium();
    try {
      return await checkAccessibility(build, server, browser);
    } finally {
      await browser.close();
    }
  },
  html: (build) => checkHtml(build),
  links: (build, server) => checkLinks(build, server),
  lighthouse: (build) => checkLighthouse(build),
};

const { values } = parseArgs({
  options: { gate: { type: 'string', multiple: true }, build: { type: 'string', multiple: true } },
});
const gateNames = values.gate ?? Object.keys(GATES);
const builds = BUILDS.filter((build) => !values.build || values.build.includes(build.name));
const unknown = gateNames.filter((name) => !(name in GATES));
if (unknown.length > 0 || builds.length === 0) {
  console.error(`Usage: npm run gates -- [--gate ${Object.keys(GATES).join('|')}]… [--build root|khabar]…`);
  process.exit(2);
}

/** Builds, serves and checks one build; a gate that crashes counts as failed, and the rest still run. */
async function runBuild(build: SiteBuild): Promise<GateResult[]> {
  console.log(`\n# Build ${build.base} (${build.name})`);
  try {
    await buildSite(build);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return gateNames.map((gate) => ({
      gate,
      build: build.base,
      passed: false,
      detail: 'astro build failed',
    }));
  }
  const server = await serveBuild(build);
  const results: GateResult[] = [];
  try {
    for (const gate of gateNames) {
      try {
        results.push(await GATES[gate]!(build, server));
      } catch (error) {
        console.error(`\n${gate} gate crashed:`, error);
        results.push({ gate, build: build.base, passed: false, detail: `crashed: ${firstLine(error)}` });
      }
    }
  } finally {
    await server.close();
  }
  return results;
}

const started = performance.now();
const results: GateResult[] = [];
for (const build of builds) results.push(...(await runBuild(build)));

const failed = results.filter((result) => !result.passed).length;
const seconds = Math.round((performance.now() - started) / 1000);
console.log('\n# Summary\n');
console.log(
  formatTable(
    ['gate', 'build', 'result', 'detail'],
    results.map(({ gate, build, passed, detail }) => [gate, build, passed ? 'PASS' : 'FAIL', detail]),
  ),
);
console.log(`\nRan in ${Math.floor(seconds / 60)}m ${seconds % 60}s.`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
