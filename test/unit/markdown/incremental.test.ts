import { describe, expect, it } from 'vitest';
import { IncrementalMarkdown } from '@/utils/markdown/incremental';
import { createMarkdownEngine } from '@/utils/markdown/render';
import { ThinkSplitter } from '@/utils/providers/think-splitter';

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

/** Streams `text` in pieces of `size` characters; returns the final HTML as a page shows it. */
function stream(text: string, size: number): { html: string; markdown: IncrementalMarkdown } {
  const markdown = new IncrementalMarkdown(engine);
  let finished = '';
  let tail = '';
  for (let end = size; end < text.length + size; end += size) {
    const update = markdown.update(text.slice(0, end));
    if (update.reset) finished = '';
    finished += update.finished.map((token) => engine.render([token])).join('');
    tail = update.tail ? engine.render([update.tail]) : '';
  }
  return { html: finished + tail, markdown };
}

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
    expect(open && engine.render([open])).toContain('<td>3</td>');

    const math = new IncrementalMarkdown(engine);
    expect(math.update('$$\nx\n\ny').finished).toEqual([]);
  });

  it('should start over when the text is replaced rather than extended', () => {
    const markdown = new IncrementalMarkdown(engine);
    markdown.update('first\n\nsecond\n\nthird');
    expect(markdown.update('other text').reset).toBe(true);
  });
});

/** Streams chunks through a ThinkSplitter; returns what each side received. */
function split(chunks: string[]) {
  const splitter = new ThinkSplitter();
  const out = { content: '', reasoning: '' };
  for (const chunk of [...chunks.map((c) => splitter.push(c)), splitter.flush()]) {
    out.content += chunk.content;
    out.reasoning += chunk.reasoning;
  }
  return out;
}

describe('ThinkSplitter', () => {
  it('should separate <think> blocks from the answer', () => {
    expect(split(['<think>plan it</think>\n\nThe answer.'])).toEqual({
      content: 'The answer.',
      reasoning: 'plan it',
    });
  });

  it('should handle tags split across chunks at every position', () => {
    const text = '<think>step one, step two</think>\n\nFinal **answer**.';
    for (let cut = 1; cut < text.length; cut += 1) {
      expect(split([text.slice(0, cut), text.slice(cut)])).toEqual({
        content: 'Final **answer**.',
        reasoning: 'step one, step two',
      });
    }
    expect(split([...text])).toEqual({
      content: 'Final **answer**.',
      reasoning: 'step one, step two',
    });
  });

  it('should leave text that only looks like a tag alone', () => {
    expect(split(['a < b and <thin', 'king> tags'])).toEqual({
      content: 'a < b and <thinking> tags',
      reasoning: '',
    });
  });
});
