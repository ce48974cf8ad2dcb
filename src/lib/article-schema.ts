/**
 * The article frontmatter schema. Its messages are English sentences for the publisher reading
 * a build log, and each names the field it is about. Dates stay the strings the publisher
 * wrote (with their UTC offset); `src/lib/dates.ts` parses them where they are shown.
 */
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { TOPIC_SLUGS } from './topics';

/** A URL slug: lowercase Latin letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))$/;

const EXAMPLE_DATE = '2021-04-09T19:41:00+05:30';

/** Whether `value` is `YYYY-MM-DDTHH:MM(:SS)` plus `Z` or `±HH:MM`, naming a real calendar day and time. */
export function isIsoDateTimeWithOffset(value: string): boolean {
  const match = ISO_DATE_TIME.exec(value);
  if (!match) return false;
  const [year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, offsetHour = 0, offsetMinute = 0] =
    match.slice(1).map((part) => Number(part ?? '0'));
  // Day 0 of the next month is the last day of this one, so this counts 28/29/30/31 correctly.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return (
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth &&
    hour <= 23 &&
    minute <= 59 &&
    second <= 59 &&
    offsetHour <= 14 &&
    offsetMinute <= 59
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** How a wrongly typed YAML value reads in a message. */
function describeValue(value: unknown): string {
  if (value === null) return 'an empty value';
  if (value instanceof Date) return 'an unquoted date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'number') return `the number ${value}`;
  return `the value ${String(value)}`;
}

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function wrongType(field: string, input: unknown): string {
  return input === undefined
    ? `${field} is required`
    : `${field} must be a quoted string, not ${describeValue(input)}`;
}

function unknownFields(prefix: string, keys: readonly string[], allowed: readonly string[]): string {
  const names = keys.map((key) => quote(`${prefix}${key}`)).join(', ');
  const owner = prefix ? `of ${prefix.slice(0, -1)} ` : '';
  return `unknown field${keys.length === 1 ? '' : 's'} ${names}; the allowed fields ${owner}are ${allowed.join(', ')}`;
}

/** A string that must hold more than whitespace. */
function text(field: string) {
  return z
    .string({ error: (issue) => wrongType(field, issue.input) })
    .refine((value) => value.trim() !== '', `${field} must not be empty`);
}

/** An ISO 8601 date-time string with its offset, as the publisher wrote it. */
function dateTime(field: string) {
  return z
    .string({
      error: (issue) =>
        issue.input instanceof Date
          ? `${field} must be in quotes: unquoted, YAML reads it as a date and drops its UTC offset. ` +
            `Write it as ${field}: "${EXAMPLE_DATE}" (quoted, with the offset)`
          : wrongType(field, issue.input),
    })
    .refine((value) => ISO_DATE_TIME.test(value), {
      abort: true,
      error: (issue) =>
        `${field} must be an ISO 8601 date-time with a UTC offset, like "${EXAMPLE_DATE}"; got ${quote(issue.input)}`,
    })
    .refine(isIsoDateTimeWithOffset, {
      error: (issue) => `${field} is not a real date and time: ${quote(issue.input)}`,
    });
}

const publisherShape = {
  name: text('publisher.name'),
  url: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: (issue) =>
        `publisher.url must be a full http(s) address like "https://example.com/"; got ${quote(issue.input)}`,
    })
    .optional(),
};

const publisherSchema = z.strictObject(publisherShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? unknownFields('publisher.', issue.keys, Object.keys(publisherShape))
      : issue.input === undefined
        ? 'publisher is required: a mapping with at least a name, like publisher: { name: "…" }'
        : `publisher must be a mapping with at least a name, like publisher: { name: "…" }, not ${describeValue(issue.input)}`,
});

const topicsSchema = z
  .array(
    z.enum(TOPIC_SLUGS, {
      error: (issue) =>
        `topics has an unknown topic ${quote(issue.input)}; the known topics are ${TOPIC_SLUGS.join(', ')} ` +
        '(add new topics to src/lib/topics.ts)',
    }),
    {
      error: (issue) =>
        issue.input === undefined
          ? 'topics is required: a list of topic slugs, like ["defence"]'
          : `topics must be a list of topic slugs, like ["defence"], not ${describeValue(issue.input)}`,
    },
  )
  .min(1, 'topics must list at least one topic')
  .refine((topics) => new Set(topics).size === topics.length, 'topics lists the same topic twice');

/** A URL or protocol-relative address: lead images must be files beside the article. */
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Raster formats Astro's image service turns into AVIF and WebP. */
const IMAGE_FILE = /\.(?:jpe?g|png|webp|avif|tiff?)$/i;

/** The lead image: a file beside the article (through Astro's `image()`), described in Hindi. */
function leadImageSchema(image: ImageFunction) {
  const shape = {
    src: z
      .string({ error: (issue) => wrongType('image.src', issue.input) })
      .refine((src) => !REMOTE.test(src), {
        abort: true,
        error: (issue) =>
          `image.src must be a file next to the article, like "./photo.jpg", not a web address: ${quote(issue.input)}. ` +
          'Download the photo (with the right to publish it) and put it in content/',
      })
      .refine((src) => IMAGE_FILE.test(src), {
        abort: true,
        error: (issue) =>
          `image.src must be a JPEG, PNG, WebP or AVIF file, like "./photo.jpg"; got ${quote(issue.input)}`,
      })
      // Astro types image() by its output (image metadata), though its input is the path string.
      .pipe(image() as unknown as z.ZodType<z.output<ReturnType<ImageFunction>>, string>),
    alt: text('image.alt').refine(
      (alt) => /\p{Script=Devanagari}/u.test(alt),
      'image.alt must describe the photo in Hindi (Devanagari), for readers who cannot see it',
    ),
    caption: text('image.caption').optional(),
    credit: text('image.credit').optional(),
  };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields('image.', issue.keys, Object.keys(shape))
        : `image must be a mapping like image: { src: "./photo.jpg", alt: "…" }, not ${describeValue(issue.input)}`,
  });
}

const articleShape = {
  title: text('title'),
  standfirst: text('standfirst'),
  published: dateTime('published'),
  updated: dateTime('updated').optional(),
  datePrecision: z
    .enum(['minute', 'day'], {
      error: (issue) => `datePrecision must be "minute" or "day", not ${quote(issue.input)}`,
    })
    .default('minute'),
  author: text('author').optional(),
  agency: text('agency').optional(),
  dateline: text('dateline'),
  publisher: publisherSchema,
  desk: text('desk').optional(),
  topics: topicsSchema,
  slug: z
    .string({ error: (issue) => wrongType('slug', issue.input) })
    .regex(
      SLUG_PATTERN,
      'slug must be kebab-case Latin: lowercase letters and digits in words joined by single hyphens, ' +
        'like "rajnath-singh-hegseth-call"',
    )
    .optional(),
};

/**
 * The frontmatter of one article: every field, its type and its rules; unknown fields are errors.
 * `image` is Astro's schema helper (from `defineCollection({ schema: ({ image }) => … })`).
 */
export function createArticleSchema(image: ImageFunction) {
  const shape = { ...articleShape, image: leadImageSchema(image).optional() };
  return z
    .strictObject(shape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? unknownFields('', issue.keys, Object.keys(shape))
          : `the frontmatter must be a YAML mapping of fields (title: "…"), not ${describeValue(issue.input)}`,
    })
    .superRefine(
      (article, ctx) => {
        if (article.updated !== undefined && Date.parse(article.updated) < Date.parse(article.published)) {
          ctx.addIssue({
            code: 'custom',
            path: ['updated'],
            input: article.updated,
            message: `updated (${quote(article.updated)}) must not be before published (${quote(article.published)})`,
          });
        }
      },
      {
        // Compare the dates whenever both are valid, even if other fields are wrong, so one build
        // log lists every mistake.
        when: (payload) =>
          isRecord(payload.value) &&
          !payload.issues.some((issue) => issue.path?.[0] === 'published' || issue.path?.[0] === 'updated'),
      },
    );
}

/**
 * Stands in for Astro's `image()` where no Astro build runs (unit tests, frontmatter checks):
 * the path passes through unchanged. The build checks that the file exists and is large enough
 * (src/lib/lead-image.ts).
 */
const imagePathOnly = (() => z.string()) as unknown as ImageFunction;

/** The article schema with image paths left as written, for code that runs outside an Astro build. */
export const articleSchema = createArticleSchema(imagePathOnly);

/** The validated frontmatter of one article, with the lead image as Astro's image metadata. */
export type ArticleData = z.infer<ReturnType<typeof createArticleSchema>>;
