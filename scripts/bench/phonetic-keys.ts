/**
 * `npm run bench:phonetic [-- <words.dic> <roman words…>]`: how loose the phonetic key is
 * (src/lib/hindi/phonetic.ts), measured on a dictionary: the share of its words whose key another
 * word shares, how many words a word's key stands for on average, and which dictionary words a few
 * short Roman queries find by their keys. The figures quoted in the README come from here, on
 * Debian's hunspell-hi (`/usr/share/hunspell/hi_IN.dic`, the default). A benchmark, not a test.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolveSrcImports } from '../lib/resolve-src.ts';

// src/ imports its modules without extensions, as Vite resolves them; teach Node the same.
resolveSrcImports();
const { phoneticKey, phoneticQueryKeys } = await import('../../src/lib/hindi/phonetic.ts');

const [dictionary = '/usr/share/hunspell/hi_IN.dic', ...queries] = process.argv.slice(2);
if (!existsSync(dictionary)) {
  console.error(`No word list at ${dictionary}: apt-get install hunspell-hi, or give a .dic file.`);
  process.exit(2);
}
// A .dic file: the word count on the first line, then one word a line with /flags after it.
const words = [
  ...new Set(
    readFileSync(dictionary, 'utf8')
      .split('\n')
      .slice(1)
      .map((line) => line.split('/')[0]?.trim() ?? '')
      .filter((word) => word !== ''),
  ),
];
const byKey = new Map<string, string[]>();
for (const word of words) {
  const key = phoneticKey(word);
  byKey.set(key, [...(byKey.get(key) ?? []), word]);
}
const sharing = words.filter((word) => (byKey.get(phoneticKey(word))?.length ?? 0) > 1).length;
const seen = words.reduce((sum, word) => sum + (byKey.get(phoneticKey(word))?.length ?? 0), 0);
console.log(`${words.length} words, ${byKey.size} keys`);
console.log(`words sharing their key with another: ${((100 * sharing) / words.length).toFixed(1)}%`);
console.log(`words per key, seen from a word: ${(seen / words.length).toFixed(2)}`);
for (const query of queries.length > 0 ? queries : ['din', 'kam', 'dil', 'pyar', 'dhyan', 'sahyog']) {
  const found = [...new Set(phoneticQueryKeys(query).flatMap((key) => byKey.get(key) ?? []))];
  console.log(`${query}: ${found.length} (${found.join(' ')})`);
}
