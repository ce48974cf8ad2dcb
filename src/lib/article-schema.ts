/**
 * The article frontmatter schema. Its messages are sentence pairs for the publisher reading a
 * build log, Hindi then English (see `content/errors.ts`), and each names the field it is
 * about. Dates stay the strings the publisher wrote (with their UTC offset);
 * `src/lib/dates.ts` parses them where they are shown. Whether a topic exists is checked
 * against `topics.yaml` by the content guard, which also suggests the nearest known topic.
 */
import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { bilingual } from './content/errors';

import { SLUG_PATTERN } from './slug';

export { SLUG_PATTERN };

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:Z|[+-](\d{2}):(\d{2}))$/;

const EXAMPLE_DATE = '2021-04-09T19:41:00+05:30';

/** Longest headline and standfirst, in characters: far beyond any real one, short of abuse. */
export const LIMITS = {
  title: 200,
  standfirst: 600,
  dateline: 80,
  credit: 120,
  correction: 2000,
  alt: 300,
  caption: 500,
} as const;

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

/** The same, in Hindi. */
function describeValueHi(value: unknown): string {
  if (value === null) return 'खाली मान';
  if (value instanceof Date) return 'बिना उद्धरण चिह्नों की तारीख़';
  if (Array.isArray(value)) return 'सूची';
  if (typeof value === 'object') return 'मैपिंग';
  if (typeof value === 'number') return `संख्या ${value}`;
  return `मान ${String(value)}`;
}

function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function wrongType(field: string, input: unknown): string {
  return input === undefined
    ? bilingual(`${field} ज़रूरी है: इसे जोड़ें`, `${field} is required: add it`)
    : bilingual(
        `${field} उद्धरण चिह्नों में लिखा पाठ होना चाहिए, ${describeValueHi(input)} नहीं`,
        `${field} must be a quoted string, not ${describeValue(input)}`,
      );
}

function unknownFields(prefix: string, keys: readonly string[], allowed: readonly string[]): string {
  const names = keys.map((key) => quote(`${prefix}${key}`)).join(', ');
  const owner = prefix ? `of ${prefix.slice(0, -1)} ` : '';
  return bilingual(
    `अनजाना फ़ील्ड ${names}; इसे हटाएँ या ठीक लिखें। मान्य फ़ील्ड: ${allowed.join(', ')}`,
    `unknown field${keys.length === 1 ? '' : 's'} ${names}; remove or correct ${keys.length === 1 ? 'it' : 'them'}. ` +
      `The allowed fields ${owner}are ${allowed.join(', ')}`,
  );
}

/** A string that must hold more than whitespace and at most `max` characters. */
function text(field: string, max: number) {
  return (
    z
      .string({ error: (issue) => wrongType(field, issue.input) })
      // One Unicode form for all text, so search and highlighting match what a reader types.
      .overwrite((value) => value.normalize('NFC'))
      .refine((value) => value.trim() !== '', {
        abort: true,
        error: bilingual(`${field} खाली नहीं हो सकता: इसमें पाठ लिखें`, `${field} must not be empty: write it`),
      })
      .refine((value) => value.length <= max, {
        error: (issue) =>
          bilingual(
            `${field} में ${String(issue.input).length} अक्षर हैं; अधिकतम ${max} हो सकते हैं, इसे छोटा करें`,
            `${field} is ${String(issue.input).length} characters long; the limit is ${max}, shorten it`,
          ),
      })
  );
}

/** An ISO 8601 date-time string with its offset, as the publisher wrote it. */
function dateTime(field: string) {
  return z
    .string({
      error: (issue) =>
        issue.input instanceof Date
          ? bilingual(
              `${field} उद्धरण चिह्नों में लिखें: बिना उनके YAML इसे तारीख़ मानकर UTC अंतर मिटा देता है। ` +
                `ऐसे लिखें: ${field}: "${EXAMPLE_DATE}"`,
              `${field} must be in quotes: unquoted, YAML reads it as a date and drops its UTC offset. ` +
                `Write it as ${field}: "${EXAMPLE_DATE}" (quoted, with the offset)`,
            )
          : wrongType(field, issue.input),
    })
    .refine((value) => ISO_DATE_TIME.test(value), {
      abort: true,
      error: (issue) =>
        bilingual(
          `${field} UTC अंतर सहित ISO 8601 तारीख़-समय होना चाहिए, जैसे "${EXAMPLE_DATE}"; लिखा है ${quote(issue.input)}`,
          `${field} must be an ISO 8601 date-time with a UTC offset, like "${EXAMPLE_DATE}"; got ${quote(issue.input)}`,
        ),
    })
    .refine(isIsoDateTimeWithOffset, {
      error: (issue) =>
        bilingual(
          `${field} असली तारीख़ और समय नहीं है: ${quote(issue.input)}; कैलेंडर से जाँचें`,
          `${field} is not a real date and time: ${quote(issue.input)}; check it against a calendar`,
        ),
    });
}

const publisherShape = {
  name: text('publisher.name', LIMITS.credit),
  url: z
    .url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: (issue) =>
        bilingual(
          `publisher.url पूरा http(s) पता होना चाहिए, जैसे "https://example.com/"; लिखा है ${quote(issue.input)}`,
          `publisher.url must be a full http(s) address like "https://example.com/"; got ${quote(issue.input)}`,
        ),
    })
    .optional(),
};

const publisherSchema = z.strictObject(publisherShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? unknownFields('publisher.', issue.keys, Object.keys(publisherShape))
      : issue.input === undefined
        ? bilingual(
            'publisher ज़रूरी है: कम से कम नाम के साथ, जैसे publisher: { name: "…" }',
            'publisher is required: a mapping with at least a name, like publisher: { name: "…" }',
          )
        : bilingual(
            `publisher नाम वाली मैपिंग होनी चाहिए, जैसे publisher: { name: "…" }, ${describeValueHi(issue.input)} नहीं`,
            `publisher must be a mapping with at least a name, like publisher: { name: "…" }, not ${describeValue(issue.input)}`,
          ),
});

const topicsSchema = z
  .array(
    z.string({ error: (issue) => wrongType('topics', issue.input) }).regex(SLUG_PATTERN, {
      error: (issue) =>
        bilingual(
          `topics में ${quote(issue.input)} विषय का स्लग नहीं है: topics.yaml में दिए स्लग लिखें, जैसे "defence"`,
          `topics has ${quote(issue.input)}, which is not a topic slug: use the slugs in topics.yaml, like "defence"`,
        ),
    }),
    {
      error: (issue) =>
        issue.input === undefined
          ? bilingual(
              'topics ज़रूरी है: विषयों के स्लग की सूची, जैसे ["defence"]',
              'topics is required: a list of topic slugs, like ["defence"]',
            )
          : bilingual(
              `topics विषयों के स्लग की सूची होनी चाहिए, जैसे ["defence"], ${describeValueHi(issue.input)} नहीं`,
              `topics must be a list of topic slugs, like ["defence"], not ${describeValue(issue.input)}`,
            ),
    },
  )
  .min(1, bilingual('topics में कम से कम एक विषय लिखें', 'topics must list at least one topic'))
  .max(12, bilingual('topics में 12 से ज़्यादा विषय नहीं हो सकते', 'topics must list at most 12 topics'))
  .refine(
    (topics) => new Set(topics).size === topics.length,
    bilingual('topics में एक ही विषय दो बार है: एक हटाएँ', 'topics lists the same topic twice: remove one'),
  );

const correctionShape = {
  date: dateTime('corrections.date'),
  text: text('corrections.text', LIMITS.correction),
};

const correctionsSchema = z.array(
  z.strictObject(correctionShape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields('corrections.', issue.keys, Object.keys(correctionShape))
        : bilingual(
            'हर सुधार में date और text हों, जैसे - { date: "…", text: "…" }',
            'each correction has a date and a text, like - { date: "…", text: "…" }',
          ),
  }),
  {
    error: bilingual(
      'corrections सुधारों की सूची होनी चाहिए, जैसे corrections: [{ date: "…", text: "…" }]',
      'corrections must be a list, like corrections: [{ date: "…", text: "…" }]',
    ),
  },
);

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
          bilingual(
            `image.src लेख के पास रखी फ़ाइल होनी चाहिए, जैसे "./photo.jpg", वेब पता नहीं: ${quote(issue.input)}। ` +
              'फ़ोटो (छापने के अधिकार के साथ) डाउनलोड करके content/ में रखें',
            `image.src must be a file next to the article, like "./photo.jpg", not a web address: ${quote(issue.input)}. ` +
              'Download the photo (with the right to publish it) and put it in content/',
          ),
      })
      .refine((src) => IMAGE_FILE.test(src), {
        abort: true,
        error: (issue) =>
          bilingual(
            `image.src JPEG, PNG, WebP या AVIF फ़ाइल होनी चाहिए, जैसे "./photo.jpg"; मिला ${quote(issue.input)}`,
            `image.src must be a JPEG, PNG, WebP or AVIF file, like "./photo.jpg"; got ${quote(issue.input)}`,
          ),
      })
      // Astro types image() by its output (image metadata), though its input is the path string.
      .pipe(image() as unknown as z.ZodType<z.output<ReturnType<ImageFunction>>, string>),
    alt: text('image.alt', LIMITS.alt).refine(
      (alt) => /\p{Script=Devanagari}/u.test(alt),
      bilingual(
        'image.alt में फ़ोटो का वर्णन हिंदी (देवनागरी) में लिखें, उन पाठकों के लिए जो इसे देख नहीं सकते',
        'image.alt must describe the photo in Hindi (Devanagari), for readers who cannot see it',
      ),
    ),
    caption: text('image.caption', LIMITS.caption).optional(),
    credit: text('image.credit', LIMITS.credit).optional(),
  };
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? unknownFields('image.', issue.keys, Object.keys(shape))
        : bilingual(
            `image एक मैपिंग होनी चाहिए, जैसे image: { src: "./photo.jpg", alt: "…" }, ${describeValueHi(issue.input)} नहीं`,
            `image must be a mapping like image: { src: "./photo.jpg", alt: "…" }, not ${describeValue(issue.input)}`,
          ),
  });
}

const articleShape = {
  title: text('title', LIMITS.title),
  standfirst: text('standfirst', LIMITS.standfirst),
  published: dateTime('published'),
  updated: dateTime('updated').optional(),
  datePrecision: z
    .enum(['minute', 'day'], {
      error: (issue) =>
        bilingual(
          `datePrecision "minute" या "day" होना चाहिए, ${quote(issue.input)} नहीं`,
          `datePrecision must be "minute" or "day", not ${quote(issue.input)}`,
        ),
    })
    .default('minute'),
  author: text('author', LIMITS.credit).optional(),
  agency: text('agency', LIMITS.credit).optional(),
  dateline: text('dateline', LIMITS.dateline),
  publisher: publisherSchema,
  desk: text('desk', LIMITS.credit).optional(),
  topics: topicsSchema,
  draft: z
    .boolean({
      error: bilingual(
        'draft true या false होना चाहिए (बिना उद्धरण चिह्नों के)',
        'draft must be true or false (unquoted)',
      ),
    })
    .default(false),
  corrections: correctionsSchema.default([]),
  slug: z
    .string({ error: (issue) => wrongType('slug', issue.input) })
    .regex(
      SLUG_PATTERN,
      bilingual(
        'slug छोटे लैटिन अक्षरों और अंकों के शब्द हों, एक-एक हाइफ़न से जुड़े, जैसे "rajnath-singh-hegseth-call"',
        'slug must be kebab-case Latin: lowercase letters and digits in words joined by single hyphens, ' +
          'like "rajnath-singh-hegseth-call"',
      ),
    )
    .max(100, bilingual('slug 100 अक्षरों से लंबा नहीं हो सकता', 'slug must be at most 100 characters'))
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
          : bilingual(
              `फ़्रंटमैटर फ़ील्डों की YAML मैपिंग होनी चाहिए (title: "…"), ${describeValueHi(issue.input)} नहीं`,
              `the frontmatter must be a YAML mapping of fields (title: "…"), not ${describeValue(issue.input)}`,
            ),
    })
    .superRefine(
      (article, ctx) => {
        if (article.updated !== undefined && Date.parse(article.updated) < Date.parse(article.published)) {
          ctx.addIssue({
            code: 'custom',
            path: ['updated'],
            input: article.updated,
            message: bilingual(
              `updated (${quote(article.updated)}) published (${quote(article.published)}) से पहले नहीं हो सकता`,
              `updated (${quote(article.updated)}) must not be before published (${quote(article.published)})`,
            ),
          });
        }
        article.corrections.forEach((correction, index) => {
          if (Date.parse(correction.date) < Date.parse(article.published)) {
            ctx.addIssue({
              code: 'custom',
              path: ['corrections', index, 'date'],
              input: correction.date,
              message: bilingual(
                `सुधार की तारीख़ (${quote(correction.date)}) published से पहले नहीं हो सकती`,
                `the correction's date (${quote(correction.date)}) must not be before published`,
              ),
            });
          }
        });
      },
      {
        // Compare the dates whenever both are valid, even if other fields are wrong, so one build
        // log lists every mistake.
        when: (payload) =>
          isRecord(payload.value) &&
          !payload.issues.some((issue) =>
            ['published', 'updated', 'corrections'].includes(String(issue.path?.[0])),
          ),
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
