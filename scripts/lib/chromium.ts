/**
 * Debian's Chromium, launched the one way that works here (no browser downloads, no sandbox,
 * no network but loopback), for the browser suite, the gates and the screenshots.
 */
import { chromium, type Browser } from 'playwright-core';

/** The Chromium binary: CHROMIUM_PATH (or CHROME_PATH, which Lighthouse reads), else Debian's. */
export const CHROMIUM_PATH =
  process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'] ?? '/usr/bin/chromium';

/** Flags for headless Chromium in a sandbox-less container. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launches headless Chromium for Playwright. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}
