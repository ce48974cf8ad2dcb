/** Reading the built site in tests: files, HTML trees and the links inside them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export { htmlFiles, listFiles } from '../../scripts/lib/files';

/** Parses one built HTML file. */
export function readHtml(dir: string, file: string): Root {
  return fromHtml(readFileSync(join(dir, file), 'utf8'));
}

/** The one element matching `selector`; throws if there is none, naming the file. */
export function one(tree: Root, selector: string, file = ''): Element {
  const node = select(selector, tree);
  if (!node) throw new Error(`${file}: nothing matches ${selector}`);
  return node;
}

/** Text of every element matching `selector`. */
export function texts(tree: Root, selector: string): string[] {
  return selectAll(selector, tree).map((node) => toText(node).trim());
}

/** Attribute values (as strings) of every element matching `selector`. */
export function attrs(tree: Root, selector: string, property: string): string[] {
  return selectAll(selector, tree).map((node) => String(node.properties[property] ?? ''));
}

/** Every URL a page references: links, scripts, stylesheets, icons, images, forms. */
export function referencedUrls(tree: Root): string[] {
  return [
    ...attrs(tree, 'a[href]', 'href'),
    ...attrs(tree, 'link[href]', 'href'),
    ...attrs(tree, 'script[src]', 'src'),
    ...attrs(tree, 'img[src]', 'src'),
    ...attrs(tree, 'form[action]', 'action'),
  ];
}

/** Maps a site path (already without the base) to the file a static host serves for it. */
export function fileForPath(path: string): string {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  if (clean === '' || clean.endsWith('/')) return `${clean}index.html`;
  return clean;
}

export { toText };
