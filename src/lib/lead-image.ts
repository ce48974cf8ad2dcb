/**
 * Checks of a lead image file that the schema cannot make (Astro resolves the file only later,
 * and a missing one would otherwise surface as an import error that names no article).
 * Pure: the caller looks at the file and passes what it found.
 */
import type { ContentError } from './content/errors';
import { MIN_LEAD_IMAGE_WIDTH } from './images';

/** What the build found at an article's `image.src`. */
export interface LeadImageFile {
  /** The article file, relative to the project (`content/x.md`). */
  article: string;
  /** Line of `src:` in the article file (1-based). */
  line: number;
  /** `image.src` as written. */
  src: string;
  /** The image file, relative to the project. */
  path: string;
  exists: boolean;
  /** Pixel width, when the file could be read. */
  width?: number | undefined;
}

/** What is wrong with a lead image file, as content errors (Hindi, then English); none when it is fine. */
export function leadImageProblems(file: LeadImageFile): ContentError[] {
  const at = { file: file.article, line: file.line, field: 'image.src' };
  if (!file.exists) {
    return [
      {
        ...at,
        hi: `तस्वीर की फ़ाइल ${file.path} नहीं मिली ("${file.src}"): फ़ोटो को ख़बर की फ़ाइल के पास रखें।`,
        en: `"${file.src}" does not exist (looked for ${file.path}). Put the photo next to the article.`,
      },
    ];
  }
  if (file.width === undefined) {
    return [
      {
        ...at,
        hi: `${file.path} पढ़ने लायक़ तस्वीर नहीं है: JPEG, PNG, WebP या AVIF फ़ाइल रखें।`,
        en: `"${file.src}" is not an image that can be read: use a JPEG, PNG, WebP or AVIF file.`,
      },
    ];
  }
  if (file.width < MIN_LEAD_IMAGE_WIDTH) {
    return [
      {
        ...at,
        hi:
          `मुख्य तस्वीर कम से कम ${MIN_LEAD_IMAGE_WIDTH} पिक्सेल चौड़ी होनी चाहिए, यह ${file.width} पिक्सेल की है: ` +
          'बड़ी तस्वीर लगाएँ।',
        en:
          `"${file.src}" is ${file.width} px wide; a lead image needs at least ${MIN_LEAD_IMAGE_WIDTH} px ` +
          '(for sharp screens and share previews): use a larger photo.',
      },
    ];
  }
  return [];
}

/** The 1-based line of the lead image's `src:` in an article's source (the `image:` line when not found). */
export function leadImageLine(source: string): number {
  const lines = source.split('\n');
  const image = lines.findIndex((line) => /^image\s*:/.test(line));
  if (image === -1) return 1;
  if (/\bsrc\s*:/.test(lines[image] ?? '')) return image + 1;
  const src = lines.findIndex((line, i) => i > image && /^\s+src\s*:/.test(line));
  return (src === -1 ? image : src) + 1;
}
