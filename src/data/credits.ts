/** The bridge from the optional `authors.yaml` and `agencies.yaml` collections to the names pages print. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { creditDisplayName, type Credit } from '../lib/credits';
import type { Article } from './articles';

type CreditFile = 'authors' | 'agencies';

const loaded = new Map<CreditFile, Promise<Credit[]>>();

/** The entries of one credit file, loaded once per build; none when the file does not exist. */
function credits(name: CreditFile): Promise<Credit[]> {
  let list = loaded.get(name);
  if (!list) {
    // These collections exist only when their file does (src/content.config.ts), so they have no
    // static type, and asking for a missing one would log a warning on every build.
    const present = existsSync(join(process.env['CONTENT_DIR'] ?? './content', `${name}.yaml`));
    const read = getCollection as unknown as (
      collection: string,
    ) => Promise<{ id: string; data: Omit<Credit, 'id'> }[]>;
    list = present
      ? read(name).then((entries) => entries.map(({ id, data }) => ({ ...data, id })))
      : Promise.resolve([]);
    loaded.set(name, list);
  }
  return list;
}

/** A function giving an article with its author and agency as pages print them (an entry's key becomes its Hindi name). */
export async function creditNamer(): Promise<(article: Article) => Article> {
  const [authors, agencies] = await Promise.all([credits('authors'), credits('agencies')]);
  return (article) => ({
    ...article,
    author: article.author === undefined ? undefined : creditDisplayName(authors, article.author),
    agency: article.agency === undefined ? undefined : creditDisplayName(agencies, article.agency),
  });
}
