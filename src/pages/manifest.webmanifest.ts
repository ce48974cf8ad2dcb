import type { APIRoute } from 'astro';
import { webAppManifest } from '../lib/reader/manifest';
import { BASE_PATH } from '../lib/paths';
import { SITE_DESCRIPTION, SITE_NAME, readerText } from '../lib/strings';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webAppManifest(
        { name: SITE_NAME, shortName: readerText.appShortName, description: SITE_DESCRIPTION },
        BASE_PATH,
      ),
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
