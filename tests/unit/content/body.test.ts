import { describe, expect, it } from 'vitest';
import { checkBody, scanBody } from '../../../src/lib/content/body';

const context = {
  file: 'content/a.md',
  slug: 'a',
  slugs: new Set(['a', 'b']),
  images: new Set(['a.jpg']),
};

/** [line, English message] of each problem. */
const problems = (body: string) => checkBody(body, context).map(({ line, en }) => [line, en]);

describe('checkBody: raw HTML against the sanitize schema', () => {
  it('allows the plain inline marks the schema lists', () => {
    expect(problems('<abbr title="प्रेस ट्रस्ट">PTI</abbr>, H<sub>2</sub>O, 10<sup>3</sup>, <span lang="en">word</span>')).toEqual([]);
  });

  it('reports each element that can act, on its own line', () => {
    expect(problems('a\n\n<base href="https://evil.example/">\n\n<form action="x"><input name="q"></form>\n\n<object data="x"></object><embed src="x"><link rel="stylesheet" href="x"><style>p{}</style>')).toEqual([
      [3, 'the <base> element is not allowed and would be removed. Remove it; article bodies are Markdown'],
      [5, 'the <form> element is not allowed and would be removed. Remove it; article bodies are Markdown'],
      [5, 'the <input> element is not allowed and would be removed. Remove it; article bodies are Markdown'],
      [7, 'the <object> element is not allowed and would be removed. Remove it; article bodies are Markdown'],
      [7, 'the <embed> element is not allowed and would be removed. Remove it; article bodies are Markdown'],
      [7, 'the <link> element is not allowed and would be removed. Remove it; article bodies are Markdown'],
      [7, 'the <style> element is not allowed and would be removed. Remove it; article bodies are Markdown'],
    ]);
  });

  it('reports attributes the schema strips: handlers, style, id', () => {
    expect(problems('<span onmouseover="x()" style="color:red" id="main">क</span>')).toEqual([
      [1, 'onmouseover, style, id on <span> is not allowed and would be removed: remove it'],
    ]);
  });
});

describe('checkBody: links and images', () => {
  it('accepts web, mail and phone links, anchors, and links to built articles', () => {
    expect(problems('[x](https://a.example/) [m](mailto:a@b.example) [t](tel:+91) [#](#top) [b](../b/) [b2](/news/b/)')).toEqual([]);
  });

  it('reports script URLs, missing articles and links to .md files', () => {
    expect(problems('[x](data:text/html,hi)\n[y](../gone/)\n[z](b.md)')).toEqual([
      [1, 'the link "data:text/html,hi" uses data:, which is not allowed: link to an http(s) address'],
      [2, 'the link "../gone/" points to an article that does not exist ("gone"): check the slug'],
      [3, 'the link "b.md" points at a file; link to the article\'s page instead: ../b/'],
    ]);
  });

  it('accepts a described local image and reports the rest', () => {
    expect(problems('![फ़ोटो](./a.jpg)')).toEqual([]);
    expect(problems('![ ](./a.jpg)\n\n![x](../a.jpg)\n\n![x](//cdn.example/a.jpg)')).toEqual([
      [1, 'the image "./a.jpg" has no alt text: write ![what the picture shows](./a.jpg)'],
      [3, 'the image "../a.jpg" does not exist: put the file beside the article in content/ or correct the name'],
      [5, 'the image "//cdn.example/a.jpg" is on another origin, which the CSP blocks: put the file in content/ and write ./name.jpg'],
    ]);
  });

  it('checks an image given by reference against its definition', () => {
    expect(problems('![नक़्शा][map]\n\n[map]: https://cdn.example/map.png')).toEqual([
      [1, 'the image "https://cdn.example/map.png" is on another origin, which the CSP blocks: put the file in content/ and write ./name.jpg'],
    ]);
  });
});

describe('scanBody: what the checks need, kept between builds', () => {
  const body = [
    'पहला अनुच्छेद <!-- नोट --> और [लिंक](../c/)।',
    '',
    '![](./a.jpg) ![चित्र][ref] <span onclick="x()">नमस्ते</span>',
    '',
    '[ref]: ./missing.jpg',
    '[दूसरा](../b/)',
  ].join('\n');

  it('gives the same problems, in the same order, from a scan that went through JSON', () => {
    const scan = JSON.parse(JSON.stringify(scanBody(body))) as ReturnType<typeof scanBody>;
    const direct = checkBody(body, context);
    expect(direct.map(({ line, en }) => [line, en])).toHaveLength(5);
    expect(checkBody(body, context, scan)).toEqual(direct);
  });

  it('checks links and images against the folder as it is now, not as it was when scanned', () => {
    const scan = scanBody(body);
    const later = { ...context, slugs: new Set(['a', 'b', 'c']), images: new Set(['a.jpg', 'missing.jpg']) };
    expect(checkBody(body, later, scan).map(({ en }) => en)).toEqual([
      'an HTML comment (<!-- … -->) would be published in the page source: remove it',
      'the image "./a.jpg" has no alt text: write ![what the picture shows](./a.jpg)',
      'onclick on <span> is not allowed and would be removed: remove it',
    ]);
  });
});
