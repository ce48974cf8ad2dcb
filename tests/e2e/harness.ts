/**
 * The suite's tiny runner. Each journey runs once per build in fresh browser contexts that
 * record every problem a reader would not see but a developer must: console errors, uncaught
 * exceptions, failed or 4xx/5xx requests, Content-Security-Policy violations and dialogs.
 * A journey fails if it throws or if any unexpected problem was recorded on any page it visited.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page, Response } from 'playwright-core';
import { ROOT, type BuildName, type Site } from './support.ts';

/** A problem a journey provokes on purpose, so it is not reported. */
export type ExpectedProblem =
  | { kind: 'status'; url: string; status: number }
  | { kind: 'request-failed'; url: RegExp }
  | { kind: 'csp'; text: RegExp };

/** What a journey gets to work with. */
export interface JourneyContext {
  site: Site;
  /** A page in a fresh, monitored browser context (options as for `browser.newContext`). */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** `newPage`, then opens `sitePath` (relative to the base path); returns the document's response. */
  open(sitePath: string, options?: BrowserContextOptions): Promise<{ page: Page; response: Response }>;
  /** Tolerates one kind of problem the journey causes deliberately. */
  expectProblem(problem: ExpectedProblem): void;
}

/** One reader journey. */
export interface Journey {
  /** What the reader can do, as a sentence. */
  name: string;
  run(t: JourneyContext): Promise<void>;
}

/** How one journey went. */
export interface JourneyResult {
  name: string;
  site: BuildName;
  passed: boolean;
  ms: number;
  failure?: string;
}

const TIMEOUT_MS = 10_000;
const JOURNEY_TIMEOUT_MS = 90_000;

// Registered on every new document before the page's own scripts; init scripts are not subject
// to the page's CSP, and the binding reports even if the page navigates right after.
function listenForCspViolations(): void {
  document.addEventListener(
    'securitypolicyviolation',
    (event) => {
      const report = (window as unknown as { __e2eCspViolation?: (detail: string) => void })
        .__e2eCspViolation;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.documentURI}` +
          (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''),
      );
    },
    true,
  );
}

class ProblemLog {
  readonly problems: string[] = [];
  readonly expected: ExpectedProblem[] = [];

  add(problem: string): void {
    this.problems.push(problem);
  }

  /** Adds a CSP report unless a journey provoked it on purpose. */
  addCsp(problem: string): void {
    if (!this.expected.some((e) => e.kind === 'csp' && e.text.test(problem))) this.add(problem);
  }

  isExpectedStatus(url: string, status: number): boolean {
    return this.expected.some((e) => e.kind === 'status' && e.url === url && e.status === status);
  }

  isExpectedFailure(url: string): boolean {
    return this.expected.some((e) => e.kind === 'request-failed' && e.url.test(url));
  }

  /** Chromium also logs every failed or 4xx load as a console error pointing at the resource. */
  isExpectedLoadError(text: string, url: string): boolean {
    if (!text.startsWith('Failed to load resource')) return false;
    const status = /status of (\d{3})/.exec(text)?.[1];
    return status ? this.isExpectedStatus(url, Number(status)) : this.isExpectedFailure(url);
  }
}

async function monitoredContext(browser: Browser, options: BrowserContextOptions, log: ProblemLog) {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(TIMEOUT_MS);
  context.setDefaultNavigationTimeout(TIMEOUT_MS);
  await context.exposeBinding('__e2eCspViolation', ({ page }, detail: string) =>
    log.addCsp(`CSP violation on ${page.url()}: ${detail}`),
  );
  await context.addInitScript(listenForCspViolations);
  context.on('console', (message) => {
    const text = message.text();
    const where = message.location().url;
    if (/content.security.policy/i.test(text)) {
      log.addCsp(`CSP console ${message.type()} on ${message.page()?.url()}: ${text}`);
    } else if (message.type() === 'error' && !log.isExpectedLoadError(text, where)) {
      log.add(`console error on ${message.page()?.url()}: ${text}${where ? ` (${where})` : ''}`);
    }
  });
  context.on('weberror', (error) =>
    log.add(`uncaught exception on ${error.page()?.url()}: ${error.error().message}`),
  );
  context.on('requestfailed', (request) => {
    if (log.isExpectedFailure(request.url())) return;
    // Chromium fetches the icon after the load event and cancels it when the journey moves on.
    if (
      request.failure()?.errorText === 'net::ERR_ABORTED' &&
      new URL(request.url()).pathname.endsWith('/favicon.png')
    ) {
      return;
    }
    log.add(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
  context.on('response', (response) => {
    if (response.status() < 400 || log.isExpectedStatus(response.url(), response.status())) return;
    log.add(`HTTP ${response.status()} for ${response.url()}`);
  });
  context.on('dialog', (dialog) => {
    log.add(`a ${dialog.type()} dialog opened on ${dialog.page()?.url()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return context;
}

function fileSafe(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
}

/** The error's message and the stack frames inside the journeys and their helpers. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at .*tests\/e2e\/(journeys\/|support\.ts)/.test(line));
  const message = error.stack?.split(/\n\s+at /)[0] ?? error.message;
  return [message, ...frames].join('\n');
}

/** Runs one journey against one site; never throws. */
export async function runJourney(browser: Browser, site: Site, journey: Journey): Promise<JourneyResult> {
  const started = performance.now();
  const log = new ProblemLog();
  const contexts: BrowserContext[] = [];
  const newPage = async (options: BrowserContextOptions = {}) => {
    const context = await monitoredContext(browser, options, log);
    contexts.push(context);
    return context.newPage();
  };
  const t: JourneyContext = {
    site,
    newPage,
    open: async (sitePath, options) => {
      const page = await newPage(options);
      const response = await page.goto(site.url(sitePath));
      if (!response) throw new Error(`no response for ${sitePath}`);
      return { page, response };
    },
    expectProblem: (problem) => log.expected.push(problem),
  };
  let failure: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      journey.run(t),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${JOURNEY_TIMEOUT_MS / 1000} s`)),
          JOURNEY_TIMEOUT_MS,
        );
      }),
    ]);
  } catch (error) {
    failure = describeError(error);
  } finally {
    clearTimeout(timer);
  }
  if (failure) {
    const page = contexts.at(-1)?.pages().at(-1);
    if (page) {
      const dir = join(ROOT, 'test-results', 'e2e');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${site.name}-${fileSafe(journey.name)}.png`);
      await page
        .screenshot({ path: file, fullPage: true, timeout: 5000 })
        .then(() => (failure += `\n  screenshot: ${file}`))
        .catch(() => undefined);
    }
  }
  await Promise.all(contexts.map((context) => context.close().catch(() => undefined)));
  if (log.problems.length > 0) {
    const problems = `problems on the pages visited:\n${log.problems.map((p) => `  - ${p}`).join('\n')}`;
    failure = failure ? `${failure}\n${problems}` : problems;
  }
  return {
    name: journey.name,
    site: site.name,
    passed: failure === undefined,
    ms: performance.now() - started,
    ...(failure === undefined ? {} : { failure }),
  };
}
