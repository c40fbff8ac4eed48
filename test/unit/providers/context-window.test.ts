import { describe, expect, it } from 'vitest';
import {
  contextFill,
  contextTokensOf,
  contextWindowFor,
  estimateTokens,
  knownContextWindow,
} from '@/utils/providers/context-window';
import { PRESET_IDS, PRESETS } from '@/utils/providers/presets';

describe('context windows', () => {
  it('should know the presets’ default models, with or without a vendor prefix', () => {
    for (const id of PRESET_IDS) {
      const model = PRESETS[id].defaultModel;
      // Local servers run whatever the user pulled: their window is the user's to say.
      if (!model || PRESETS[id].local) continue;
      expect(knownContextWindow(model), `${id}: ${model}`).toBeGreaterThan(0);
    }
    expect(knownContextWindow('openai/gpt-4o-mini')).toBe(128_000);
    expect(knownContextWindow('moonshot-v1-32k')).toBe(32_768);
    expect(knownContextWindow('my-finetune')).toBeNull();
  });

  it('should prefer the profile’s setting, then the model list, then the table', () => {
    expect(contextWindowFor('gpt-4o', 8192, { 'gpt-4o': 100 })).toBe(8192);
    expect(contextWindowFor('gpt-4o', null, { 'gpt-4o': 100_000 })).toBe(100_000);
    expect(contextWindowFor('gpt-4o', null, {})).toBe(128_000);
    expect(contextWindowFor('unknown', null, undefined)).toBeNull();
  });

  it('should estimate Chinese by character and other text by four characters a token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcdefgh')).toBe(2);
    expect(estimateTokens('你好世界')).toBe(4);
    expect(estimateTokens('你好 world')).toBe(2 + 2);
    expect(contextFill(7000, 'x'.repeat(4000), 8192)).toEqual({
      tokens: 8000,
      window: 8192,
      ratio: 8000 / 8192,
    });
    expect(contextFill(10, 'x', null)).toBeNull();
  });
});

const usage = (totalTokens: number) => ({ promptTokens: 0, completionTokens: 0, totalTokens });

describe('contextTokensOf', () => {
  it('should start from the last reported total and estimate what follows it', () => {
    expect(
      contextTokensOf([
        { content: 'a'.repeat(400), usage: null },
        { content: 'reply', usage: usage(150) },
        { content: 'b'.repeat(40), usage: null },
      ]),
    ).toBe(160);
    expect(contextTokensOf([{ content: '你好', usage: null }])).toBe(2);
    // Pages on a message are sent with every later request: counted until a usage report.
    const page = {
      kind: 'page' as const,
      title: '',
      url: '',
      text: 'x',
      tokens: 900,
      truncated: false,
    };
    expect(contextTokensOf([{ content: 'hi', usage: null, pages: [page] }])).toBe(901);
  });
});
