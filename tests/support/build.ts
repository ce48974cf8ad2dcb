/** The two builds every build-output test reads, made once by tests/build/global-setup.ts. */
import { siteBuilds, TEST_BUILD_ROOT } from '../../scripts/lib/site-build';

export { ROOT, TEST_BUILD_ROOT, TEST_SITE_URL, astroBuild } from '../../scripts/lib/site-build';

/** `test-dist/` (at `/`) and `test-dist-khabar/` (under `/khabar/`), in the ignored test folder. */
export const BUILDS = siteBuilds('test-dist', TEST_BUILD_ROOT);
