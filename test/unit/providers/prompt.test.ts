import { describe, expect, it } from 'vitest';
import { assemblePrompt, buildRequestMessages, CONTINUE_PROMPT } from '@/utils/providers/prompt';
import { applyQuoteTemplate } from '@/utils/page/quote';
import { makeMessage } from '../fixtures';

const quote = { text: 'Rivers carry sediment.', title: 'Rivers', url: 'https://example.com/r' };

describe('prompt assembly', () => {
  it('should send the quote through the template, keeping the message data apart', () => {
    const path = [makeMessage('u', null, { content: 'Why?', quote })];
    const sent = buildRequestMessages('', path, (m) =>
      applyQuoteTemplate('Q: {quote} | {message}', m.quote, m.content),
    );
    expect(sent).toEqual([{ role: 'user', content: 'Q: Rivers carry sediment. | Why?' }]);
  });

  it('should put the system prompt first, skip empty failed replies and leave siblings out', () => {
    const path = [
      makeMessage('u', null, { content: 'Hi' }),
      makeMessage('a', 'u', { role: 'assistant', content: '', status: 'error' }),
    ];
    expect(
      assemblePrompt({ systemPrompt: 'Be brief.', path, quoteTemplate: '{quote}\n{message}' }),
    ).toEqual([
      { role: 'system', content: 'Be brief.' },
      { role: 'user', content: 'Hi' },
    ]);
  });

  it('should hand a partial reply back with the request to continue', () => {
    const path = [makeMessage('u', null, { content: 'Count to 5', quote })];
    expect(
      assemblePrompt({
        systemPrompt: '',
        path,
        quoteTemplate: '{quote}: {message}',
        resume: '1, 2',
      }),
    ).toEqual([
      { role: 'user', content: 'Rivers carry sediment.: Count to 5' },
      { role: 'assistant', content: '1, 2' },
      { role: 'user', content: CONTINUE_PROMPT },
    ]);
  });
});
