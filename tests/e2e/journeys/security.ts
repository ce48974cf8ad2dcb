/** What a reader (or a link someone sends them) types can never run as code. */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { searchText } from '../../../src/lib/strings.ts';
import type { Journey } from '../harness.ts';
import { KAZAKHSTAN, ROOT, articleSitePath } from '../support.ts';

const PAYLOAD = '<img src=x onerror=alert(1)><script>alert(2)</script>';

export const securityJourneys: Journey[] = [
  {
    name: 'a search for markup shows it as text and runs none of it',
    async run({ site, newPage }) {
      const dialogs: string[] = [];
      const page = await newPage();
      page.on('dialog', (dialog) => dialogs.push(dialog.message()));
      await page.goto(site.url(`search/?q=${encodeURIComponent(PAYLOAD)}`));
      // Every word must match, and "onerror" matches no article: the answer is no results.
      await page.waitForFunction(
        (quoted) => document.querySelector('[data-search-status]')?.textContent?.startsWith(quoted),
        `“${PAYLOAD}”`,
      );
      const status = await page.locator('[data-search-status]').textContent();
      assert.equal(status, searchText.noResults(PAYLOAD));
      assert.equal(await page.locator('[data-search-results] > li').count(), 0);
      assert.equal(await page.locator('#search-query').inputValue(), PAYLOAD);
      assert.equal(await page.locator('#search-app img, #search-app script').count(), 0);
      assert.equal(await page.locator('img').count(), 0, 'no image anywhere on the page');
      // The status line is one text node: the query was never parsed as HTML.
      assert.equal(await page.locator('[data-search-status] *').count(), 0);
      assert.deepEqual(dialogs, []);
    },
  },
  {
    name: 'markup in an article’s ?highlight= words is matched as text and never inserted',
    async run({ open }) {
      const { page } = await open(
        `${articleSitePath(KAZAKHSTAN)}?highlight=${encodeURIComponent(PAYLOAD)}&highlight=राजनाथ`,
      );
      await page.locator('[data-article] mark').first().waitFor();
      assert.deepEqual([...new Set(await page.locator('[data-article] mark').allTextContents())], ['राजनाथ']);
      assert.equal(await page.locator('[data-article] img, [data-article] mark *').count(), 0);
    },
  },
  {
    name: 'an injected inline script does not run under the meta policy alone, even with the text of an Astro script',
    async run({ site, newPage, expectProblem }) {
      // Astro's security.csp once put this script's hash in every meta: with it, this would run.
      const file = join(ROOT, 'node_modules', 'astro', 'dist', 'runtime', 'client', 'idle.prebuilt.js');
      const { default: astroIdle } = (await import(pathToFileURL(file).href)) as { default: string };
      expectProblem({ kind: 'csp', text: /script-src|inline/ });
      const page = await newPage();
      const url = site.url(articleSitePath(KAZAKHSTAN));
      await page.route(url, async (route) => {
        const response = await route.fetch();
        // As GitHub Pages serves it: no CSP header, only the page's own meta.
        const headers = Object.fromEntries(
          Object.entries(response.headers()).filter(
            ([name]) => !['content-security-policy', 'content-encoding', 'content-length'].includes(name),
          ),
        );
        const body = (await response.text()).replace('</head>', `<script>${astroIdle}</script></head>`);
        await route.fulfill({ status: response.status(), headers, body });
      });
      await page.goto(url);
      await page.locator('h1').waitFor();
      assert.equal(
        await page.locator('head > script:not([src]):not([type])').count(),
        1,
        'the script is in the page',
      );
      assert.equal(await page.evaluate(() => 'Astro' in window), false, 'and it did not run');
    },
  },
];
