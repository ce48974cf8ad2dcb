/** The web app manifest, so the site installs on a phone's home screen. */
import { withBase } from '../paths';

/** Colours of the installed app: the site's paper and brand tokens (src/styles/global.css). */
export const APP_COLOURS = { background: '#fffdf9', theme: '#b3261e' } as const;

/** The manifest for a site under `base`: start URL and scope stay inside the base path. */
export function webAppManifest(
  names: { name: string; shortName: string; description: string },
  base: string,
) {
  return {
    name: names.name,
    short_name: names.shortName,
    description: names.description,
    lang: 'hi',
    dir: 'ltr',
    id: withBase('', base),
    start_url: withBase('', base),
    scope: withBase('', base),
    display: 'standalone',
    background_color: APP_COLOURS.background,
    theme_color: APP_COLOURS.theme,
    icons: [
      { src: withBase('icons/icon-192.png', base), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: withBase('icons/icon-512.png', base), sizes: '512x512', type: 'image/png', purpose: 'any' },
      {
        src: withBase('icons/maskable-512.png', base),
        sizes: '512x512',
        type: 'image/png',
        purpose: 'maskable',
      },
    ],
  };
}
