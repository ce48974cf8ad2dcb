/**
 * Checks on an article's Markdown body: raw HTML against the written sanitize schema, links to
 * other articles, and images (local, present, described). Pure: the caller says which article
 * slugs and image files exist.
 */
import type { Element, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import type { Definition, Image, Link, Nodes as MdastNodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import type { ContentError } from './errors';
import { ARTICLE_HTML_SCHEMA } from './sanitize-schema';

/** What the body checks need to know about the rest of the content folder. */
export interface BodyContext {
  /** The article's file, as messages name it. */
  file: string;
  /** The article's own slug, so relative links resolve as they will on its page. */
  slug: string;
  /** Every article slug that will be built. */
  slugs: ReadonlySet<string>;
  /** Every image file beside the articles (names only, like `photo.jpg`). */
  images: ReadonlySet<string>;
}

type Problem = Omit<ContentError, 'file'>;

/** The attributes, by their HTML names, that the schema would strip from `element` (empty: none). */
function strippedAttributes(element: Element): string[] | undefined {
  const bare: Element = { ...element, children: [] };
  const clean = sanitize({ type: 'root', children: [bare] }, ARTICLE_HTML_SCHEMA);
  const kept = clean.type === 'root' ? clean.children[0] : clean;
  if (!kept || kept.type !== 'element' || kept.tagName !== element.tagName) return undefined;
  return Object.keys(element.properties).filter(
    (name) => JSON.stringify(kept.properties[name]) !== JSON.stringify(element.properties[name]),
  );
}

/** HTML spelling of a hast property name (`onClick` → `onclick`, `httpEquiv` → `http-equiv`). */
function htmlName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (property === 'httpEquiv') return 'http-equiv';
  if (property.startsWith('data')) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

/** Problems with one raw HTML chunk of the body, which starts at `line`. */
function checkRawHtml(value: string, line: number): Problem[] {
  const tree: HastRoot = fromHtml(value, { fragment: true });
  const problems: Problem[] = [];
  const at = (node: HastNodes) => line + (node.position?.start.line ?? 1) - 1;
  visit(tree, (node: HastNodes) => {
    if (node.type === 'comment') {
      problems.push({
        line: at(node),
        field: 'body',
        hi: 'HTML टिप्पणी (<!-- … -->) पेज के स्रोत में छप जाती है: इसे हटाएँ',
        en: 'an HTML comment (<!-- … -->) would be published in the page source: remove it',
      });
      return;
    }
    if (node.type !== 'element') return;
    const stripped = strippedAttributes(node);
    if (stripped === undefined) {
      const markdown =
        node.tagName === 'a' || node.tagName === 'img'
          ? { hi: ' Markdown में लिखें: [पाठ](पता) या ![विवरण](./चित्र.jpg)', en: ' Write it in Markdown: [text](url) or ![description](./photo.jpg)' }
          : { hi: ' इसे हटाएँ; लेख का मुख्य भाग Markdown है', en: ' Remove it; article bodies are Markdown' };
      problems.push({
        line: at(node),
        field: 'body',
        hi: `<${node.tagName}> तत्व की अनुमति नहीं है, यह हटा दिया जाता।${markdown.hi}`,
        en: `the <${node.tagName}> element is not allowed and would be removed.${markdown.en}`,
      });
    } else if (stripped.length > 0) {
      const names = stripped.map(htmlName).join(', ');
      problems.push({
        line: at(node),
        field: 'body',
        hi: `<${node.tagName}> पर ${names} की अनुमति नहीं है, यह हटा दिया जाता: इसे हटाएँ`,
        en: `${names} on <${node.tagName}> is not allowed and would be removed: remove it`,
      });
    }
  });
  return problems;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** Problems with a link or link definition's URL. */
function checkLink(url: string, line: number, context: BodyContext): Problem[] {
  const scheme = SCHEME.exec(url)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    if (['http', 'https', 'mailto', 'tel'].includes(scheme)) return [];
    return [
      {
        line,
        field: 'body',
        hi: `लिंक "${url}" में ${scheme}: की अनुमति नहीं है: http(s) पता लिखें`,
        en: `the link "${url}" uses ${scheme}:, which is not allowed: link to an http(s) address`,
      },
    ];
  }
  if (url.startsWith('//') || url.startsWith('#') || url === '') return [];
  const path = new URL(url, `https://site.invalid/news/${context.slug}/`).pathname;
  if (/\.md$/i.test(path)) {
    const target = path.split('/').pop()?.replace(/\.md$/i, '') ?? '';
    return [
      {
        line,
        field: 'body',
        hi: `लिंक "${url}" फ़ाइल की ओर है; लेख के पेज की ओर लिंक करें: ../${target}/`,
        en: `the link "${url}" points at a file; link to the article's page instead: ../${target}/`,
      },
    ];
  }
  const article = /^\/news\/([^/]+)\/?$/.exec(path)?.[1];
  if (article === undefined || context.slugs.has(article)) return [];
  return [
    {
      line,
      field: 'body',
      hi: `लिंक "${url}" ऐसे लेख की ओर है जो नहीं है ("${article}"): स्लग जाँचें`,
      en: `the link "${url}" points to an article that does not exist ("${article}"): check the slug`,
    },
  ];
}

/** Problems with an image: it must be a described file beside the articles. */
function checkImage(url: string, alt: string | null | undefined, line: number, context: BodyContext): Problem[] {
  const problems: Problem[] = [];
  if (!alt || alt.trim() === '') {
    problems.push({
      line,
      field: 'body',
      hi: `चित्र "${url}" का विवरण (alt) खाली है: ![चित्र में क्या है](${url}) लिखें`,
      en: `the image "${url}" has no alt text: write ![what the picture shows](${url})`,
    });
  }
  if (SCHEME.test(url) || url.startsWith('//')) {
    problems.push({
      line,
      field: 'body',
      hi: `चित्र "${url}" दूसरी साइट से है और पाठकों को नहीं दिखेगा (CSP): चित्र content/ में रखें और ./नाम.jpg लिखें`,
      en: `the image "${url}" is on another origin, which the CSP blocks: put the file in content/ and write ./name.jpg`,
    });
    return problems;
  }
  const name = url.replace(/^\.\//, '').split(/[?#]/)[0] ?? '';
  if (name.includes('/') || !context.images.has(decodeURIComponent(name))) {
    problems.push({
      line,
      field: 'body',
      hi: `चित्र "${url}" नहीं मिला: फ़ाइल लेख के साथ content/ में रखें या नाम ठीक करें`,
      en: `the image "${url}" does not exist: put the file beside the article in content/ or correct the name`,
    });
  }
  return problems;
}

/**
 * What the body checks need from one body's Markdown, in document order: raw HTML problems
 * (which depend on nothing else), and the links and images to check against the rest of the
 * folder. Plain data, so the content guard can keep it between builds by the body's digest and
 * parse only new or changed bodies.
 */
export type BodyScan = (
  | { problems: Problem[] }
  | { link: string; line: number }
  | { image: string; alt: string | null; line: number }
)[];

/** Parses one body (whose text keeps the file's line numbers) into its {@link BodyScan}. */
export function scanBody(body: string): BodyScan {
  const tree = fromMarkdown(body);
  const scan: BodyScan = [];
  // `![alt][ref]` takes its address from a `[ref]: url` definition anywhere in the body.
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node: Definition) => void definitions.set(node.identifier, node.url));
  visit(tree, (node: MdastNodes) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'html') scan.push({ problems: checkRawHtml(node.value, line) });
    else if (node.type === 'link' || node.type === 'definition') {
      scan.push({ link: (node as Link | Definition).url, line });
    } else if (node.type === 'image') {
      const image = node as Image;
      scan.push({ image: image.url, alt: image.alt ?? null, line });
    } else if (node.type === 'imageReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) scan.push({ image: url, alt: node.alt ?? null, line });
    }
  });
  return scan;
}

/** Every problem in one article body, from its {@link BodyScan} (parsed here when not given). */
export function checkBody(body: string, context: BodyContext, scan: BodyScan = scanBody(body)): ContentError[] {
  const problems = scan.flatMap((item) =>
    'problems' in item
      ? item.problems
      : 'link' in item
        ? checkLink(item.link, item.line, context)
        : checkImage(item.image, item.alt, item.line, context),
  );
  return problems.map((problem) => ({ file: context.file, ...problem }));
}
