import { describe, expect, it } from 'vitest';
import { dateAndTime, fillPrompt, variablesIn } from '@/utils/prompts/variables';

describe('prompt variables', () => {
  it('should find the variables a text uses, each input once and in order', () => {
    const used = variablesIn(
      'Reply to {{ selection }} on {{title}} ({{URL}}) as {{input:Tone}}, {{input: Length }}, {{input:Tone}}; {{nope}} {{page:x}}',
    );
    expect([...used.names].toSorted()).toEqual(['selection', 'title', 'url']);
    expect(used.inputs).toEqual(['Tone', 'Length']);
    expect(used.unknown).toEqual(['{{nope}}', '{{page:x}}']);
  });

  it('should fill what it has and leave unknown variables exactly as written', () => {
    const text = 'Translate {{selection}} into {{translate_to}} in a {{input:Tone}} tone. {{foo}}';
    expect(
      fillPrompt(text, {
        selection: 'Bonjour',
        translate_to: 'English',
        inputs: { Tone: 'warm' },
      }),
    ).toBe('Translate Bonjour into English in a warm tone. {{foo}}');
  });

  it('should not read a value as a pattern ($& stays as typed)', () => {
    expect(fillPrompt('Say {{clipboard}}', { clipboard: 'cost: $& and $1' })).toBe(
      'Say cost: $& and $1',
    );
  });

  it('should not fill variables inside a filled value again', () => {
    expect(fillPrompt('{{selection}} {{title}}', { selection: '{{title}}', title: 'T' })).toBe(
      '{{title}} T',
    );
  });

  it('should find nothing in a plain or a 100,000-character text quickly', () => {
    expect(variablesIn('No variables here.')).toEqual({
      names: new Set(),
      inputs: [],
      unknown: [],
    });
    const long = `${'{'.repeat(50_000)}${'}'.repeat(50_000)}`;
    expect(variablesIn(long).names.size).toBe(0);
  });

  it('should write the date and time in the UI language', () => {
    const now = new Date(2026, 10, 22, 9, 5);
    expect(dateAndTime(now, 'en').date).toBe('November 22, 2026');
    expect(dateAndTime(now, 'zh_CN').date).toBe('2026年11月22日');
    expect(dateAndTime(now, 'en').time).toMatch(/9:05/);
  });
});
