import { describe, expect, it } from 'vitest';
import {
  createRng,
  devanagariShare,
  generateCorpus,
  htmlText,
  isoWithOffset,
  isProseSentence,
  seedSentences,
  seededRandom,
  splitSentences,
  topicsYaml,
  varySpelling,
  type Sources,
} from '../../scripts/lib/corpus';
import { articleSchema } from '../../src/lib/article-schema';

const sources: Sources = {
  news: ['रक्षा मंत्री ने शुक्रवार को अपने समकक्ष के साथ बैठक की।', 'दोनों देशों के बीच सहयोग बढ़ाने पर सहमति बनी।'],
  help: ['चयनित वस्तु की एक नक़ल प्रविष्ट करता है।', 'आप पाठ दस्तावेज़ में सीधे ही गणना प्रविष्ट कर सकते हैं।'],
  words: ['अंतरिक्ष', 'कमरे', 'टकराएगा', 'दबाने', 'नई', 'बाज़ार', 'मौसम', 'लिए'],
};
const options = {
  count: 40,
  seed: 7,
  topics: [
    { slug: 'defence', label: 'रक्षा' },
    { slug: 'diplomacy', label: 'कूटनीति' },
  ],
  start: Date.parse('2020-01-01T00:00:00+05:30'),
  end: Date.parse('2024-12-31T22:00:00+05:30'),
  planted: 5,
};

function frontmatter(markdown: string): Record<string, unknown> {
  const lines = markdown.split('\n---\n')[0]!.split('\n').slice(1);
  const data: Record<string, unknown> = {};
  for (const line of lines) {
    if (line.startsWith('publisher:')) continue;
    const [key, ...rest] = line.trim().split(': ');
    const value = JSON.parse(rest.join(': '));
    if (line.startsWith('  ')) data['publisher'] = { name: value };
    else data[key!] = value;
  }
  return data;
}

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = seededRandom(1);
    const b = seededRandom(1);
    const c = seededRandom(2);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('picks integers within the inclusive bounds', () => {
    const rng = createRng(3);
    const seen = new Set(Array.from({ length: 200 }, () => rng.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });
});

describe('prose extraction', () => {
  it('reads the text of an HTML fragment with its entities decoded', () => {
    expect(htmlText('<span class="x">पाठ &amp; चित्र</span>&#x0915;  <b>ख</b>')).toBe('पाठ & चित्र क ख');
  });

  it('splits sentences at the danda and full stop, keeping the mark', () => {
    expect(splitSentences('पहला वाक्य। दूसरा वाक्य. तीसरा')).toEqual(['पहला वाक्य।', 'दूसरा वाक्य.', 'तीसरा']);
  });

  it('keeps Hindi sentences of five to forty words and drops Latin, markup and lead-ins', () => {
    expect(isProseSentence('आप पाठ दस्तावेज़ में सीधे ही गणना प्रविष्ट कर सकते हैं।')).toBe(true);
    expect(isProseSentence('बहुत छोटा वाक्य।')).toBe(false);
    expect(isProseSentence('Title is: प्रत्येक पृष्ठ पर स्तम्भ या पंक्ति छापना।')).toBe(false);
    expect(isProseSentence('आड़े फॉर्मेट में छापने के लिये, निम्नानुसार करें:।')).toBe(false);
    expect(isProseSentence('उन्होंने कहा, ‘‘आतंकवाद के खिलाफ लड़ाई में भारत को समर्थन।')).toBe(false);
  });

  it('measures the Devanagari share of letters', () => {
    expect(devanagariShare('कखग abc')).toBe(0.5);
    expect(devanagariShare('123')).toBe(0);
  });

  it('takes seed sentences from Markdown bodies, not their frontmatter', () => {
    const markdown =
      '---\ntitle: "शीर्षक के शब्द यहाँ पाँच से अधिक हैं।"\n---\n\nरक्षा मंत्री ने शुक्रवार को बैठक की। छोटा।';
    expect(seedSentences([markdown])).toEqual(['रक्षा मंत्री ने शुक्रवार को बैठक की।']);
  });
});

describe('dates and spelling', () => {
  it('writes an instant as the clock at an offset shows it', () => {
    const ms = Date.parse('2021-04-09T14:11:00Z');
    expect(isoWithOffset(ms, 330)).toBe('2021-04-09T19:41:00+05:30');
    expect(isoWithOffset(ms, 0)).toBe('2021-04-09T14:11:00Z');
    expect(isoWithOffset(ms, -240)).toBe('2021-04-09T10:11:00-04:00');
  });

  it('swaps only the spelling variants its mask selects', () => {
    expect(varySpelling('नई बाज़ार के लिए', 0)).toBe('नई बाज़ार के लिए');
    expect(varySpelling('नई बाज़ार के लिए', 0b1)).toBe('नयी बाज़ार के लिए');
    expect(varySpelling('नई बाज़ार के लिए', 0b1101)).toBe('नयी बाजार के लिये');
  });

  it('writes topics.yaml as slug: label lines', () => {
    expect(topicsYaml([{ slug: 'defence', label: 'रक्षा' }])).toBe('defence:\n  label: "रक्षा"\n');
  });
});

describe('generateCorpus', () => {
  const { articles, planted } = generateCorpus(sources, options);

  it('is a function of its seed', () => {
    expect(generateCorpus(sources, options)).toEqual({ articles, planted });
    expect(generateCorpus(sources, { ...options, seed: 8 }).articles[0]!.markdown).not.toBe(
      articles[0]!.markdown,
    );
  });

  it('writes count articles with unique slugs and frontmatter the schema accepts', () => {
    expect(articles).toHaveLength(40);
    expect(new Set(articles.map((a) => a.slug)).size).toBe(40);
    for (const article of articles) {
      const result = articleSchema.safeParse(frontmatter(article.markdown));
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  it('spreads publication over the years asked for', () => {
    const years = new Set(articles.map((a) => a.published.slice(0, 4)));
    expect([...years].sort()).toEqual(['2020', '2021', '2022', '2023', '2024']);
  });

  it('lists each planted word with exactly the articles whose text holds it', () => {
    expect(Object.keys(planted)).toHaveLength(5);
    for (const [word, slugs] of Object.entries(planted)) {
      const holding = articles
        .filter((a) => a.markdown.includes(word))
        .map((a) => a.slug)
        .sort();
      expect(slugs).toEqual(holding);
      expect(slugs.length).toBeGreaterThan(0);
    }
  });
});
