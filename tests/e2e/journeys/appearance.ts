/** How pages look: light and dark colour schemes, and narrow and wide screens. */
import assert from 'node:assert/strict';
import { searchText } from '../../../src/lib/strings.ts';
import type { Journey } from '../harness.ts';
import { HEGSETH, articleSitePath, contrastRatio, themeColours, waitForSearchStatus } from '../support.ts';

/** WCAG AA for body-size text. */
const MIN_CONTRAST = 4.5;

/** The colour tokens each scheme should paint with (names from src/styles/global.css). */
const SCHEMES = {
  light: { background: 'paper', text: 'ink', muted: 'muted', link: 'brand' },
  dark: { background: 'night', text: 'night-ink', muted: 'night-muted', link: 'brand-dark' },
} as const;

const PAGES_TO_FIT = ['', articleSitePath(HEGSETH), 'topics/', 'topics/defence/', 'search/?q=राजनाथ'];

export const appearanceJourneys: Journey[] = [
  {
    name: 'light and dark schemes paint the theme colours with readable contrast',
    async run({ open }) {
      const tokens = themeColours();
      const token = (name: string) => {
        const colour = tokens.get(name);
        if (!colour) throw new Error(`src/styles/global.css defines no --color-${name}`);
        return colour;
      };
      const backgrounds: string[] = [];
      for (const [scheme, names] of Object.entries(SCHEMES)) {
        const { page } = await open(`${articleSitePath(HEGSETH)}?highlight=हेगसेथ`, {
          colorScheme: scheme as keyof typeof SCHEMES,
        });
        const painted = await page.evaluate(() => {
          const colour = (selector: string, property: 'color' | 'backgroundColor') => {
            const element = document.querySelector(selector);
            if (!element) throw new Error(`no ${selector}`);
            return getComputedStyle(element)[property];
          };
          return {
            background: colour('body', 'backgroundColor'),
            text: colour('body', 'color'),
            muted: colour('[data-article-standfirst]', 'color'),
            link: colour('[data-article] footer a[href*="/topics/"]', 'color'),
            mark: colour('[data-article] mark', 'color'),
            markBackground: colour('[data-article] mark', 'backgroundColor'),
          };
        });
        const where = `${scheme} scheme`;
        assert.equal(painted.background, token(names.background), `${where}: page background`);
        assert.equal(painted.text, token(names.text), `${where}: body text`);
        assert.equal(painted.muted, token(names.muted), `${where}: standfirst`);
        assert.equal(painted.link, token(names.link), `${where}: topic link`);
        assert.equal(painted.markBackground, token('mark'), `${where}: highlight background`);
        for (const [what, foreground, background] of [
          ['body text', painted.text, painted.background],
          ['muted text', painted.muted, painted.background],
          ['links', painted.link, painted.background],
          ['highlighted words', painted.mark, painted.markBackground],
        ] as const) {
          const ratio = contrastRatio(foreground, background);
          assert.ok(
            ratio >= MIN_CONTRAST,
            `${where}: ${what} contrast ${ratio.toFixed(2)} is below ${MIN_CONTRAST}`,
          );
        }
        backgrounds.push(painted.background);
      }
      assert.notEqual(backgrounds[0], backgrounds[1], 'light and dark backgrounds differ');
    },
  },
  {
    name: 'no page scrolls sideways on a 360 px phone or a 1280 px laptop',
    async run({ site, newPage }) {
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 1280, height: 800 },
      ]) {
        const page = await newPage({ viewport });
        for (const path of PAGES_TO_FIT) {
          await page.goto(site.url(path));
          if (path.startsWith('search/')) await waitForSearchStatus(page, searchText.count(2, 'राजनाथ'));
          const { scrollWidth, innerWidth } = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            innerWidth: window.innerWidth,
          }));
          assert.equal(innerWidth, viewport.width);
          assert.ok(
            scrollWidth <= innerWidth,
            `${site.path(path)} at ${viewport.width} px is ${scrollWidth} px wide and scrolls sideways`,
          );
        }
      }
    },
  },
  {
    name: 'an article printed from a dark-mode system prints black on white, with its URL and no topic pills',
    async run({ open }) {
      const { page } = await open(articleSitePath(HEGSETH), { colorScheme: 'dark' });
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const printed = await page.evaluate(() => {
        const style = (selector: string) => {
          const element = document.querySelector(selector);
          if (!element) throw new Error(`no ${selector}`);
          return getComputedStyle(element);
        };
        return {
          headline: style('h1').color,
          body: style('[data-article-body] p').color,
          background: style('body').backgroundColor,
          pills: style('[data-topic-links]').display,
          url: style('.print-url').display,
          urlText: document.querySelector('.print-url')?.textContent,
          canonical: document.querySelector('link[rel="canonical"]')?.getAttribute('href'),
        };
      });
      assert.match(printed.canonical ?? '', /^https:\/\/.+\/news\/[^/]+\/$/);
      assert.deepEqual(printed, {
        headline: 'rgb(0, 0, 0)',
        body: 'rgb(0, 0, 0)',
        background: 'rgba(0, 0, 0, 0)',
        pills: 'none',
        url: 'block',
        urlText: printed.canonical,
        canonical: printed.canonical,
      });
    },
  },
];
