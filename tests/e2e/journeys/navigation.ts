/** Moving around the site: links, history, the 404 page and the keyboard. */
import assert from 'node:assert/strict';
import { documentTitle, searchText, t as ui, topicTitle } from '../../../src/lib/strings.ts';
import type { Journey } from '../harness.ts';
import {
  HEGSETH,
  articleSitePath,
  currentParam,
  currentPath,
  describeFocus,
  tabTo,
  waitForSearchStatus,
} from '../support.ts';

export const navigationJourneys: Journey[] = [
  {
    name: 'a reader opens the first headline, follows a topic link, and goes back through history to the article and home',
    async run({ site, open }) {
      const { page } = await open('');
      const headline = page.locator('main article :is(h2, h3) a').first();
      const headlineText = (await headline.textContent())?.trim() ?? '';
      const articleHref = (await headline.getAttribute('href')) ?? '';
      assert.match(articleHref, new RegExp(`^${site.path('news/')}[a-z0-9-]+/$`));

      await headline.click();
      await page.waitForURL((url) => url.pathname === articleHref);
      assert.equal(await page.locator('h1').textContent(), headlineText);

      const topicLink = page.locator(`[data-article] a[href^="${site.path('topics/')}"]`).first();
      const topicHref = (await topicLink.getAttribute('href')) ?? '';
      const topicLabel = (await topicLink.textContent())?.trim() ?? '';
      await topicLink.click();
      await page.waitForURL((url) => url.pathname === topicHref);
      assert.equal(await page.locator('h1').textContent(), topicTitle(topicLabel));
      assert.ok(
        (await page.locator(`main article h2 a[href="${articleHref}"]`).count()) === 1,
        'the topic page lists the article the reader came from',
      );

      await page.goBack();
      assert.equal(currentPath(page), articleHref);
      assert.equal(await page.locator('h1').textContent(), headlineText);

      await page.goBack();
      assert.equal(currentPath(page), site.path(''));
      assert.equal(await page.locator('main article :is(h2, h3) a').first().textContent(), headlineText);
    },
  },
  {
    name: 'an unknown address answers 404 with the Hindi not-found page, a link home and a working search form',
    async run({ site, open, expectProblem }) {
      const url = site.url('no-such-page/');
      expectProblem({ kind: 'status', url, status: 404 });
      const { page, response } = await open('no-such-page/');
      assert.equal(response.status(), 404);
      assert.equal(await page.locator('h1').textContent(), ui.notFoundTitle);
      assert.equal(await page.title(), documentTitle(ui.notFoundTitle));

      const home = page.getByRole('link', { name: ui.notFoundHome });
      assert.equal(await home.getAttribute('href'), site.path(''));

      const box = page.locator('main form[role="search"] input[name="q"]');
      await box.fill('राजनाथ');
      await box.press('Enter');
      await page.waitForURL((next) => next.pathname === site.path('search/'));
      assert.equal(currentParam(page, 'q'), 'राजनाथ');
      await waitForSearchStatus(page, searchText.count(2, 'राजनाथ'));
    },
  },
  {
    name: 'a keyboard user skips to the content, searches from the header and opens a result without a mouse',
    async run({ site, open }) {
      const { page } = await open('');
      await page.keyboard.press('Tab');
      assert.equal(await describeFocus(page), `a "${ui.skipToContent}"`);
      assert.ok(
        (await page.evaluate(() => document.activeElement?.getBoundingClientRect().width ?? 0)) > 0,
        'the focused skip link is visible',
      );
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.activeElement?.id === 'main');
      assert.equal(new URL(page.url()).hash, '#main');

      await page.goto(site.url(''));
      await tabTo(page, '#site-search', 10);
      await page.keyboard.type('हेगसेथ');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === site.path('search/'));
      await waitForSearchStatus(page, searchText.count(1, 'हेगसेथ'));

      await tabTo(page, '[data-search-results] > li:first-child h2 a', 20);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname === site.path(articleSitePath(HEGSETH)));
      assert.equal(await page.locator('h1').textContent(), HEGSETH.title);
      assert.equal(currentParam(page, 'highlight'), 'हेगसेथ');
    },
  },
];
