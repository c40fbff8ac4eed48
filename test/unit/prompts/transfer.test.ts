import { describe, expect, it } from 'vitest';
import { defaultPrompts } from '@/utils/prompts/defaults';
import type { PromptLibrary, SavedPrompt } from '@/utils/prompts/library';
import { mergePrompts, parsePromptsFile, promptsFileText } from '@/utils/prompts/transfer';

const own = (id: string, command: string): SavedPrompt => ({
  id,
  name: `Mine ${id}`,
  command,
  text: 'Check {{selection}} for {{input:What}}',
  personaId: null,
  model: 'gpt-4o-mini',
  sendAtOnce: true,
  onSelection: true,
  onPage: false,
});

const library: PromptLibrary = {
  prompts: [...defaultPrompts('en'), own('m1', 'check')],
  translateTo: '日本語',
};

describe('prompts files', () => {
  it('should read back exactly what it wrote', () => {
    const parsed = parsePromptsFile(promptsFileText(library));
    expect(parsed).toEqual({ prompts: library.prompts, translateTo: '日本語' });
  });

  it('should refuse what is not a prompts file, or is newer, with its reason', () => {
    expect(parsePromptsFile('{')).toEqual({ problem: { kind: 'not_json' } });
    expect(parsePromptsFile('{"format":"sidechat-history","version":1}')).toEqual({
      problem: { kind: 'not_prompts' },
    });
    expect(parsePromptsFile('{"format":"sidechat-prompts","version":9,"prompts":[]}')).toEqual({
      problem: { kind: 'newer', version: 9 },
    });
  });

  it('should refuse the whole file for one bad prompt, naming it', () => {
    const text = promptsFileText({
      prompts: [own('a', 'one'), { ...own('b', 'two'), text: 'x'.repeat(100_001) }],
      translateTo: '',
    });
    expect(parsePromptsFile(text)).toEqual({
      problem: { kind: 'bad_prompt', index: 1, problem: 'text_long' },
    });
  });

  it('should add new prompts, replace those with the same id, and rename taken commands', () => {
    const incoming = [
      { ...own('m1', 'check'), name: 'Mine, updated' },
      own('n1', 'explain'),
      own('n2', 'fresh'),
    ];
    const result = mergePrompts(library, incoming);
    if ('problem' in result) throw new Error('refused');
    expect(result.added).toBe(2);
    expect(result.replaced).toBe(1);
    expect(result.renamed).toEqual([{ from: 'explain', to: 'explain-2' }]);
    expect(result.library.prompts.find((p) => p.id === 'm1')?.name).toBe('Mine, updated');
    expect(result.library.prompts.map((p) => p.command)).toContain('explain-2');
    expect(result.library.prompts).toHaveLength(library.prompts.length + 2);
  });

  it('should refuse an import that would pass the limit, changing nothing', () => {
    const many = Array.from({ length: 999 }, (_, i) => own(`x${i}`, `c${i}`));
    expect(mergePrompts(library, many)).toEqual({
      problem: { kind: 'too_many', count: library.prompts.length + 999 },
    });
  });
});
