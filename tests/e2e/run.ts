/**
 * The browser suite: real reader journeys in headless Chromium against the built site, at the
 * domain root and under `/khabar/`, served like a static host (404.html with status 404, and
 * the Content-Security-Policy from `_headers`).
 *
 * Needs Debian's Chromium and Devanagari fonts (no browser download is involved):
 *   apt-get install -y chromium fonts-noto-core
 *
 * Run:   npm run test:e2e
 * Options (environment):
 *   E2E_REUSE_BUILD=1   reuse dist-e2e/ and dist-e2e-khabar/ when present instead of rebuilding
 *   E2E_GREP=text       run only journeys whose name contains the text
 *   E2E_SITE=root|khabar  run against one build only
 *   CHROMIUM_PATH=…     another Chromium binary (default /usr/bin/chromium)
 *
 * Builds go to their own folders with their own Astro cache, so the suite can run while
 * others build `dist/`. Prints one line per journey and ends with "N passed, M failed";
 * exits non-zero on any failure.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, launchChromium } from '../../scripts/lib/chromium.ts';
import { buildSite, hasBuildOutput } from '../../scripts/lib/site-build.ts';
import { runJourney, type Journey, type JourneyResult } from './harness.ts';
import { appearanceJourneys } from './journeys/appearance.ts';
import { navigationJourneys } from './journeys/navigation.ts';
import { readerJourneys } from './journeys/reader.ts';
import { closePhotoSites, photoJourneys, preparePhotoSites } from './journeys/photos.ts';
import { searchJourneys } from './journeys/search.ts';
import { securityJourneys } from './journeys/security.ts';
import { SITE_BUILDS, serveSite, type Site } from './support.ts';

const JOURNEYS: readonly Journey[] = [
  ...navigationJourneys,
  ...searchJourneys,
  ...securityJourneys,
  ...appearanceJourneys,
  ...readerJourneys,
  ...photoJourneys,
];

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function summary(passed: number, failed: number): never {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

async function main(): Promise<void> {
  const started = performance.now();
  const onlySite = process.env['E2E_SITE'];
  const builds = SITE_BUILDS.filter((build) => !onlySite || build.name === onlySite);
  const grep = process.env['E2E_GREP'];
  const journeys = JOURNEYS.filter((journey) => !grep || journey.name.includes(grep));
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-core`);
    summary(0, 1);
  }

  const reuse = process.env['E2E_REUSE_BUILD'] === '1';
  const toBuild = builds.filter((build) => !(reuse && hasBuildOutput(build)));
  if (toBuild.length > 0) {
    console.log(`Building ${toBuild.map((build) => `${build.base} → ${build.outDir}`).join(' and ')} …`);
    // One after the other: both builds write Astro's .astro/ folder in the project root.
    const outcomes = [];
    for (const build of toBuild) outcomes.push(await buildSite(build));
    const broken = outcomes.map((outcome, i) => ({ ...outcome, build: toBuild[i] })).filter(({ ok }) => !ok);
    for (const { build, output } of broken) {
      console.error(
        `\nastro build (BASE_PATH=${build?.base}) failed:\n${output.split('\n').slice(-40).join('\n')}`,
      );
    }
    if (broken.length > 0) summary(0, broken.length);
    console.log(`Built in ${seconds(performance.now() - started)}`);
  }

  if (journeys.some((journey) => photoJourneys.includes(journey))) {
    await preparePhotoSites(builds.map((build) => build.base));
  }
  const sites: Site[] = await Promise.all(builds.map(serveSite));
  for (const site of sites) {
    console.log(
      `Serving ${site.base} at ${site.server.url}${site.hasHeadersFile ? ' with its _headers' : ' (no _headers file)'}`,
    );
  }
  const browser = await launchChromium();
  const results: JourneyResult[] = [];
  try {
    console.log('');
    // Each journey runs on both builds side by side (one browser, a fresh context each).
    for (const journey of journeys) {
      const outcomes = await Promise.all(sites.map((site) => runJourney(browser, site, journey)));
      outcomes.forEach((result, i) => {
        results.push(result);
        console.log(
          `  ${result.passed ? '✓' : '✗'} [${sites[i]?.base}] ${journey.name} (${seconds(result.ms)})`,
        );
      });
    }
  } finally {
    await browser.close();
    await Promise.all(sites.map((site) => site.server.close()));
    await closePhotoSites();
  }

  const failed = results.filter((result) => !result.passed);
  for (const result of failed) {
    const base = sites.find((site) => site.name === result.site)?.base;
    console.log(`\n✗ [${base}] ${result.name}\n${result.failure?.replace(/^/gm, '    ')}`);
  }
  console.log(`\nTotal time ${seconds(performance.now() - started)}`);
  summary(results.length - failed.length, failed.length);
}

main().catch((error: unknown) => {
  console.error(error);
  summary(0, 1);
});
