/**
 * Every check on a content folder in one pass, so one build reports every mistake in every
 * file: stray files, size limits, YAML (with line numbers, no aliases), the frontmatter schema,
 * topics and credits against the newsroom's data files (with "did you mean"), slug clashes,
 * and the body (raw HTML, links, images). It also decides which articles are held back: drafts
 * in production, and articles whose `published` time has not come.
 *
 * Frontmatter values are read with `parseFrontmatter` from `@astrojs/markdown-remark`, the
 * function Astro's glob loader uses, so the schema sees each file exactly as Astro will; the
 * `yaml` library reads the same text first for line numbers and bounds.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { slug as githubSlug } from 'github-slugger';
import { articleSchema, type ArticleData } from '../article-schema';
import { CREDIT_FIELDS, findCredit, type Credit } from '../credits';
import { creditSchema, topicSchema } from '../newsroom-schemas';
import type { Topic } from '../topics';
import { SLUG_PATTERN } from '../slug';
import { checkBody, scanBody, type BodyScan } from './body';
import { didYouMean } from './did-you-mean';
import { splitBilingual, type ContentError } from './errors';
import { classifyContentFiles } from './files';
import { fieldName, readYaml } from './yaml';

/** Largest article file, in bytes: a long feature is 100 KB; this is five times that. */
export const MAX_ARTICLE_BYTES = 512 * 1024;

/** Largest data file (`topics.yaml` and the like), in bytes. */
export const MAX_DATA_BYTES = 1024 * 1024;

/** What the check reads: the folder as messages name it, its file paths, and their text. */
export interface ContentInput {
  folder: string;
  paths: readonly string[];
  /** Byte size of a file, read before its text so an oversized file is never parsed. */
  size(path: string): number;
  read(path: string): string;
  now: Date;
  /** Whether drafts and future articles are built (under `npm run dev`). */
  preview: boolean;
  /** Parses a body for its checks; the content guard passes one that keeps results between builds. */
  scanBody?: (body: string) => BodyScan;
  /**
   * Checks a file's frontmatter (`check`), or answers from an earlier build's result for the same
   * file name and text: the content guard keeps them between builds, as it keeps body scans.
   */
  keptFrontmatter?: (key: string, check: () => CheckedFrontmatter) => CheckedFrontmatter;
}

/** What the frontmatter of one article file says: its errors, and its data when valid. */
export interface CheckedFrontmatter {
  errors: ContentError[];
  /** The YAML could not be read: nothing else of the file is checked. */
  unreadable: boolean;
  data?: ArticleData | undefined;
  slugField?: unknown;
}

/** An article that will not be built now, and why. */
export interface HeldArticle {
  file: string;
  slug: string;
  reason: 'draft' | 'scheduled';
  published: string;
}

/** The outcome: every error, the articles held back, and the slugs that will be built. */
export interface ContentReport {
  errors: ContentError[];
  held: HeldArticle[];
  built: { slug: string; file: string }[];
  topics: Topic[];
}

/** The slug an article is served under: its `slug` field when set, else its file name without `.md`. */
export function articleSlugFromPath(path: string, slugField?: unknown): string {
  // Astro's glob loader takes any truthy `slug` as the entry id, as it is.
  if (slugField) return String(slugField);
  const fileName = path.split(/[\\/]/).pop() ?? path;
  return githubSlug(fileName.replace(/\.md$/i, ''));
}

interface ParsedArticle {
  file: string;
  slug: string;
  slugFromField: boolean;
  data?: ArticleData | undefined;
  body: string;
  lineOf(path: readonly PropertyKey[]): number;
}

function readArticle(input: ContentInput, path: string, errors: ContentError[]): ParsedArticle | undefined {
  const file = `${input.folder}/${path}`;
  const size = input.size(path);
  if (size > MAX_ARTICLE_BYTES) {
    errors.push({
      file,
      hi: `फ़ाइल ${Math.ceil(size / 1024)} KB की है; लेख अधिकतम ${MAX_ARTICLE_BYTES / 1024} KB का हो सकता है: इसे छोटा करें या कई लेखों में बाँटें`,
      en: `the file is ${Math.ceil(size / 1024)} KB; an article may be at most ${MAX_ARTICLE_BYTES / 1024} KB: shorten it or split it into several articles`,
    });
    return undefined;
  }
  const source = input.read(path).replace(/^\uFEFF/, '');
  const frontmatter = extractFrontmatter(source);
  if (frontmatter === undefined) {
    errors.push({
      file,
      line: 1,
      hi: 'फ़्रंटमैटर नहीं है: फ़ाइल --- की पंक्ति, फ़ील्ड, फिर --- की पंक्ति से शुरू हो',
      en: 'no frontmatter block: the file must start with a --- line, the fields, then a --- line',
    });
    return undefined;
  }
  const check = () => checkFrontmatter(source, frontmatter, file);
  const checked = input.keptFrontmatter ? input.keptFrontmatter(`${file}\n${source}`, check) : check();
  errors.push(...checked.errors);
  if (checked.unreadable) return undefined;
  // As parseFrontmatter's 'empty-with-lines': the frontmatter's lines left empty, so body lines are the file's.
  const block = ['---', '+++'].map((d) => `${d}${frontmatter}${d}`).find((b) => source.includes(b)) ?? '';
  const body = block ? source.replace(block, frontmatter.replace(/[^\r\n]/g, '')) : source;
  if (body.trim() === '') {
    errors.push({
      file,
      field: 'body',
      hi: 'लेख का मुख्य भाग खाली है: दूसरी --- पंक्ति के बाद लेख लिखें',
      en: 'the body is empty: write the article below the second --- line',
    });
  }
  return {
    file,
    slug: articleSlugFromPath(path, checked.slugField),
    slugFromField: Boolean(checked.slugField),
    data: checked.data,
    body,
    // Read again only for an error found later (a topic or credit not in the data files).
    lineOf: (at) => readYaml(frontmatter, file, 1).lineOf(at),
  };
}

/** The checks of one file's frontmatter (YAML, then the schema), JSON-serialisable to be kept. */
function checkFrontmatter(source: string, frontmatter: string, file: string): CheckedFrontmatter {
  // extractFrontmatter keeps the newline after the opening ---, so its line 1 is the file's.
  const yaml = readYaml(frontmatter, file, 1);
  if (yaml.errors.length > 0) return { errors: yaml.errors, unreadable: true };
  let raw: unknown;
  try {
    raw = parseFrontmatter(source, { frontmatter: 'empty-with-lines' }).frontmatter ?? {};
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return {
      errors: [{ file, line: 1, hi: `YAML पढ़ा नहीं जा सका: ${reason}`, en: `the YAML cannot be read: ${reason}` }],
      unreadable: true,
    };
  }
  const errors: ContentError[] = [];
  const result = articleSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      errors.push({ file, line: yaml.lineOf(issue.path), field: fieldName(issue.path) || undefined, ...splitBilingual(issue.message) });
    }
  }
  const slugField = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)['slug'] : undefined;
  return { errors, unreadable: false, data: result.success ? result.data : undefined, slugField };
}

/** Reads a data file that maps keys (kebab-case slugs) to entries of `schema`. */
function readData<T>(
  input: ContentInput,
  path: string,
  schema: { safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  errors: ContentError[],
): (T & { id: string })[] {
  const file = `${input.folder}/${path}`;
  if (input.size(path) > MAX_DATA_BYTES) {
    errors.push({ file, hi: `फ़ाइल ${MAX_DATA_BYTES / 1024} KB से बड़ी है`, en: `the file is larger than ${MAX_DATA_BYTES / 1024} KB` });
    return [];
  }
  const yaml = readYaml(input.read(path), file);
  if (yaml.errors.length > 0) {
    errors.push(...yaml.errors);
    return [];
  }
  const value: unknown = yaml.doc.toJS();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push({
      file,
      line: 1,
      hi: 'यह फ़ाइल स्लग से प्रविष्टि की मैपिंग हो, जैसे defence: { label: "रक्षा" }',
      en: 'this file must map slugs to entries, like defence: { label: "रक्षा" }',
    });
    return [];
  }
  const entries: (T & { id: string })[] = [];
  for (const [id, entry] of Object.entries(value)) {
    if (!SLUG_PATTERN.test(id)) {
      errors.push({
        file,
        line: yaml.lineOf([id]),
        field: id,
        hi: `"${id}" स्लग नहीं है: छोटे लैटिन अक्षर और अंक, हाइफ़न से जुड़े, जैसे "rajnath-singh"`,
        en: `"${id}" is not a slug: lowercase Latin letters and digits joined by hyphens, like "rajnath-singh"`,
      });
      continue;
    }
    const result = schema.safeParse(entry);
    if (result.success) entries.push({ ...result.data, id });
    else {
      for (const issue of result.error.issues) {
        const at = [id, ...issue.path];
        errors.push({ file, line: yaml.lineOf(at), field: fieldName(at), ...splitBilingual(issue.message) });
      }
    }
  }
  return entries;
}

/** Topic and credit problems of one valid article. */
function checkReferences(
  article: ParsedArticle & { data: ArticleData },
  topics: ReadonlySet<string>,
  credits: ReadonlyMap<string, Credit[]>,
  folder: string,
): ContentError[] {
  const errors: ContentError[] = [];
  article.data.topics.forEach((topic, index) => {
    if (topics.has(topic)) return;
    const guess = didYouMean(topic, topics);
    errors.push({
      file: article.file,
      line: article.lineOf(['topics', index]),
      field: `topics[${index}]`,
      hi:
        `विषय "${topic}" ${folder}/topics.yaml में नहीं है।` +
        (guess ? ` क्या आपका मतलब "${guess}" था?` : '') +
        ` नया विषय हो तो उसे ${folder}/topics.yaml में जोड़ें`,
      en:
        `the topic "${topic}" is not in ${folder}/topics.yaml.` +
        (guess ? ` Did you mean "${guess}"?` : '') +
        ` If it is a new topic, add it to ${folder}/topics.yaml`,
    });
  });
  for (const [dataFile, field] of Object.entries(CREDIT_FIELDS)) {
    const list = credits.get(dataFile);
    const value = article.data[field];
    if (!list || value === undefined || findCredit(list, value)) continue;
    const guess = didYouMean(value, list.flatMap((credit) => [credit.name, ...(credit.latin ? [credit.latin] : [])]));
    errors.push({
      file: article.file,
      line: article.lineOf([field]),
      field,
      hi: `${field} "${value}" ${folder}/${dataFile} में नहीं है।` + (guess ? ` क्या आपका मतलब "${guess}" था?` : '') + ` नाम हो तो उसे ${folder}/${dataFile} में जोड़ें`,
      en: `the ${field} "${value}" is not in ${folder}/${dataFile}.` + (guess ? ` Did you mean "${guess}"?` : '') + ` If it is new, add it to ${folder}/${dataFile}`,
    });
  }
  return errors;
}

function slugClashes(articles: readonly ParsedArticle[]): ContentError[] {
  const claims = new Map<string, ParsedArticle[]>();
  for (const article of articles) claims.set(article.slug, [...(claims.get(article.slug) ?? []), article]);
  const errors: ContentError[] = [];
  for (const [slug, claimants] of claims) {
    if (claimants.length < 2) continue;
    const names = claimants.map(({ file }) => file).join(', ');
    for (const claimant of claimants) {
      const how = claimant.slugFromField ? 'slug field' : 'file name';
      errors.push({
        file: claimant.file,
        ...(claimant.slugFromField ? { line: claimant.lineOf(['slug']), field: 'slug' } : {}),
        hi: `स्लग "${slug}" (${claimant.slugFromField ? 'slug फ़ील्ड' : 'फ़ाइल नाम'} से) इन सबका है: ${names}; हर लेख को अपना स्लग दें`,
        en: `slug "${slug}" (from its ${how}) is used by all of ${names}; Astro would keep only one. Give each article its own slug`,
      });
    }
  }
  return errors;
}

/** Checks a whole content folder; see the module comment for what. */
export function checkContent(input: ContentInput): ContentReport {
  const files = classifyContentFiles(input.paths, input.folder);
  const errors = [...files.errors];
  let topics: Topic[] = [];
  const credits = new Map<string, Credit[]>();
  if (!files.data.includes('topics.yaml')) {
    errors.push({
      file: `${input.folder}/topics.yaml`,
      hi: 'topics.yaml नहीं है: हर विषय का स्लग और हिंदी नाम इसमें लिखें, जैसे defence: { label: "रक्षा" }',
      en: 'topics.yaml is missing: list every topic slug and its Hindi label in it, like defence: { label: "रक्षा" }',
    });
  }
  for (const path of files.data) {
    if (path === 'topics.yaml') {
      topics = readData(input, path, topicSchema, errors).map(({ id, ...topic }) => ({ slug: id, ...topic }));
    } else {
      credits.set(path, readData(input, path, creditSchema, errors));
    }
  }
  const articles = files.articles.flatMap((path) => readArticle(input, path, errors) ?? []);
  errors.push(...slugClashes(articles));
  const held: HeldArticle[] = [];
  const built: { slug: string; file: string }[] = [];
  for (const article of articles) {
    const data = article.data;
    if (!data) continue;
    if (!input.preview && data.draft) held.push({ file: article.file, slug: article.slug, reason: 'draft', published: data.published });
    else if (!input.preview && Date.parse(data.published) > input.now.getTime())
      held.push({ file: article.file, slug: article.slug, reason: 'scheduled', published: data.published });
    else built.push({ slug: article.slug, file: article.file });
  }
  const topicSlugs = new Set(topics.map((topic) => topic.slug));
  const slugs = new Set(built.map(({ slug }) => slug));
  const images = new Set(files.images);
  for (const article of articles) {
    if (article.data) errors.push(...checkReferences({ ...article, data: article.data }, topicSlugs, credits, input.folder));
    const context = { file: article.file, slug: article.slug, slugs, images };
    errors.push(...checkBody(article.body, context, (input.scanBody ?? scanBody)(article.body)));
  }
  built.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
  return { errors, held, built, topics };
}
