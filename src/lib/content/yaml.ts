/**
 * Reading publisher YAML with bounds and line numbers, through the `yaml` library: a syntax
 * error names its line, every value can be traced back to its line, and anchors and aliases
 * are refused outright (no newsroom file needs them, and an alias "bomb" of a few hundred bytes
 * can expand to gigabytes in whatever reads the data next).
 */
import { isAlias, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ContentError } from './errors';

/** A parsed YAML text: the document, and the 1-based file line of a value at `path`. */
export interface ReadYaml {
  doc: Document.Parsed;
  lineOf(path: readonly PropertyKey[]): number;
  errors: ContentError[];
}

/** Parses `text`, which starts at line `firstLine` of `file`; errors name the file and line. */
export function readYaml(text: string, file: string, firstLine = 1): ReadYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const line = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const errors: ContentError[] = doc.errors.map((error) => ({
    file,
    line: line(error.pos[0]),
    hi: `YAML पढ़ा नहीं जा सका: ${error.message.split('\n')[0]} (खिसकाव, कोलन और उद्धरण चिह्न जाँचें)`,
    en: `the YAML cannot be read: ${error.message.split('\n')[0]} (check indentation, colons and quotes)`,
  }));
  if (errors.length === 0) {
    let reported = false;
    visit(doc, (_key, node) => {
      if (reported || !(isAlias(node) || (isNode(node) && node.anchor))) return undefined;
      reported = true;
      errors.push({
        file,
        line: line(node.range?.[0] ?? 0),
        hi: 'YAML में & एंकर और * उपनाम की अनुमति नहीं है: हर मान सीधे लिखें',
        en: 'YAML anchors (&) and aliases (*) are not allowed: write every value out',
      });
      return visit.BREAK;
    });
  }
  // The line of a mapping entry is its key's (a nested value may start on the next line).
  const lineOf = (path: readonly PropertyKey[]): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const parent = depth === 1 ? doc.contents : doc.getIn(path.slice(0, depth - 1), true);
      const last = path[depth - 1];
      if (isMap(parent)) {
        const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === last);
        const key = pair?.key;
        if (isScalar(key) && key.range) return line(key.range[0]);
      } else if (isSeq(parent) && typeof last === 'number') {
        const item = parent.items[last];
        if (isNode(item) && item.range) return line(item.range[0]);
      }
    }
    return firstLine;
  };
  return { doc, lineOf, errors };
}

/** `topics[1]`, `publisher.name`: a Zod issue path as a publisher reads a field. */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}
