import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAtomically } from '../../scripts/lib/atomic-build';

describe('buildAtomically', () => {
  let parent: string;
  let outDir: string;

  beforeEach(() => {
    parent = mkdtempSync(join(tmpdir(), 'newsroom-atomic-'));
    outDir = join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'old');
  });
  afterEach(() => rmSync(parent, { recursive: true, force: true }));

  /** A build that writes `files` into the staging folder, then reports `ok`. */
  const fakeBuild = (files: string[], ok: boolean) => async (staging: string) => {
    for (const file of files) {
      mkdirSync(join(staging, file, '..'), { recursive: true });
      writeFileSync(join(staging, file), 'new');
    }
    return ok;
  };

  it('swaps a whole build in and keeps the replaced site beside it, removed by the next build', async () => {
    const result = await buildAtomically(
      outDir,
      fakeBuild(['index.html', '404.html', 'pagefind/pagefind.js'], true),
    );
    expect(result).toEqual({ ok: true });
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist-previous']);
    expect(readFileSync(join(parent, 'dist-previous', 'index.html'), 'utf8')).toBe('old');

    let previousWhileBuilding: string[] = [];
    const second = await buildAtomically(outDir, async (staging) => {
      // The next build's pages are written while the old site goes: wait for it, up to 5 s.
      for (let waited = 0; waited < 5000 && existsSync(join(parent, 'dist-previous')); waited += 20)
        await new Promise((done) => setTimeout(done, 20));
      previousWhileBuilding = readdirSync(parent).filter((name) => name === 'dist-previous');
      return fakeBuild(['index.html', '404.html', 'pagefind/pagefind.js', 'second.html'], true)(staging);
    });
    expect(second).toEqual({ ok: true });
    expect(previousWhileBuilding).toEqual([]);
    expect(readdirSync(outDir).sort()).toEqual(['404.html', 'index.html', 'pagefind', 'second.html']);
    expect(readdirSync(join(parent, 'dist-previous')).sort()).toEqual(['404.html', 'index.html', 'pagefind']);
  });

  it('keeps the previous site when the build fails late, after writing pages', async () => {
    const result = await buildAtomically(
      outDir,
      fakeBuild(['index.html', '404.html', 'news/a/index.html'], false),
    );
    expect(result).toEqual({ ok: false, reason: 'the build failed' });
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps the previous site when a build "succeeds" without its search index', async () => {
    const result = await buildAtomically(outDir, fakeBuild(['index.html', '404.html'], true));
    expect(result).toEqual({ ok: false, reason: 'the build is missing pagefind/pagefind.js' });
    expect(readdirSync(outDir)).toEqual(['index.html']);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('keeps the previous site when the build throws', async () => {
    await expect(
      buildAtomically(outDir, async (staging) => {
        mkdirSync(staging);
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('builds into the same staging folder every time, so Astro can reuse the pages it rendered', async () => {
    const used: string[] = [];
    const build = async (staging: string) => {
      used.push(staging);
      return fakeBuild(['index.html', '404.html', 'pagefind/pagefind.js'], true)(staging);
    };
    await buildAtomically(outDir, build);
    await buildAtomically(outDir, build);
    expect(used).toEqual([join(parent, 'dist-staging'), join(parent, 'dist-staging')]);
  });

  it('refuses to start while another running build holds the staging folder, and leaves its files alone', async () => {
    mkdirSync(join(parent, 'dist-staging'));
    writeFileSync(join(parent, 'dist-staging', 'index.html'), 'theirs');
    mkdirSync(join(parent, 'dist-lock'));
    writeFileSync(join(parent, 'dist-lock', 'pid'), String(process.ppid));
    let ran = false;
    const result = await buildAtomically(outDir, async () => (ran = true));
    expect(result).toEqual({
      ok: false,
      reason: `another build (process ${process.ppid}) is building ${outDir}`,
    });
    expect(ran).toBe(false);
    expect(readFileSync(join(parent, 'dist-staging', 'index.html'), 'utf8')).toBe('theirs');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('old');
  });

  it('takes over the staging folder of a build that was killed', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
    mkdirSync(join(parent, 'dist-staging'));
    writeFileSync(join(parent, 'dist-staging', 'stale.html'), 'half-written');
    mkdirSync(join(parent, 'dist-lock'));
    writeFileSync(join(parent, 'dist-lock', 'pid'), String(dead));
    const result = await buildAtomically(
      outDir,
      fakeBuild(['index.html', '404.html', 'pagefind/pagefind.js'], true),
    );
    expect(result).toEqual({ ok: true });
    expect(readdirSync(outDir).sort()).toEqual(['404.html', 'index.html', 'pagefind']);
    expect(readdirSync(parent).sort()).toEqual(['dist', 'dist-previous']);
  });
});
