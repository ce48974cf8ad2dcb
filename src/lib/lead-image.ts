/**
 * Checks of a lead image file that the schema cannot make (Astro resolves the file only later,
 * and a missing one would otherwise surface as an import error that names no article).
 * Pure: the caller looks at the file and passes what it found.
 */
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

/** Build-log lines (English, then Hindi) for what is wrong with a lead image file; none when it is fine. */
export function leadImageProblems(file: LeadImageFile): string[] {
  const where = `${file.article}:${file.line}: image.src`;
  if (!file.exists) {
    return [
      `${where} "${file.src}" does not exist (looked for ${file.path}). Put the photo next to the article. / ` +
        `तस्वीर की फ़ाइल ${file.path} नहीं मिली: फ़ोटो को ख़बर की फ़ाइल के पास रखें।`,
    ];
  }
  if (file.width === undefined) {
    return [`${where} "${file.src}" is not an image that can be read. / ${file.path} पढ़ने लायक़ तस्वीर नहीं है।`];
  }
  if (file.width < MIN_LEAD_IMAGE_WIDTH) {
    return [
      `${where} "${file.src}" is ${file.width} px wide; a lead image needs at least ${MIN_LEAD_IMAGE_WIDTH} px ` +
        `(for sharp screens and share previews). / मुख्य तस्वीर कम से कम ${MIN_LEAD_IMAGE_WIDTH} पिक्सेल चौड़ी होनी चाहिए, ` +
        `यह ${file.width} पिक्सेल की है।`,
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
