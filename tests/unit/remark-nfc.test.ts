import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkNfc } from '../../src/plugins/remark-nfc';

const render = (markdown: string) =>
  String(
    unified().use(remarkParse).use(remarkNfc).use(remarkRehype).use(rehypeStringify).processSync(markdown),
  );

describe('remarkNfc', () => {
  it('writes text, alt text and titles in NFC', () => {
    // U+0958 (precomposed क़) is excluded from composition: NFC writes it as क + nukta.
    expect(render('मुला\u0958ात ![\u0958](./a.jpg "\u0958") `\u0958`')).toBe(
      '<p>मुलाक\u093Cात <img src="./a.jpg" alt="क\u093C" title="क\u093C"> <code>क\u093C</code></p>',
    );
  });

  it('composes a Latin letter and its combining accent', () => {
    expect(render('Cafe\u0301')).toBe('<p>Caf\u00E9</p>');
  });
});
