/**
 * Checks on the article files that the frontmatter schema cannot make, because they look at
 * the body or at several files at once. The content guard runs them before every build.
 *
 * Frontmatter is read with `parseFrontmatter` from `@astrojs/markdown-remark`: the function
 * Astro's own glob loader uses (the same `---` block pattern, the same js-yaml), so these
 * checks see each file exactly as Astro will. Slugs follow Astro's rule too: the `slug` field
 * when set, else the file name put through github-slugger. Folders are left out of the slug
 * (Astro keeps them), because every article is routed at `/news/<slug>/`: two `meeting.md`
 * files in different folders are reported as a clash.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { slug as githubSlug } from 'github-slugger';

/** One Markdown file: its path (as it should appear in messages) and its text. */
export interface ArticleFile {
  path: string;
  source: string;
}

/** The slug an article is served under: its `slug` field when set, else its file name without `.md`. */
export function articleSlugFromPath(path: string, slugField?: unknown): string {
  // Astro's glob loader takes any truthy `slug` as the entry id, as it is.
  if (slugField) return String(slugField);
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return githubSlug(fileName.replace(/\.md$/i, ''));
}

/** The first line of a YAML error ("bad indentation of a mapping entry (3:7)"). */
function yamlReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

interface Inspected {
  errors: string[];
  slug: string;
  slugFromField: boolean;
}

function inspect({ path, source }: ArticleFile): Inspected {
  if (extractFrontmatter(source) === undefined) {
    return {
      errors: [
        `${path}: no frontmatter block (the file must start with a --- line, the fields, then a --- line)`,
      ],
      slug: articleSlugFromPath(path),
      slugFromField: false,
    };
  }
  let parsed: { frontmatter: Record<string, unknown>; content: string };
  try {
    parsed = parseFrontmatter(source);
  } catch (error) {
    return {
      errors: [`${path}: frontmatter is not valid YAML: ${yamlReason(error)}`],
      slug: articleSlugFromPath(path),
      slugFromField: false,
    };
  }
  const slugField = parsed.frontmatter['slug'];
  return {
    errors: parsed.content.trim() === '' ? [`${path}: body is empty`] : [],
    slug: articleSlugFromPath(path, slugField),
    slugFromField: Boolean(slugField),
  };
}

/**
 * Problems with a set of article files, one readable line each naming the file and the field
 * (empty when all is well): a missing frontmatter block, unreadable YAML, an empty body, and
 * two or more files resolving to one slug, of which Astro would silently keep only one.
 */
export function checkArticleFiles(files: readonly ArticleFile[]): string[] {
  const errors: string[] = [];
  const claims = new Map<string, { path: string; slugFromField: boolean }[]>();
  for (const file of files) {
    const { errors: fileErrors, slug, slugFromField } = inspect(file);
    errors.push(...fileErrors);
    claims.set(slug, [...(claims.get(slug) ?? []), { path: file.path, slugFromField }]);
  }
  for (const [slug, claimants] of claims) {
    if (claimants.length < 2) continue;
    const how = claimants
      .map(({ path, slugFromField }) => `${path} by its ${slugFromField ? 'slug field' : 'file name'}`)
      .join(', ');
    const paths = claimants.map(({ path }) => path).join(', ');
    const all = claimants.length === 2 ? 'both' : `all ${claimants.length}`;
    errors.push(
      `${paths}: slug "${slug}" is used by ${all} (${how}); Astro would keep only one of them. ` +
        'Give each article its own slug.',
    );
  }
  return errors;
}
