import { describe, expect, it } from 'vitest';
import { IncrementalMarkdown } from '@/utils/markdown/incremental';
import { createMarkdownEngine } from '@/utils/markdown/render';
import { markdownCorpus } from '../../fixtures/markdown-corpus';

const engine = createMarkdownEngine({ allowRemoteImages: false });
const whole = (markdown: string) => engine.render(engine.lex(markdown));

const DOC = [
  '# Title',
  '',
  'Intro paragraph with **bold** and `code`.',
  '',
  '```python',
  'def f(x):',
  '',
  '    return x * 2',
  '```',
  '',
  '| a | b |',
  '| --- | --- |',
  '| 1 | 2 |',
  '| 3 | 4 |',
  '',
  '$$',
  'E = mc^2',
  '',
  '\\int_0^1 x\\,dx',
  '$$',
  '',
  '- one',
  '- two',
  '',
  'Closing words.',
  '',
].join('\n');

/** Feeds updates as the panel does: finished blocks drawn once, the open ones redrawn. */
function renderUpdates(markdown: IncrementalMarkdown, texts: readonly string[]): string {
  let finished = '';
  let tail = '';
  for (const [index, text] of texts.entries()) {
    const update = markdown.update(text, index === texts.length - 1);
    if (update.reset) finished = '';
    finished += update.finished.map((token) => engine.render([token])).join('');
    tail = engine.render(update.tail);
  }
  return finished + tail;
}

/** Streams `text` in pieces of `size` characters; returns the final HTML as a page shows it. */
function stream(text: string, size: number): { html: string; markdown: IncrementalMarkdown } {
  const markdown = new IncrementalMarkdown(engine);
  const texts: string[] = [];
  for (let end = size; end < text.length; end += size) texts.push(text.slice(0, end));
  texts.push(text);
  return { html: renderUpdates(markdown, texts), markdown };
}

/** The panel reopened on a finished reply: one update with the whole text. */
const reopened = (text: string) => renderUpdates(new IncrementalMarkdown(engine), [text]);

/** A small seeded generator, so a failure names a chunking that reproduces it. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Cuts `text` at random points: pieces of 1 to `max` characters, as tokens and frames fall. */
function randomCuts(text: string, seed: number, max: number): string[] {
  const next = random(seed);
  const texts: string[] = [];
  let end = 0;
  while (end < text.length) {
    end = Math.min(text.length, end + 1 + Math.floor(next() * max));
    texts.push(text.slice(0, end));
  }
  return texts.length > 0 ? texts : [text];
}

describe('streaming fidelity (property)', () => {
  const corpus = markdownCorpus();
  const seeds = [1, 2, 3, 4, 5, 6];

  it(`should render ${corpus.length} samples the same streamed (${2 * seeds.length} random chunkings each, plus 1-character steps) as reopened`, () => {
    const mismatches: string[] = [];
    for (const { name, markdown } of corpus) {
      const expected = reopened(markdown);
      // The reopened panel shows what marked renders for the whole text.
      if (expected !== whole(markdown)) mismatches.push(`${name}: reopened ≠ whole`);
      const chunkings = [
        ...seeds.map((seed) => ({ label: `seed ${seed}`, texts: randomCuts(markdown, seed, 40) })),
        ...seeds.map((seed) => ({
          label: `small seed ${seed}`,
          texts: randomCuts(markdown, seed, 4),
        })),
        { label: '1-char', texts: randomCuts(markdown, 0, 1) },
      ];
      for (const { label, texts } of chunkings) {
        const streamed = renderUpdates(new IncrementalMarkdown(engine), texts);
        if (streamed !== expected) mismatches.push(`${name} (${label})`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('IncrementalMarkdown', () => {
  it.each([1, 2, 3, 7, 16])(
    'should render the same HTML streamed in %i-character pieces as all at once',
    (size) => {
      expect(stream(DOC, size).html).toBe(whole(DOC));
    },
  );

  it('should never re-parse finished blocks (linear work)', () => {
    const long = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} with some words.\n\n`).join(
      '',
    );
    const { markdown } = stream(long, 4);
    // Each update lexes only the open block: far below the quadratic total.
    expect(markdown.lexedChars).toBeLessThan(long.length * 20);
  });

  it('should hold a code fence, a table and a $$ block open until they close', () => {
    const markdown = new IncrementalMarkdown(engine);
    expect(markdown.update('```js\nlet a = 1;\n\nlet b').finished).toEqual([]);
    expect(markdown.update('```js\nlet a = 1;\n\nlet b = 2;\n```\n\nnext').finished).toHaveLength(
      1,
    );

    const table = new IncrementalMarkdown(engine);
    table.update('| a | b |\n| --- | --- |\n| 1 |');
    const open = table.update('| a | b |\n| --- | --- |\n| 1 | 2 |\n| 3').tail;
    expect(engine.render(open)).toContain('<td>3</td>');

    const math = new IncrementalMarkdown(engine);
    expect(math.update('$$\nx\n\ny').finished).toEqual([]);
  });

  it('should keep a loose list one list while it streams (not three one-item lists)', () => {
    const text = '1. First item\n\n2. Second item\n\n3. Third item';
    const markdown = new IncrementalMarkdown(engine);
    for (let end = 1; end < text.length; end += 1) {
      const update = markdown.update(text.slice(0, end));
      // Nothing of the list is final while an item can still follow.
      expect(update.finished).toEqual([]);
    }
    expect(stream(text, 3).html).toBe(reopened(text));
    expect(reopened(text).match(/<ol/g)).toHaveLength(1);
  });

  it('should render a reference link that is defined after it, once the definition arrives', () => {
    const text = '[foo] first.\n\nA second paragraph.\n\nA third one.\n\n[foo]: /url';
    const html = stream(text, 4).html;
    expect(html).toBe(reopened(text));
    expect(html).toContain('<a href="/url">foo</a>');
  });

  it('should start over when the text is replaced rather than extended', () => {
    const markdown = new IncrementalMarkdown(engine);
    markdown.update('first\n\nsecond\n\nthird');
    expect(markdown.update('other text').reset).toBe(true);
  });
});
