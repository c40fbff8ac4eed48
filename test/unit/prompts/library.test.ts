import { describe, expect, it } from 'vitest';
import { PROMPT_LIMITS } from '@/utils/limits';
import {
  checkPromptList,
  freeCommand,
  matchPrompts,
  movePrompt,
  parsePrompt,
  promptProblems,
  type SavedPrompt,
} from '@/utils/prompts/library';
import { defaultPrompts, firstLibrary } from '@/utils/prompts/defaults';
import { usableLibrary } from '@/utils/prompts/storage';
import { menuChoice, menuItems, menuTitle } from '@/utils/prompts/menu-items';
import { promptFromForm } from '@/utils/panel/prompt-form';

const prompt = (id: string, command: string, extra: Partial<SavedPrompt> = {}): SavedPrompt => ({
  id,
  name: `Prompt ${id}`,
  command,
  text: `Text of ${id}`,
  personaId: null,
  model: '',
  sendAtOnce: false,
  onSelection: false,
  onPage: false,
  ...extra,
});

describe('the prompt library', () => {
  it('should refuse a command another prompt has, whatever its case or width', () => {
    const library = [prompt('a', 'sum')];
    expect(promptProblems(prompt('b', 'SUM'), library)).toEqual(['command_taken']);
    expect(promptProblems(prompt('b', 'ｓｕｍ'), library)).toEqual(['command_taken']);
    // The prompt itself is not a collision when it is edited.
    expect(promptProblems(prompt('a', 'sum'), library)).toEqual([]);
  });

  it('should take commands in any script, as one word', () => {
    expect(promptProblems(prompt('a', '总结'), [])).toEqual([]);
    expect(promptProblems(prompt('a', 'two words'), [])).toEqual(['command_shape']);
    expect(promptProblems(prompt('a', 'a/b'), [])).toEqual(['command_shape']);
    expect(promptProblems(prompt('a', 'x'.repeat(PROMPT_LIMITS.command + 1)), [])).toEqual([
      'command_long',
    ]);
  });

  it('should keep a prompt of 100,000 characters and refuse a longer one with its reason', () => {
    expect(promptProblems(prompt('a', 'a', { text: 'x'.repeat(100_000) }), [])).toEqual([]);
    const result = promptFromForm({ ...prompt('a', 'long'), text: 'x'.repeat(100_001) }, 'a', []);
    expect(result).toEqual({
      errors: {
        text: {
          key: 'errPromptTextLong',
          params: { max: 100_000, count: 100_001, command: 'long' },
        },
      },
    });
  });

  it('should say every wrong field of the form at once', () => {
    const result = promptFromForm({ ...prompt('b', 'sum'), name: ' ', text: '' }, 'b', [
      prompt('a', 'sum'),
    ]);
    expect(result).toMatchObject({
      errors: {
        name: { key: 'errPromptNameMissing' },
        command: { key: 'errPromptCommandTaken', params: { command: 'sum' } },
        text: { key: 'errPromptTextMissing' },
      },
    });
  });

  it('should check a whole list, all or nothing, saying which prompt is wrong', () => {
    expect(checkPromptList([prompt('a', 'x'), prompt('b', 'y')])).toMatchObject({
      prompts: [{ id: 'a' }, { id: 'b' }],
    });
    expect(checkPromptList([prompt('a', 'x'), prompt('b', 'X')])).toEqual({
      problem: 'command_taken',
      index: 1,
    });
    expect(checkPromptList([prompt('a', 'x'), prompt('a', 'y')])).toEqual({
      problem: 'duplicate_id',
      index: 1,
    });
    expect(checkPromptList([prompt('a', 'x'), { id: 'b', name: 3 }])).toEqual({
      problem: 'bad_prompt',
      index: 1,
    });
    expect(checkPromptList('nope')).toEqual({ problem: 'not_a_list' });
    const many = Array.from({ length: PROMPT_LIMITS.count + 1 }, (_, i) => prompt(`${i}`, `c${i}`));
    expect(checkPromptList(many)).toEqual({ problem: 'too_many' });
  });

  it('should read a stored prompt leniently: a leading slash, missing flags', () => {
    expect(parsePrompt({ id: 'a', name: ' N ', command: '/sum', text: 'T' })).toEqual({
      ...prompt('a', 'sum'),
      name: 'N',
      text: 'T',
    });
    expect(parsePrompt({ id: 'a', name: 'N', command: 'c', text: 'T', onPage: 'yes' })).toBeNull();
  });

  it('should find a free command for a copy', () => {
    const library = [prompt('a', 'sum'), prompt('b', 'sum-2')];
    expect(freeCommand('sum', library)).toBe('sum-3');
    expect(freeCommand('other', library)).toBe('other');
  });

  it('should move a prompt within bounds', () => {
    expect(movePrompt(['a', 'b', 'c'], 0, 2)).toEqual(['b', 'c', 'a']);
    expect(movePrompt(['a', 'b', 'c'], 2, -5)).toEqual(['c', 'a', 'b']);
  });

  it('should list commands starting with the query first, then names and commands containing it', () => {
    const library = [
      prompt('a', 'translate', { name: 'Translate' }),
      prompt('b', 'tldr', { name: 'Summarize this page' }),
      prompt('c', 'fix', { name: 'Fix the tone' }),
    ];
    expect(matchPrompts(library, 't').map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(matchPrompts(library, 'TL').map((p) => p.id)).toEqual(['b']);
    expect(matchPrompts(library, 'page').map((p) => p.id)).toEqual(['b']);
    expect(matchPrompts(library, '').map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('should filter 1,000 prompts quickly enough to run on every keystroke', () => {
    const library = Array.from({ length: 1000 }, (_, i) =>
      prompt(`${i}`, `command${i}`, { name: `Name ${i}`, text: 'x'.repeat(2000) }),
    );
    // Correctness here; the time is printed by the benchmark, never asserted.
    expect(matchPrompts(library, 'command99')).toHaveLength(11);
  });
});

describe('the default prompts', () => {
  it('should come in English and Chinese with the same ids, commands and places', () => {
    const en = defaultPrompts('en');
    const zh = defaultPrompts('zh_CN');
    expect(zh.map((p) => [p.id, p.command, p.onSelection, p.onPage])).toEqual(
      en.map((p) => [p.id, p.command, p.onSelection, p.onPage]),
    );
    expect(zh[0]?.name).toBe('解释');
    expect(checkPromptList(en)).toHaveProperty('prompts');
  });

  it('should start from the quick-action templates a user had customised', () => {
    const library = firstLibrary('en', { explainTemplate: ' ELI5 ', translateTemplate: '' });
    expect(library.prompts.find((p) => p.id === 'explain')?.text).toBe('ELI5');
    expect(library.prompts.find((p) => p.id === 'translate')?.text).toContain('{{translate_to}}');
  });

  it('should use what is valid in a stored library and leave out what is not', () => {
    const stored = {
      prompts: [prompt('a', 'x'), { id: 'b' }, prompt('c', 'X'), prompt('d', 'y')],
      translateTo: 'Deutsch',
    };
    expect(usableLibrary(stored)).toEqual({
      prompts: [prompt('a', 'x'), prompt('d', 'y')],
      translateTo: 'Deutsch',
    });
    expect(usableLibrary(null)).toBeNull();
  });
});

describe('the context menu’s items', () => {
  it('should show names as typed in both browsers', () => {
    expect(menuTitle('Q&A about %s', true)).toBe('Q&&A about % s');
    expect(menuTitle('Q&A', false)).toBe('Q&A');
  });

  it('should keep each menu within its limit and read a click back', () => {
    const prompts = Array.from({ length: 40 }, (_, i) =>
      prompt(`p${i}`, `c${i}`, { onSelection: true, onPage: i < 2 }),
    );
    const items = menuItems(
      { prompts, translateTo: '' },
      { askSelection: 'A', askPage: 'P' },
      false,
    );
    const selection = items.filter((item) => item.contexts[0] === 'selection');
    expect(selection).toHaveLength(PROMPT_LIMITS.menuItems);
    expect(items.filter((item) => item.contexts[0] === 'page')).toHaveLength(3);
    expect(menuChoice('sidechat-prompt:p3')).toEqual({
      kind: 'prompt',
      promptId: 'p3',
      on: 'selection',
    });
    expect(menuChoice('sidechat-page-prompt:p1')).toEqual({
      kind: 'prompt',
      promptId: 'p1',
      on: 'page',
    });
    expect(menuChoice('sidechat-ask-page')).toEqual({ kind: 'ask-page' });
    expect(menuChoice('other')).toBeNull();
  });
});
