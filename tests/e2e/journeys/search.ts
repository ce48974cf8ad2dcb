/** Searching: the header box, the search page's states, its URL and history, filters and failures. */
import assert from 'node:assert/strict';
import { searchText } from '../../../src/lib/strings.ts';
import type { Journey } from '../harness.ts';
import {
  HEGSETH,
  KAZAKHSTAN,
  articleSitePath,
  currentParam,
  currentPath,
  resultPaths,
  searchAgain,
  searchResults,
  waitForSearchStatus,
} from '../support.ts';

export const searchJourneys: Journey[] = [
  {
    name: 'searching राजनाथ from the header lists both articles, and the Hegseth result opens with the matched words marked',
    async run({ site, open }) {
      const { page } = await open('');
      const box = page.locator('header form[role="search"] input[name="q"]');
      await box.fill('राजनाथ');
      await box.press('Enter');
      await page.waitForURL((url) => url.pathname === site.path('search/'));
      assert.equal(currentParam(page, 'q'), 'राजनाथ');
      await waitForSearchStatus(page, searchText.count(2, 'राजनाथ'));
      const results = await searchResults(page);
      assert.deepEqual(resultPaths(results).sort(), [
        site.path(articleSitePath(HEGSETH)),
        site.path(articleSitePath(KAZAKHSTAN)),
      ]);

      await page.getByRole('link', { name: HEGSETH.title }).click();
      await page.waitForURL((url) => url.pathname === site.path(articleSitePath(HEGSETH)));
      const highlighted = new URL(page.url()).searchParams.getAll('highlight');
      assert.ok(
        highlighted.includes('राजनाथ'),
        `?highlight= carries the matched word, got ${JSON.stringify(highlighted)}`,
      );
      const marks = await page.locator('[data-article] mark').allTextContents();
      assert.ok(marks.length > 0, 'the article has <mark> elements');
      assert.ok(marks.includes('राजनाथ'), `a mark holds राजनाथ; marks: ${JSON.stringify(marks)}`);
      assert.deepEqual(
        marks.filter((mark) => !highlighted.includes(mark)),
        [],
        'every mark holds one of the highlighted words',
      );
      assert.equal(
        await page.locator('main mark').count(),
        marks.length,
        'nothing outside the article is marked',
      );
    },
  },
  {
    name: 'hegseth in Roman letters finds exactly the Hegseth call',
    async run({ site, open }) {
      const { page } = await open('search/?q=hegseth');
      await waitForSearchStatus(page, searchText.count(1, 'hegseth'));
      const results = await searchResults(page);
      assert.deepEqual(
        results.map(({ title, path }) => ({ title, path })),
        [{ title: HEGSETH.title, path: site.path(articleSitePath(HEGSETH)) }],
      );
      assert.equal(await page.locator('#search-query').inputValue(), 'hegseth');
    },
  },
  {
    name: 'jaisalmer finds only the Kazakhstan meeting',
    async run({ site, open }) {
      const { page } = await open('search/?q=jaisalmer');
      await waitForSearchStatus(page, searchText.count(1, 'jaisalmer'));
      const results = await searchResults(page);
      assert.deepEqual(
        results.map(({ title, path }) => ({ title, path })),
        [{ title: KAZAKHSTAN.title, path: site.path(articleSitePath(KAZAKHSTAN)) }],
      );
    },
  },
  {
    name: 'क्रिकेट finds nothing and says so in Hindi',
    async run({ open }) {
      const { page } = await open('search/?q=क्रिकेट');
      await waitForSearchStatus(page, searchText.noResults('क्रिकेट'));
      assert.equal(await page.locator('[data-search-results] > li').count(), 0);
    },
  },
  {
    name: 'an empty query shows the prompt to type a word and no results',
    async run({ open }) {
      const { page } = await open('search/?q=');
      await waitForSearchStatus(page, searchText.empty);
      assert.equal(await page.locator('#search-query').inputValue(), '');
      assert.equal(await page.locator('[data-search-results] > li').count(), 0);
    },
  },
  {
    name: 'typing on the search page updates the results and the address without reloading, and Back restores the previous query',
    async run({ site, open }) {
      const { page } = await open('search/');
      await waitForSearchStatus(page, searchText.empty);
      // A reload would drop this, so its survival proves the page never reloaded.
      await page.evaluate(() => Object.assign(window, { e2eSamePage: true }));
      const box = page.locator('#search-query');

      await box.pressSequentially('hegseth');
      await waitForSearchStatus(page, searchText.count(1, 'hegseth'));
      assert.equal(currentParam(page, 'q'), 'hegseth');
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(HEGSETH))]);

      await searchAgain(
        page,
        async () => {
          await box.fill('jaisalmer');
          await box.press('Enter');
        },
        searchText.count(1, 'jaisalmer'),
      );
      assert.equal(currentParam(page, 'q'), 'jaisalmer');
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(KAZAKHSTAN))]);

      await searchAgain(page, () => page.goBack(), searchText.count(1, 'hegseth'));
      assert.equal(currentPath(page), site.path('search/'));
      assert.equal(currentParam(page, 'q'), 'hegseth');
      assert.equal(await box.inputValue(), 'hegseth');
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(HEGSETH))]);

      await searchAgain(page, () => page.goForward(), searchText.count(1, 'jaisalmer'));
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(KAZAKHSTAN))]);
      assert.equal(await page.evaluate(() => 'e2eSamePage' in window), true, 'the page was never reloaded');
    },
  },
  {
    name: 'a new search typed without Enter gets its own history entry; typing on within it does not',
    async run({ site, open }) {
      const { page } = await open('search/?q=hegseth');
      await waitForSearchStatus(page, searchText.count(1, 'hegseth'));
      const box = page.locator('#search-query');

      // Replacing the text is a new search: Back must return to hegseth.
      await searchAgain(page, () => box.fill('jaisal'), searchText.count(1, 'jaisal'));
      // Typing on is the same search: it updates this entry instead of adding one.
      await searchAgain(page, () => box.fill('jaisalmer'), searchText.count(1, 'jaisalmer'));
      assert.equal(currentParam(page, 'q'), 'jaisalmer');

      await searchAgain(page, () => page.goBack(), searchText.count(1, 'hegseth'));
      assert.equal(currentPath(page), site.path('search/'));
      assert.equal(await box.inputValue(), 'hegseth');
    },
  },
  {
    name: 'choosing newest first and a topic reorders and narrows the results and records both in the address',
    async run({ site, open }) {
      const { page } = await open('search/?q=साझेदारी');
      await waitForSearchStatus(page, searchText.count(2, 'साझेदारी'));
      // साझेदारी is in the Kazakhstan report's headline and only in the body of the newer Hegseth
      // call, so by relevance the older report comes first.
      assert.deepEqual(resultPaths(await searchResults(page)), [
        site.path(articleSitePath(KAZAKHSTAN)),
        site.path(articleSitePath(HEGSETH)),
      ]);
      const sort = page.locator('[data-search-sort]');
      const topic = page.locator('[data-search-topic]');

      await searchAgain(page, () => sort.selectOption('newest'), searchText.count(2, 'साझेदारी'));
      assert.equal(currentParam(page, 'sort'), 'newest');
      assert.deepEqual(resultPaths(await searchResults(page)), [
        site.path(articleSitePath(HEGSETH)),
        site.path(articleSitePath(KAZAKHSTAN)),
      ]);

      await searchAgain(page, () => topic.selectOption('kazakhstan'), searchText.count(1, 'साझेदारी'));
      assert.equal(currentParam(page, 'topic'), 'kazakhstan');
      assert.equal(currentParam(page, 'sort'), 'newest');
      assert.equal(currentParam(page, 'q'), 'साझेदारी');
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(KAZAKHSTAN))]);

      await searchAgain(page, () => page.goBack(), searchText.count(2, 'साझेदारी'));
      assert.equal(currentParam(page, 'topic'), null);
      assert.equal(await topic.inputValue(), '');
      assert.equal(await sort.inputValue(), 'newest');
    },
  },
  {
    name: 'a shared address with a topic filters the results and shows that topic chosen',
    async run({ site, open }) {
      const { page } = await open('search/?q=राजनाथ&topic=united-states&sort=newest');
      await waitForSearchStatus(page, searchText.count(1, 'राजनाथ'));
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(HEGSETH))]);
      assert.equal(await page.locator('[data-search-sort]').inputValue(), 'newest');
      assert.equal(
        await page.locator('[data-search-topic]').inputValue(),
        'united-states',
        'the topic filter shows the topic the results are filtered by',
      );
    },
  },
  {
    name: 'when the search index cannot load, the page says so in Hindi and its retry button recovers',
    async run({ newPage, site, expectProblem }) {
      expectProblem({ kind: 'request-failed', url: /\/pagefind\// });
      const page = await newPage();
      await page.route('**/pagefind/**', (route) => route.abort());
      await page.goto(site.url('search/?q=राजनाथ'));
      await waitForSearchStatus(page, `${searchText.loadError} ${searchText.retry}`);
      const retry = page.locator('[data-search-status] button');
      assert.equal(await retry.textContent(), searchText.retry);
      assert.equal(await page.locator('[data-search-results] > li').count(), 0);

      await page.unroute('**/pagefind/**');
      await retry.click();
      await waitForSearchStatus(page, searchText.count(2, 'राजनाथ'));
      assert.equal((await searchResults(page)).length, 2);
    },
  },
  {
    name: 'search works under the Content-Security-Policy that _headers sends with every page',
    async run({ site, open }) {
      assert.ok(
        site.hasHeadersFile,
        'the build has no _headers file (public/_headers), so no CSP is applied',
      );
      const { page, response } = await open('search/?q=rajnath');
      const policy = (await response.allHeaders())['content-security-policy'] ?? '';
      assert.match(policy, /script-src [^;]*'self'/, `the search page's CSP names script-src: ${policy}`);
      assert.doesNotMatch(policy, /script-src [^;]*'unsafe-inline'/, 'scripts are never allowed inline');
      await waitForSearchStatus(page, searchText.count(2, 'rajnath'));

      const article = await page.goto(site.url(`${articleSitePath(KAZAKHSTAN)}?highlight=कजाखस्तान`));
      assert.ok(article, 'the article responded');
      assert.equal(
        (await article.allHeaders())['content-security-policy'],
        policy,
        'articles get the same policy',
      );
      await page.locator('[data-article] mark').first().waitFor();
      assert.equal(await page.locator('[data-article] mark').first().textContent(), 'कजाखस्तान');
    },
  },
  ...(
    [
      // A word as written, and a plural whose ending leaves the indexed साझेदारी's spelling mid-word.
      ['मुलाक़ात', [HEGSETH]],
      ['साझेदारियों', [HEGSETH, KAZAKHSTAN]],
    ] as const
  ).map(([word, articles]): Journey => ({
    name: `typing ${word} letter by letter never empties the results once they appear`,
    async run({ site, open }) {
      const { page } = await open('search/');
      await waitForSearchStatus(page, searchText.empty);
      // Every status the page shows while the word is typed, in order.
      await page.evaluate(() => {
        const status = document.querySelector('[data-search-status]');
        const seen: string[] = [];
        Object.assign(window, { e2eStatuses: seen });
        if (status)
          new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
            childList: true,
            characterData: true,
            subtree: true,
          });
      });
      const box = page.locator('#search-query');
      // Slower than the page's typing pause, so every prefix is searched.
      await box.pressSequentially(word, { delay: 400 });
      await waitForSearchStatus(page, searchText.count(articles.length, word));
      assert.deepEqual(
        resultPaths(await searchResults(page)).sort(),
        articles.map((article) => site.path(articleSitePath(article))).sort(),
      );
      const statuses = (
        await page.evaluate(() => (window as unknown as { e2eStatuses: string[] }).e2eStatuses)
      ).filter((text) => text !== searchText.loading);
      const firstFound = statuses.findIndex((text) => /मिल(ी|ीं)।$/.test(text));
      assert.ok(firstFound !== -1, `results appeared while typing; statuses: ${JSON.stringify(statuses)}`);
      assert.deepEqual(
        statuses.slice(firstFound).filter((text) => !/मिल(ी|ीं)।$/.test(text)),
        [],
        'no status after the first results says nothing was found',
      );
    },
  })),
  {
    name: 'a quoted phrase finds only the article where its words stand together, in that order',
    async run({ site, open }) {
      const { page } = await open('search/?q="अटूट समर्थन"');
      await waitForSearchStatus(page, searchText.count(1, '"अटूट समर्थन"'));
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(HEGSETH))]);
      const marks = await page.locator('[data-search-results] mark').allTextContents();
      assert.ok(
        marks.includes('अटूट') && marks.includes('समर्थन'),
        `both words marked: ${JSON.stringify(marks)}`,
      );

      await searchAgain(
        page,
        async () => {
          await page.locator('#search-query').fill('"समर्थन अटूट"');
          await page.locator('#search-query').press('Enter');
        },
        searchText.noResults('"समर्थन अटूट"'),
      );
      assert.equal(await page.locator('[data-search-results] > li').count(), 0);
    },
  },
  {
    name: 'a misspelt name finds nothing but offers the indexed spelling in Hindi, and the suggestion searches it',
    async run({ site, open }) {
      const { page } = await open('search/?q=हेगसेक');
      await waitForSearchStatus(page, `${searchText.noResults('हेगसेक')} ${searchText.didYouMean} हेगसेथ?`);
      await searchAgain(
        page,
        () => page.locator('[data-search-suggestion]').click(),
        searchText.count(1, 'हेगसेथ'),
      );
      assert.equal(currentParam(page, 'q'), 'हेगसेथ');
      assert.deepEqual(resultPaths(await searchResults(page)), [site.path(articleSitePath(HEGSETH))]);
    },
  },
  {
    name: 'a Roman query with long vowels spelt out (raajnaath singh) finds both articles',
    async run({ site, open }) {
      const { page } = await open('search/?q=raajnaath singh');
      await waitForSearchStatus(page, searchText.count(2, 'raajnaath singh'));
      assert.deepEqual(
        resultPaths(await searchResults(page)).sort(),
        [site.path(articleSitePath(HEGSETH)), site.path(articleSitePath(KAZAKHSTAN))].sort(),
      );
    },
  },
];
