/** Listing a built site's files, for the size report, the gates and the build-output tests. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below `dir`, as paths relative to it with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Every HTML file below `dir`, relative to it. */
export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}
