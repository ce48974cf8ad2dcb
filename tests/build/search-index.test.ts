/**
 * What Pagefind wrote for our records, read back from its index chunks (gzip of "pagefind_dcd" +
 * CBOR: words, each with its spellings and their pages and locations; pagefind/src/index/
 * index_words.rs). A query downloads a word's whole entry, so an entry written twice costs every
 * reader who searches that word twice the bytes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cborg';
import { describe, expect, it } from 'vitest';
import { HINDI_MONTHS } from '../../src/lib/dates';
import { wordKeys } from '../../src/lib/search/keys';
import { pagefindTerm } from '../../src/lib/search/pagefind-term';
import { REPEAT_MARK, TIER_MARKS } from '../../src/lib/search/text';
import { ARCHIVE_BUNDLE } from '../../src/lib/search/shards';
import { INDEX_CHUNK_SIZE, RECENT_CHUNK_SIZE } from '../../src/plugins/pagefind-index';
import { BUILDS } from '../support/build';

/** A page of a spelling: [page number (delta-encoded), locations, metadata locations]. */
type PackedPage = [number, number[], number[]];
/** An index word: its form without marks, its pages, and its spellings with theirs. */
type PackedWord = [string, PackedPage[], [string, PackedPage[]][]];

const SIGNATURE = 'pagefind_dcd';

/** Every word entry of one bundle's index chunks. */
function indexWords(bundle: string): PackedWord[] {
  const dir = join(bundle, 'index');
  return readdirSync(dir).flatMap((name) => {
    const raw = gunzipSync(readFileSync(join(dir, name)));
    expect(raw.subarray(0, SIGNATURE.length).toString()).toBe(SIGNATURE);
    const [words] = decode(raw.subarray(SIGNATURE.length), { useMaps: false }) as [PackedWord[]];
    return words;
  });
}

const { outDir } = BUILDS.root;
const bundles = [join(outDir, 'pagefind'), join(outDir, 'pagefind', ARCHIVE_BUNDLE)];

describe('the Pagefind index as written', () => {
  it.each(bundles)(
    '%s holds every spelling once: no two spellings of a word at the same places',
    (bundle) => {
      const words = indexWords(bundle);
      expect(words.length).toBeGreaterThan(100);
      const twice = words.flatMap(([word, , spellings]) => {
        const seen = new Map<string, string>();
        return spellings.flatMap(([form, pages]) => {
          const places = JSON.stringify(pages);
          const other = seen.get(places);
          seen.set(places, form);
          return other === undefined ? [] : [`${word}: ${other} = ${form}`];
        });
      });
      expect(twice).toEqual([]);
    },
  );

  it.each(bundles)(
    '%s spells Devanagari signs as letters, so no two keys of one consonant skeleton share an entry',
    (bundle) => {
      const words = indexWords(bundle);
      const forms = words.flatMap(([, , spellings]) => spellings.map(([form]) => form));
      expect(forms.filter((form) => /[\u0901-\u0903\u093C\u093E-\u094D]/u.test(form))).toEqual([]);
      // रक्षा and मंत्री are in both seed articles' parts, spelled as pagefindTerm spells them.
      expect(forms).toEqual(expect.arrayContaining([pagefindTerm('रक्षा\u0900'), pagefindTerm('मंत्री\u0900')]));
      // An entry holds one key: its spellings differ only by their last character, the tier mark,
      // and by what Pagefind's Hindi stemmer cuts off its end (a final vowel letter: जताई, जता).
      const stem = (form: string) => form.slice(0, -1).replace(/[\u0904-\u0914]+$/u, '');
      const mixed = words.filter(
        ([, , spellings]) => new Set(spellings.map(([form]) => stem(form))).size > 1,
      );
      expect(mixed.map(([word]) => word)).toEqual([]);
    },
  );
});

describe('chunk sizes', () => {
  it(`writes the recent part in chunks of ${RECENT_CHUNK_SIZE} units, the archive part in ${INDEX_CHUNK_SIZE}`, () => {
    // One article in each part at two articles: only the recent part's is split.
    const chunks = bundles.map((bundle) => readdirSync(join(bundle, 'index')).length);
    expect(chunks[0]).toBeGreaterThanOrEqual(2);
    expect(chunks[1]).toBe(1);
  });
});

describe('the tiers as written', () => {
  /** Locations of one page of a spelling: Pagefind writes a weight change as a negative number first. */
  const locations = ([, locs]: PackedPage) => locs.filter((loc) => loc >= 0).length;

  it.each(bundles)(
    '%s holds one location per page for every key (its first place), its next two under the repeat form',
    (bundle) => {
      const many = new Set<string>();
      const repeats = new Set<number>();
      for (const [, , spellings] of indexWords(bundle)) {
        for (const [form, pages] of spellings) {
          for (const page of pages) {
            if (form.startsWith(REPEAT_MARK)) repeats.add(locations(page));
            else if (locations(page) > 1) many.add(form);
          }
        }
      }
      // The date tokens follow the sections: a month's keys also in the text of an article of that month.
      const months = new Set(
        HINDI_MONTHS.flatMap((month) => {
          const keys = wordKeys(month);
          return [pagefindTerm(keys.exact + TIER_MARKS[0]), keys.phonetic + TIER_MARKS[3]];
        }),
      );
      expect([...many].filter((form) => !months.has(form))).toEqual([]);
      expect(many.size).toBeGreaterThan(0);
      // The seed articles repeat some keys more than three times (रक्षा, मंत्री).
      expect([...repeats].sort()).toEqual([1, 2]);
    },
  );
});
