import { describe, expect, it } from 'vitest';
import { ANSWER_VALUE_CHECKS, errorAnswer, okAnswer, parseAnswer } from '@/utils/protocol/answers';

describe('answers', () => {
  it('should round-trip a value and an error', () => {
    expect(parseAnswer(okAnswer('r1', ['a', 'b']))).toEqual({
      type: 'answer',
      requestId: 'r1',
      ok: true,
      value: ['a', 'b'],
    });
    const failed = errorAnswer('r2', { code: 'busy', message: 'Wait.' });
    expect(parseAnswer(failed)).toEqual(failed);
  });

  it('should reject what is not an answer, and read an unknown code as unknown', () => {
    expect(parseAnswer({ type: 'answer', ok: true })).toBeNull();
    expect(parseAnswer({ type: 'answer', requestId: 'r', ok: false, error: 'x' })).toBeNull();
    expect(parseAnswer({ type: 'delta', requestId: 'r', ok: true })).toBeNull();
    expect(
      parseAnswer({
        type: 'answer',
        requestId: 'r',
        ok: false,
        error: { code: 'x', message: 'M' },
      }),
    ).toMatchObject({ error: { code: 'unknown', message: 'M' } });
  });

  it('should check each request type’s value shape', () => {
    expect(ANSWER_VALUE_CHECKS.listModels(['m'])).toBe(true);
    expect(ANSWER_VALUE_CHECKS.listModels([1])).toBe(false);
    expect(ANSWER_VALUE_CHECKS.readSelection({ problem: 'tab_gone' })).toBe(true);
    expect(ANSWER_VALUE_CHECKS.readSelection({ problem: 'nope' })).toBe(false);
    expect(ANSWER_VALUE_CHECKS.readSelection({ quote: { text: 'q', title: '', url: '' } })).toBe(
      true,
    );
    expect(ANSWER_VALUE_CHECKS.importChunk(null)).toBe(true);
    expect(ANSWER_VALUE_CHECKS.importChunk({ message: 'Imported.' })).toBe(true);
    expect(ANSWER_VALUE_CHECKS.send(null)).toBe(true);
    expect(ANSWER_VALUE_CHECKS.send('x')).toBe(false);
  });
});
