/**
 * Listen (सुनें): reads the article aloud with the browser's own speech synthesis in a Hindi
 * voice, one sentence at a time, marking the sentence being read with a CSS highlight. The
 * button stays hidden unless the browser has a Hindi voice.
 */
import { sentenceSpans } from '../lib/reader/sentences';
import { readerText } from '../lib/strings';

const HIGHLIGHT = 'listen';

/** A sentence and where it sits in the page, for marking it. */
interface Sentence {
  text: string;
  range: Range | undefined;
}

function hindiVoice(): SpeechSynthesisVoice | undefined {
  return speechSynthesis.getVoices().find((voice) => /^hi\b/i.test(voice.lang.replace('_', '-')));
}

/** The range covering characters `from` to `from + length` of `block`'s text content. */
function rangeOf(block: Element, from: number, length: number): Range | undefined {
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const size = node.nodeValue?.length ?? 0;
    if (!started && from < offset + size) {
      range.setStart(node, from - offset);
      started = true;
    }
    if (started && from + length <= offset + size) {
      range.setEnd(node, from + length - offset);
      return range;
    }
    offset += size;
  }
  return undefined;
}

function collectSentences(blocks: Element[]): Sentence[] {
  return blocks.flatMap((block) =>
    sentenceSpans(block.textContent ?? '').map((span) => ({
      text: span.text,
      range: rangeOf(block, span.start, span.end - span.start),
    })),
  );
}

function mark(range: Range | undefined): void {
  const registry = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  if (range) registry.set(HIGHLIGHT, new HighlightClass(range));
  else registry.delete(HIGHLIGHT);
}

/** Shows the listen button where a Hindi voice exists and wires play, pause and stop. */
export function startListen(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-listen]');
  const stopButton = document.querySelector<HTMLButtonElement>('[data-listen-stop]');
  if (!button || !stopButton || !('speechSynthesis' in window)) return;
  let voice = hindiVoice();
  let queue: Sentence[] = [];
  let index = 0;
  let state: 'idle' | 'playing' | 'paused' = 'idle';

  const show = () => {
    const label =
      state === 'playing' ? readerText.pause : state === 'paused' ? readerText.resume : readerText.listen;
    const text = button.querySelector('[data-listen-label]');
    if (text) text.textContent = label;
    button.title = label;
    stopButton.hidden = state === 'idle';
  };
  const stop = () => {
    state = 'idle';
    speechSynthesis.cancel();
    mark(undefined);
    show();
  };
  const speak = () => {
    const sentence = queue[index];
    if (!sentence || state === 'idle') return stop();
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = 'hi-IN';
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (state === 'idle') return;
      index += 1;
      speak();
    };
    mark(sentence.range);
    speechSynthesis.speak(utterance);
  };

  button.addEventListener('click', () => {
    if (state === 'playing') {
      state = 'paused';
      speechSynthesis.pause();
    } else if (state === 'paused') {
      state = 'playing';
      speechSynthesis.resume();
    } else {
      const blocks = [
        ...document.querySelectorAll(
          '[data-article-title], [data-article-standfirst], [data-article-body] :is(p, h2, h3, li, blockquote > p)',
        ),
      ];
      queue = collectSentences(blocks);
      index = 0;
      state = 'playing';
      speechSynthesis.cancel();
      speak();
    }
    show();
  });
  stopButton.addEventListener('click', stop);
  addEventListener('pagehide', () => speechSynthesis.cancel());

  const reveal = () => {
    voice = hindiVoice();
    button.hidden = voice === undefined;
  };
  reveal();
  speechSynthesis.addEventListener('voiceschanged', reveal);
}
