/**
 * The raw HTML an article body may carry, written as a `rehype-sanitize` schema. Article bodies
 * are Markdown; HTML is for the few inline marks Markdown lacks (an abbreviation with its
 * expansion, a superscript, a line of small print). Anything that can act (scripts, styles,
 * frames, forms, `base`, `meta`, `link`, event handlers, `style` attributes, `javascript:` or
 * `data:` URLs) is absent, as are `id`/`name` (they could clobber the page's own ids) and raw
 * `<a>`/`<img>`, which must be Markdown links and images so the build can check them. The
 * content guard reports, with file and line, everything this schema would remove.
 */
import type { Options as Schema } from 'rehype-sanitize';

/** Inline elements allowed in raw HTML, with the attributes each may carry. */
const INLINE: Record<string, string[]> = {
  abbr: ['title'],
  b: [],
  bdi: [],
  bdo: ['dir'],
  br: [],
  cite: [],
  del: [],
  dfn: ['title'],
  em: [],
  i: [],
  ins: [],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['dateTime'],
  u: [],
  wbr: [],
};

/** Block elements allowed in raw HTML (Markdown makes most blocks itself). */
const BLOCK: Record<string, string[]> = {
  blockquote: [],
  caption: [],
  details: [],
  div: [],
  figcaption: [],
  figure: [],
  hr: [],
  p: [],
  summary: [],
  table: [],
  tbody: [],
  td: ['colSpan', 'rowSpan'],
  tfoot: [],
  th: ['colSpan', 'rowSpan', 'scope'],
  thead: [],
  tr: [],
};

/** The schema: only the elements and attributes above, plus `lang` and `dir` anywhere. */
export const ARTICLE_HTML_SCHEMA: Schema = {
  tagNames: [...Object.keys(INLINE), ...Object.keys(BLOCK)],
  attributes: { ...INLINE, ...BLOCK, '*': ['lang', 'dir'] },
  protocols: {},
  ancestors: {},
  required: {},
  clobber: [],
  clobberPrefix: '',
  strip: ['script', 'style'],
  // A newsroom note in a comment would be published in the page source.
  allowComments: false,
  allowDoctypes: false,
};
