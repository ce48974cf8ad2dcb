/**
 * Authors, desks and agencies as newsroom data (`authors.yaml`, `desks.yaml`, `agencies.yaml`
 * in the content folder, each optional): their schema, and how an article's credit is matched
 * to an entry. When a file is present, every credit of its kind must match one of its entries.
 * The schema is in `newsroom-schemas.ts`.
 */

/** One author, desk or agency, with the key it is filed under. */
export interface Credit {
  id: string;
  name: string;
  latin?: string | undefined;
  url?: string | undefined;
}

/** The entry an article's credit names, by key, Hindi name or Latin name. */
export function findCredit(credits: readonly Credit[], value: string): Credit | undefined {
  return credits.find((credit) => credit.id === value || credit.name === value || credit.latin === value);
}

/** Which article field each data file checks. */
export const CREDIT_FIELDS = {
  'authors.yaml': 'author',
  'desks.yaml': 'desk',
  'agencies.yaml': 'agency',
} as const;

/**
 * The name a page prints for an article's credit: the entry's Hindi `name` when the article gives
 * the entry's key (`author: krishna-bihari-singh`), else the credit as the article writes it (a
 * name as printed in the source byline stays as printed).
 */
export function creditDisplayName(credits: readonly Credit[], value: string): string {
  return credits.find((credit) => credit.id === value)?.name ?? value;
}
