/** The two builds every build-output test reads, made once by tests/build/global-setup.ts. */
import { siteBuilds } from '../../scripts/lib/site-build';

export { ROOT, TEST_SITE_URL, astroBuild } from '../../scripts/lib/site-build';

/** `dist/` (at `/`) and `dist-khabar/` (under `/khabar/`). */
export const BUILDS = siteBuilds('dist');
