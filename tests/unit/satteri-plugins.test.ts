import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { satteriExternalLinks } from '../../src/plugins/satteri-external-links';
import { satteriLazyImages } from '../../src/plugins/satteri-lazy-images';
import { satteriReadingTime } from '../../src/plugins/satteri-reading-time';

describe('satteriExternalLinks', () => {
  const render = async (md: string) =>
    (
      await markdownToHtml(md, {
        hastPlugins: [satteriExternalLinks({ siteOrigin: 'https://samachar.example' })],
      })
    ).html;

  it('marks links to other sites and leaves our own and relative links alone', async () => {
    expect(
      await render('[क](https://other.example/x) [ख](https://samachar.example/news/) [ग](/topics/)'),
    ).toBe(
      '<p><a href="https://other.example/x" rel="external noopener noreferrer">क</a> ' +
        '<a href="https://samachar.example/news/">ख</a> <a href="/topics/">ग</a></p>\n',
    );
  });

  it('passes a link written as raw HTML through as the publisher wrote it', async () => {
    // Sätteri keeps raw HTML as text, out of reach of hast plugins (unified parsed it with rehype-raw).
    expect(await render('<a href="https://other.example/" rel="nofollow">क</a>')).toBe(
      '<p><a href="https://other.example/" rel="nofollow">क</a></p>\n',
    );
  });

  it('leaves mailto: and other non-web links alone', async () => {
    expect(await render('[मेल](mailto:desk@samachar.example)')).toBe(
      '<p><a href="mailto:desk@samachar.example">मेल</a></p>\n',
    );
  });
});

describe('satteriLazyImages', () => {
  it('loads Markdown images lazily and decodes them async', async () => {
    const { html } = await markdownToHtml('![चित्र](a.jpg "शीर्षक")', { hastPlugins: [satteriLazyImages()] });
    expect(html).toBe('<p><img src="a.jpg" alt="चित्र" title="शीर्षक" loading="lazy" decoding="async"></p>\n');
  });
});

describe('satteriReadingTime', () => {
  it('counts the words of paragraphs, headings and cells into the frontmatter', async () => {
    const words = Array.from({ length: 200 }, () => 'शब्द').join(' ');
    const { data } = await markdownToHtml(`## दो शब्द\n\n${words}\n\n| एक | दो |\n|---|---|\n| तीन | चार |`, {
      hastPlugins: [satteriReadingTime()],
      features: { gfm: true },
      data: {
        astro: {
          frontmatter: { title: 'x' },
          headings: [],
          localImagePaths: new Set(),
          remoteImagePaths: new Set(),
        },
      },
    });
    expect((data as { astro: { frontmatter: unknown } }).astro.frontmatter).toEqual({
      title: 'x',
      wordCount: 206,
      readingMinutes: 2,
    });
  });
});
