import { describe, expect, it } from 'vitest';
import { webAppManifest } from '../../../src/lib/reader/manifest';

const names = { name: 'हिंदी समाचार', shortName: 'समाचार', description: 'ख़बरें' };

describe('webAppManifest', () => {
  it('keeps start_url, scope and icons under the base path', () => {
    const manifest = webAppManifest(names, '/khabar/');
    expect([manifest.id, manifest.start_url, manifest.scope]).toEqual(['/khabar/', '/khabar/', '/khabar/']);
    expect(manifest.icons.map((icon) => icon.src)).toEqual([
      '/khabar/icons/icon-192.png',
      '/khabar/icons/icon-512.png',
      '/khabar/icons/maskable-512.png',
    ]);
  });

  it('names the app in Hindi with installable icon sizes at the root', () => {
    const manifest = webAppManifest(names, '/');
    expect(manifest).toMatchObject({
      name: 'हिंदी समाचार',
      short_name: 'समाचार',
      lang: 'hi',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: '#b3261e',
      background_color: '#fffdf9',
    });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
  });
});
