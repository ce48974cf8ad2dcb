import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build';

/** Builds fixture content; each case gets its own output folder and Astro cache. */
function buildFixture(name: string) {
  const scratch = mkdtempSync(join(tmpdir(), `bad-content-${name}-`));
  return astroBuild(join(scratch, 'dist'), {
    CONTENT_DIR: `tests/fixtures/${name}`,
    ASTRO_CACHE_DIR: join(scratch, 'cache'),
  });
}

describe('a build with bad content fails loudly, naming the file and the field', () => {
  it.each([
    ['content-missing-title', ['missing-title', 'title']],
    ['content-date-without-offset', ['no-offset', 'published', 'offset']],
    ['content-unknown-topic', ['unknown-topic', 'topics', 'cricket']],
    ['content-empty-body', ['tests/fixtures/content-empty-body/empty-body.md', 'body is empty']],
    [
      'content-duplicate-slug',
      ['defence-ministers-meet.md', 'defence-ministers-phone-call.md', 'defence-ministers-meet'],
    ],
  ])('%s', async (name, mentions) => {
    const { status, output } = await buildFixture(name);
    expect(status).not.toBe(0);
    for (const mention of mentions) expect(output).toContain(mention);
  });
});
