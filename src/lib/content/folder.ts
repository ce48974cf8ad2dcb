/** The articles' folder, as the collection (src/content.config.ts) reads it. */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** `content/` in the project, or `CONTENT_DIR` (fixture builds, generated archives); absolute. */
export function contentDir(root: URL | string = process.cwd()): string {
  return resolve(typeof root === 'string' ? root : fileURLToPath(root), process.env['CONTENT_DIR'] ?? 'content');
}
