import { describe, expect, it } from 'vitest';
import { fragmentText, readArticleHtml } from '../../src/plugins/article-html';

const page = `<html><body><main><article data-article data-published="2021-04-09T19:41:00+05:30" data-precision="day" data-topics="defence diplomacy">
<h1 data-article-title class="x">राजनाथ &amp; नूरलान</h1><p data-article-standfirst>सार <b>मोटा</b></p>
<div data-article-body class="prose"><p>पहला।</p><div><p>भीतर &quot;उद्धरण&quot;</p></div><ul><li>एक</li><li>दो</li></ul></div>
<footer>पाद</footer></article></main></body></html>`;

describe('readArticleHtml', () => {
  it('reads title, standfirst, body, date and topics from the marked elements', () => {
    expect(readArticleHtml(page, '/news/x/')).toEqual({
      url: '/news/x/',
      title: 'राजनाथ & नूरलान',
      standfirst: 'सार मोटा',
      body: 'पहला।\n\nभीतर "उद्धरण"\n\nएक\nदो',
      published: '2021-04-09T19:41:00+05:30',
      precision: 'day',
      topics: ['defence', 'diplomacy'],
    });
  });

  it('names the page and the missing element', () => {
    expect(() =>
      readArticleHtml('<div data-article><h1 data-article-title>x</h1></div>', '/news/y/'),
    ).toThrowErrorMatchingInlineSnapshot(`[Error: /news/y/: no [data-article-standfirst] element to index]`);
    expect(() => readArticleHtml('<main></main>', '/news/z/')).toThrowErrorMatchingInlineSnapshot(
      `[Error: /news/z/: no [data-article] element to index]`,
    );
  });
});

describe('fragmentText', () => {
  it('drops scripts and tags and decodes entities', () => {
    expect(fragmentText('<p>क&#x916;<script>x()</script></p><p>ग&nbsp;घ</p>')).toBe('कख\n\nग\u00a0घ');
  });
});
