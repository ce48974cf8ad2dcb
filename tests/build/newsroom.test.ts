import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatContentError, type ContentError } from '../../src/lib/content/errors';
import { productionEnv } from '../../scripts/lib/site-build';
import { ROOT } from '../support/build';
import { one, readHtml, texts, toText } from '../support/dist';

/** `npm run build` (scripts/build.ts) into `outDir` with fixture content; output and exit status. */
function publisherBuild(outDir: string, contentDir: string, cacheDir: string) {
  return new Promise<{ status: number | null; output: string }>((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'build.ts'), '--outDir', outDir], {
      cwd: ROOT,
      env: productionEnv({ BASE_PATH: '/', CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: cacheDir }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (status) => resolve({ status, output }));
  });
}

const OLD_SITE = '<!doctype html><title>पिछली साइट</title>';

// Two builds in all: every bad-content class in one failing build (which must leave the
// previous site alone), then one good archive with drafts, a scheduled article and corrections.
describe('npm run build with newsroom content', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'newsroom-build-'));
  const outDir = join(scratch, 'dist');
  const bad = join(scratch, 'content-bad');
  let failed: { status: number | null; output: string };
  let passed: { status: number | null; output: string };
  let afterFailure: string[];
  let indexAfterFailure: string;

  beforeAll(async () => {
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), OLD_SITE);
    cpSync(join(ROOT, 'tests', 'fixtures', 'content-bad'), bad, { recursive: true });
    // A 2 MB body is made here rather than kept in git.
    const head = readFileSync(join(bad, 'missing-title.md'), 'utf8').replace('---\n', '---\ntitle: "लंबा"\n');
    writeFileSync(join(bad, 'huge-body.md'), head + 'बहुत लंबा पाठ। '.repeat(50_000));
    expect(Math.ceil(statSync(join(bad, 'huge-body.md')).size / 1024)).toBe(1905);
    failed = await publisherBuild(outDir, bad, join(scratch, 'cache-bad'));
    afterFailure = readdirSync(scratch).sort();
    indexAfterFailure = readFileSync(join(outDir, 'index.html'), 'utf8');
    passed = await publisherBuild(outDir, 'tests/fixtures/content-newsroom', join(scratch, 'cache-good'));
  });
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  describe('a folder of bad content', () => {
    const at = (file: string, line: number | undefined, field: string | undefined, hi: string, en: string) =>
      formatContentError({ file: `${bad}/${file}`, line, field, hi, en } satisfies ContentError);

    it('fails, keeps the previous dist/ as it was, and leaves no staging folder', () => {
      expect(failed.status).toBe(1);
      expect(indexAfterFailure).toBe(OLD_SITE);
      expect(afterFailure).toEqual(['content-bad', 'dist']);
    });

    it('reports every problem of every file in one build, Hindi first', () => {
      expect(failed.output).toContain(
        'सामग्री में 28 गलतियाँ मिलीं; साइट नहीं बनाई गई। इन सबको ठीक करके फिर बनाएँ।\n' +
          '28 content errors; nothing was built. Fix them all and build again.',
      );
    });

    it.each([
      [
        'stray files, each named',
        [
          at(
            'SHOUTING.MD',
            undefined,
            undefined,
            'यह लेख नहीं बनेगा: लेख की फ़ाइल का अंत .md (छोटे अक्षरों में) हो। नाम बदलकर SHOUTING.md करें',
            'this article would not be built: article files end in .md (lowercase). Rename it to SHOUTING.md',
          ),
          at(
            'component.mdx',
            undefined,
            undefined,
            'यह लेख नहीं बनेगा: लेख की फ़ाइल का अंत .md (छोटे अक्षरों में) हो। नाम बदलकर component.md करें',
            'this article would not be built: article files end in .md (lowercase). Rename it to component.md',
          ),
          at(
            'stray.markdown',
            undefined,
            undefined,
            'यह लेख नहीं बनेगा: लेख की फ़ाइल का अंत .md (छोटे अक्षरों में) हो। नाम बदलकर stray.md करें',
            'this article would not be built: article files end in .md (lowercase). Rename it to stray.md',
          ),
          at(
            'archive/old.md',
            undefined,
            undefined,
            'उप-फ़ोल्डर की फ़ाइलें नहीं बनतीं: लेख और चित्र सीधे content/ में रखें',
            'files in a subfolder are not built: keep articles and images directly in content/',
          ),
          at(
            'notes.txt',
            undefined,
            undefined,
            'content/ में केवल लेख (.md), उनके चित्र (.jpg .jpeg .png .webp .avif .gif) और topics.yaml, authors.yaml, desks.yaml, agencies.yaml रह सकते हैं: यह फ़ाइल हटाएँ',
            'content/ holds only articles (.md), their images (.jpg .jpeg .png .webp .avif .gif) and topics.yaml, authors.yaml, desks.yaml, agencies.yaml: remove this file',
          ),
        ],
      ],
      [
        'frontmatter mistakes, with their line and field',
        [
          at('missing-title.md', 1, 'title', 'title ज़रूरी है: इसे जोड़ें', 'title is required: add it'),
          at(
            'no-offset.md',
            4,
            'published',
            'published UTC अंतर सहित ISO 8601 तारीख़-समय होना चाहिए, जैसे "2021-04-09T19:41:00+05:30"; लिखा है "2021-04-09T19:41:00"',
            'published must be an ISO 8601 date-time with a UTC offset, like "2021-04-09T19:41:00+05:30"; got "2021-04-09T19:41:00"',
          ),
          at(
            'unknown-topic.md',
            8,
            'topics[0]',
            `विषय "defense" ${bad}/topics.yaml में नहीं है। क्या आपका मतलब "defence" था? नया विषय हो तो उसे ${bad}/topics.yaml में जोड़ें`,
            `the topic "defense" is not in ${bad}/topics.yaml. Did you mean "defence"? If it is a new topic, add it to ${bad}/topics.yaml`,
          ),
          at(
            'unknown-topic.md',
            8,
            'topics[1]',
            `विषय "cricket" ${bad}/topics.yaml में नहीं है। नया विषय हो तो उसे ${bad}/topics.yaml में जोड़ें`,
            `the topic "cricket" is not in ${bad}/topics.yaml. If it is a new topic, add it to ${bad}/topics.yaml`,
          ),
          at(
            'empty-body.md',
            undefined,
            'body',
            'लेख का मुख्य भाग खाली है: दूसरी --- पंक्ति के बाद लेख लिखें',
            'the body is empty: write the article below the second --- line',
          ),
          at(
            'defence-ministers-phone-call.md',
            10,
            'slug',
            `स्लग "defence-ministers-meet" (slug फ़ील्ड से) इन सबका है: ${bad}/defence-ministers-meet.md, ${bad}/defence-ministers-phone-call.md; हर लेख को अपना स्लग दें`,
            `slug "defence-ministers-meet" (from its slug field) is used by all of ${bad}/defence-ministers-meet.md, ${bad}/defence-ministers-phone-call.md; Astro would keep only one. Give each article its own slug`,
          ),
        ],
      ],
      [
        'bounded answers to abuse: a 2,000-character headline, an alias bomb, a 2 MB body',
        [
          at(
            'long-headline.md',
            2,
            'title',
            'title में 2000 अक्षर हैं; अधिकतम 200 हो सकते हैं, इसे छोटा करें',
            'title is 2000 characters long; the limit is 200, shorten it',
          ),
          at(
            'alias-bomb.md',
            8,
            undefined,
            'YAML में & एंकर और * उपनाम की अनुमति नहीं है: हर मान सीधे लिखें',
            'YAML anchors (&) and aliases (*) are not allowed: write every value out',
          ),
          at(
            'huge-body.md',
            undefined,
            undefined,
            'फ़ाइल 1905 KB की है; लेख अधिकतम 512 KB का हो सकता है: इसे छोटा करें या कई लेखों में बाँटें',
            'the file is 1905 KB; an article may be at most 512 KB: shorten it or split it into several articles',
          ),
        ],
      ],
      [
        'raw HTML the sanitize schema would remove, by line',
        [
          at(
            'raw-html.md',
            13,
            'body',
            '<meta> तत्व की अनुमति नहीं है, यह हटा दिया जाता। इसे हटाएँ; लेख का मुख्य भाग Markdown है',
            'the <meta> element is not allowed and would be removed. Remove it; article bodies are Markdown',
          ),
          at(
            'raw-html.md',
            15,
            'body',
            '<script> तत्व की अनुमति नहीं है, यह हटा दिया जाता। इसे हटाएँ; लेख का मुख्य भाग Markdown है',
            'the <script> element is not allowed and would be removed. Remove it; article bodies are Markdown',
          ),
          at(
            'raw-html.md',
            17,
            'body',
            '<iframe> तत्व की अनुमति नहीं है, यह हटा दिया जाता। इसे हटाएँ; लेख का मुख्य भाग Markdown है',
            'the <iframe> element is not allowed and would be removed. Remove it; article bodies are Markdown',
          ),
          at(
            'raw-html.md',
            19,
            'body',
            '<span> पर onclick की अनुमति नहीं है, यह हटा दिया जाता: इसे हटाएँ',
            'onclick on <span> is not allowed and would be removed: remove it',
          ),
          at(
            'raw-html.md',
            21,
            'body',
            '<p> पर style की अनुमति नहीं है, यह हटा दिया जाता: इसे हटाएँ',
            'style on <p> is not allowed and would be removed: remove it',
          ),
          at(
            'raw-html.md',
            23,
            'body',
            'HTML टिप्पणी (<!-- … -->) पेज के स्रोत में छप जाती है: इसे हटाएँ',
            'an HTML comment (<!-- … -->) would be published in the page source: remove it',
          ),
          at(
            'raw-html.md',
            25,
            'body',
            '<a> तत्व की अनुमति नहीं है, यह हटा दिया जाता। Markdown में लिखें: [पाठ](पता) या ![विवरण](./चित्र.jpg)',
            'the <a> element is not allowed and would be removed. Write it in Markdown: [text](url) or ![description](./photo.jpg)',
          ),
        ],
      ],
      [
        'links and images, by line',
        [
          at(
            'links-and-images.md',
            11,
            'body',
            'लिंक "javascript:alert(1)" में javascript: की अनुमति नहीं है: http(s) पता लिखें',
            'the link "javascript:alert(1)" uses javascript:, which is not allowed: link to an http(s) address',
          ),
          at(
            'links-and-images.md',
            11,
            'body',
            'लिंक "../no-such-article/" ऐसे लेख की ओर है जो नहीं है ("no-such-article"): स्लग जाँचें',
            'the link "../no-such-article/" points to an article that does not exist ("no-such-article"): check the slug',
          ),
          at(
            'links-and-images.md',
            11,
            'body',
            'लिंक "./raw-html.md" फ़ाइल की ओर है; लेख के पेज की ओर लिंक करें: ../raw-html/',
            'the link "./raw-html.md" points at a file; link to the article\'s page instead: ../raw-html/',
          ),
          at(
            'links-and-images.md',
            13,
            'body',
            'चित्र "./photo.jpg" का विवरण (alt) खाली है: ![चित्र में क्या है](./photo.jpg) लिखें',
            'the image "./photo.jpg" has no alt text: write ![what the picture shows](./photo.jpg)',
          ),
          at(
            'links-and-images.md',
            15,
            'body',
            'चित्र "./missing-map.png" नहीं मिला: फ़ाइल लेख के साथ content/ में रखें या नाम ठीक करें',
            'the image "./missing-map.png" does not exist: put the file beside the article in content/ or correct the name',
          ),
          at(
            'links-and-images.md',
            17,
            'body',
            'चित्र "https://cdn.example/photo.jpg" दूसरी साइट से है और पाठकों को नहीं दिखेगा (CSP): चित्र content/ में रखें और ./नाम.jpg लिखें',
            'the image "https://cdn.example/photo.jpg" is on another origin, which the CSP blocks: put the file in content/ and write ./name.jpg',
          ),
        ],
      ],
    ])('names %s', (_class, messages) => {
      const missing = messages.filter((message) => !failed.output.includes(message));
      expect(missing).toEqual([]);
    });
  });

  describe('a good archive with its own topics, a draft, a scheduled article and corrections', () => {
    const page = (path: string) => readHtml(outDir, path);

    it('builds and swaps the new site in, keeping the replaced one beside it for the next build to remove', () => {
      expect(passed.status, passed.output).toBe(0);
      expect(readFileSync(join(outDir, 'index.html'), 'utf8')).not.toBe(OLD_SITE);
      expect(readdirSync(scratch).sort()).toEqual(['cache-good', 'content-bad', 'dist', 'dist-previous']);
      expect(readFileSync(join(scratch, 'dist-previous', 'index.html'), 'utf8')).toBe(OLD_SITE);
    });

    it('holds back the draft and the scheduled article, saying which and until when', () => {
      expect(readdirSync(join(outDir, 'news')).sort()).toEqual(['corrected-result', 'defence-meeting']);
      expect(passed.output).toContain(
        'tests/fixtures/content-newsroom/draft-story.md: मसौदा (draft: true), प्रकाशित नहीं किया / a draft, not published',
      );
      expect(passed.output).toContain(
        'tests/fixtures/content-newsroom/scheduled-story.md: 1 जनवरी 2099, सुबह 6:00 IST तक रोका गया / held back until 2099-01-01T06:00:00+05:30',
      );
    });

    it('labels topics from the archive’s own topics.yaml', () => {
      expect(texts(page('topics/elections/index.html'), 'h1')).toEqual(['विषय: चुनाव']);
    });

    it('shows corrections as सुधार with their dates, and bumps updated to the latest', () => {
      const tree = page('news/corrected-result/index.html');
      expect(texts(tree, '[data-corrections] h2')).toEqual(['सुधार']);
      expect(texts(tree, '[data-corrections] li')).toEqual([
        '5 जून 2024, सुबह 10:30 IST: पहले संस्करण में सीटों की संख्या 272 लिखी थी; सही संख्या 273 है।',
        '5 जून 2024, सुबह 9:00 IST: मतदान प्रतिशत ठीक किया गया।',
      ]);
      const jsonLd = JSON.parse(toText(one(tree, 'script[type="application/ld+json"]'))) as Record<
        string,
        unknown
      >;
      expect(jsonLd['dateModified']).toBe('2024-06-05T10:30:00+05:30');
      expect(jsonLd['correction']).toEqual([
        {
          '@type': 'CorrectionComment',
          text: 'पहले संस्करण में सीटों की संख्या 272 लिखी थी; सही संख्या 273 है।',
          datePublished: '2024-06-05T10:30:00+05:30',
        },
        {
          '@type': 'CorrectionComment',
          text: 'मतदान प्रतिशत ठीक किया गया।',
          datePublished: '2024-06-05T09:00:00+05:30',
        },
      ]);
    });

    it('normalizes the body to NFC (a precomposed क़ becomes क + nukta)', () => {
      const body = toText(one(page('news/corrected-result/index.html'), '[data-article-body]'));
      expect(body).toContain('मुलाक\u093Cात');
      expect(body).not.toContain('\u0958');
    });

    it('prints an author given by key under the Hindi name from authors.yaml, and a written name as written', () => {
      const byKey = page('news/defence-meeting/index.html');
      expect(texts(byKey, '[data-byline] > span')).toEqual(['कृष्ण बिहारी सिंह']);
      const jsonLd = JSON.parse(toText(one(byKey, 'script[type="application/ld+json"]'))) as {
        author: { name: string };
      };
      expect(jsonLd.author.name).toBe('कृष्ण बिहारी सिंह');
      expect(texts(page('news/corrected-result/index.html'), '[data-byline] > span')).toEqual([
        'Krishna Bihari Singh',
      ]);
    });

    it('keeps the plain HTML the schema allows', () => {
      const tree = page('news/defence-meeting/index.html');
      expect(texts(tree, '[data-article-body] abbr[title="संयुक्त राष्ट्र"]')).toEqual(['यूएन']);
      expect(texts(tree, '[data-article-body] sup')).toEqual(['1']);
    });
  });
});
