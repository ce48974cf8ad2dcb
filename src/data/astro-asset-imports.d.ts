/**
 * Astro's virtual module of the images content files reference (built into
 * `.astro/content-assets.mjs`): what `render()` itself reads to resolve Markdown images.
 */
declare module 'astro:asset-imports' {
  const images: Map<string, import('astro').ImageMetadata>;
  export default images;
}
