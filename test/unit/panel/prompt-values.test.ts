import { describe, expect, it, vi } from 'vitest';
import { expandPrompt, type SourceReaders } from '@/utils/panel/prompt-values';
import type { SavedPrompt } from '@/utils/prompts/library';

const prompt = (text: string): SavedPrompt => ({
  id: 'p',
  name: 'P',
  command: 'p',
  text,
  personaId: null,
  model: '',
  sendAtOnce: false,
  onSelection: false,
  onPage: false,
});

const context = {
  locale: 'en' as const,
  quoteLimit: 20,
  translateTo: '',
  now: new Date(2026, 0, 2),
};
const noExtra = { clipboard: null, inputs: {} };

function readers(overrides: Partial<SourceReaders> = {}): SourceReaders {
  return {
    selection: vi.fn(async () => ({
      text: 'The selected text',
      title: 'T',
      url: 'https://x.test/',
    })),
    page: vi.fn(async () => ({
      kind: 'page' as const,
      title: 'Deltas',
      url: 'https://x.test/deltas',
      text: 'Body',
      truncated: false,
    })),
    facts: vi.fn(async () => ({ title: 'Deltas', url: 'https://x.test/deltas' })),
    attachQuote: vi.fn(),
    ...overrides,
  };
}

describe('expanding a prompt', () => {
  it('should read only the sources the prompt uses', async () => {
    const read = readers();
    const result = await expandPrompt(prompt('On {{date}}: hello'), {}, read, noExtra, context);
    expect(result).toEqual({ text: 'On January 2, 2026: hello' });
    expect(read.selection).not.toHaveBeenCalled();
    expect(read.page).not.toHaveBeenCalled();
    expect(read.facts).not.toHaveBeenCalled();
  });

  it('should fill the selection (cut to the quote limit), the page, the address and the inputs', async () => {
    const result = await expandPrompt(
      prompt('{{selection}} | {{page}} | {{title}} {{url}} | {{input:Tone}} | {{translate_to}}'),
      {},
      readers(),
      { clipboard: null, inputs: { Tone: 'dry' } },
      context,
    );
    expect(result).toEqual({
      text: 'The selected text | the page “Deltas” | Deltas https://x.test/deltas | dry | English (or into Simplified Chinese if it is already English)',
    });
  });

  it('should use what the menu handed over, and attach a selection the text does not place', async () => {
    const read = readers();
    const quote = { text: 'From the menu', title: 'M', url: 'https://m.test/' };
    const result = await expandPrompt(
      prompt('Explain this about {{title}}.'),
      { quote, tab: { title: 'Menu tab', url: 'https://m.test/' } },
      read,
      noExtra,
      context,
    );
    expect(result).toEqual({ text: 'Explain this about Menu tab.' });
    expect(read.attachQuote).toHaveBeenCalledWith(quote);
    expect(read.facts).not.toHaveBeenCalled();
  });

  it('should stop, sending nothing, when a source is missing', async () => {
    const noSelection = readers({ selection: async () => null });
    expect(await expandPrompt(prompt('{{selection}}'), {}, noSelection, noExtra, context)).toEqual({
      problem: null,
    });
    const restricted = readers({ facts: async () => ({ title: '', url: '' }) });
    expect(await expandPrompt(prompt('{{url}}'), {}, restricted, noExtra, context)).toEqual({
      problem: 'promptNoPageFacts',
    });
    const clipboard = { clipboard: Promise.resolve(null), inputs: {} };
    expect(await expandPrompt(prompt('{{clipboard}}'), {}, readers(), clipboard, context)).toEqual({
      problem: 'promptNoClipboard',
    });
  });

  it('should keep an unknown variable as written', async () => {
    expect(await expandPrompt(prompt('Use {{tone}}.'), {}, readers(), noExtra, context)).toEqual({
      text: 'Use {{tone}}.',
    });
  });
});
