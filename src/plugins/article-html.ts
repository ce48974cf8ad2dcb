/**
 * Reading the indexable parts of a built article page without parsing the whole document: the
 * page's own markup marks them with data attributes, so a scan for those few elements is enough
 * (parsing every page into a tree cost 25 s at 10,000 articles).
 */
import { decodeHTML } from 'entities';
import type { ArticleForIndex } from '../lib/search/record';

/** The opening tag carrying `attribute` and the index just after it, or undefined. */
function openingTag(
  html: string,
  attribute: string,
  from = 0,
): { tag: string; name: string; end: number } | undefined {
  const at = html.indexOf(` ${attribute}`, from);
  if (at === -1) return undefined;
  const start = html.lastIndexOf('<', at);
  const end = html.indexOf('>', at);
  if (start === -1 || end === -1) return undefined;
  const tag = html.slice(start, end + 1);
  const name = /^<([a-z0-9]+)/iu.exec(tag)?.[1]?.toLowerCase() ?? '';
  return { tag, name, end: end + 1 };
}

/** The inner HTML of the element opened by the tag with `attribute`, same-name nesting counted. */
function innerHtml(html: string, attribute: string, url: string): string {
  const open = openingTag(html, attribute);
  if (!open) throw new Error(`${url}: no [${attribute}] element to index`);
  const pattern = new RegExp(`<(/?)${open.name}\\b[^>]*>`, 'giu');
  pattern.lastIndex = open.end;
  let depth = 1;
  for (let match = pattern.exec(html); match; match = pattern.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(open.end, match.index);
  }
  throw new Error(`${url}: the [${attribute}] element is never closed`);
}

/** Text of an HTML fragment: block ends become line breaks, tags go, entities are decoded. */
export function fragmentText(fragment: string): string {
  return decodeHTML(
    fragment
      .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/giu, '')
      // As hast-util-to-text: a blank line after a paragraph, a line break after other blocks.
      .replace(/<\/(p|blockquote)>/giu, '\n\n')
      .replace(/<\/(h[1-6]|li|figcaption|tr|div)>|<br\s*\/?>/giu, '\n')
      .replace(/<[^>]*>/gu, ''),
  )
    .replace(/[ \t\r]+/gu, ' ')
    .replace(/ ?\n[ \t]*/gu, '\n')
    .replace(/\n{3,}/gu, '\n\n')
    .trim();
}

/** The value of `attribute` in an opening tag, entity-decoded. */
function attributeValue(tag: string, attribute: string): string {
  const match = new RegExp(`\\s${attribute}="([^"]*)"`, 'u').exec(tag);
  return match ? decodeHTML(match[1] ?? '') : '';
}

/** Reads the indexable parts of one built article page. */
export function readArticleHtml(html: string, url: string): ArticleForIndex {
  const article = openingTag(html, 'data-article');
  // ` data-article` also prefixes data-article-title etc.; the article element's own tag comes first.
  if (!article || !/\sdata-article[\s>=]/u.test(article.tag))
    throw new Error(`${url}: no [data-article] element to index`);
  return {
    url,
    title: fragmentText(innerHtml(html, 'data-article-title', url)),
    standfirst: fragmentText(innerHtml(html, 'data-article-standfirst', url)),
    body: fragmentText(innerHtml(html, 'data-article-body', url)),
    published: attributeValue(article.tag, 'data-published'),
    precision: attributeValue(article.tag, 'data-precision') === 'day' ? 'day' : 'minute',
    topics: attributeValue(article.tag, 'data-topics').split(/\s+/u).filter(Boolean),
    thumbnail: attributeValue(article.tag, 'data-thumbnail') || undefined,
  };
}
