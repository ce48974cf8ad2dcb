/**
 * An id for this build, the same on every page it renders: the search page hands it to Pagefind
 * as `metaCacheTag`, so Pagefind's entry file (`pagefind-entry.json?ts=<id>`, the one index file
 * whose name never changes) is fetched once per deploy and cached until the next one. Every build
 * gets a new id, because the index may change with the code even when no article did.
 */
export const BUILD_ID = Date.now().toString(36);
