import { describe, expect, it } from 'vitest';
import { THINK_TAGS, ThinkSplitter } from '@/utils/providers/think-splitter';
import { reasoningOf } from '@/utils/providers/stream';

function split(chunks: string[]) {
  const splitter = new ThinkSplitter();
  const out = { content: '', reasoning: '' };
  for (const part of [...chunks.map((chunk) => splitter.push(chunk)), splitter.flush()]) {
    out.content += part.content;
    out.reasoning += part.reasoning;
  }
  return out;
}

describe('ThinkSplitter, every tag form', () => {
  it.each(THINK_TAGS.map(([open, close]) => [open, close]))(
    'should take %s…%s as reasoning, cut at every position',
    (open, close) => {
      const text = `\n${open}weigh both sides${close}\n\nThe **answer**.`;
      for (let cut = 1; cut < text.length; cut += 1) {
        expect(split([text.slice(0, cut), text.slice(cut)])).toEqual({
          content: 'The **answer**.',
          reasoning: 'weigh both sides',
        });
      }
      expect(split([...text])).toEqual({
        content: 'The **answer**.',
        reasoning: 'weigh both sides',
      });
    },
  );

  it('should leave text that only looks like a tag alone, even cut where a tag could start', () => {
    expect(split(['a < b and <thin', 'king> tags'])).toEqual({
      content: 'a < b and <thinking> tags',
      reasoning: '',
    });
  });

  it('should leave tags alone once the answer has started (an answer about tags)', () => {
    expect(split(['Use <thinking> and </thinking> in your prompt.'])).toEqual({
      content: 'Use <thinking> and </thinking> in your prompt.',
      reasoning: '',
    });
    expect(split(['<think>a</think>Then <reason>b</reason>'])).toEqual({
      content: 'Then <reason>b</reason>',
      reasoning: 'a',
    });
  });

  it('should release an unclosed block as reasoning, and a lone "<" as text', () => {
    expect(split(['<thought>still thinking when cut'])).toEqual({
      content: '',
      reasoning: 'still thinking when cut',
    });
    expect(split(['<'])).toEqual({ content: '<', reasoning: '' });
  });
});

describe('reasoningOf', () => {
  it('should read reasoning_content, reasoning, or reasoning_details, never two at once', () => {
    expect(reasoningOf({ reasoning_content: 'a' })).toBe('a');
    expect(reasoningOf({ reasoning: 'b' })).toBe('b');
    expect(
      reasoningOf({
        reasoning: 'c',
        reasoning_details: [{ type: 'reasoning.text', text: 'c' }],
      }),
    ).toBe('c');
    expect(
      reasoningOf({
        reasoning_details: [
          { type: 'reasoning.summary', summary: 'In short, ' },
          { type: 'reasoning.encrypted', data: 'gAAAA' },
          { type: 'reasoning.text', text: 'yes.' },
        ],
      }),
    ).toBe('In short, yes.');
    expect(reasoningOf(undefined)).toBe('');
  });
});
