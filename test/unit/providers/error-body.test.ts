import { describe, expect, it } from 'vitest';
import { errorObjectOf } from '@/utils/providers/error-body';

describe('errorObjectOf', () => {
  it("should read OpenAI's, Mistral's, FastAPI's, Gemini's and bare error bodies", () => {
    const openai = { error: { message: 'Bad key.', type: 'invalid_request_error', code: null } };
    expect(errorObjectOf(openai)).toEqual(openai.error);
    const mistral = {
      object: 'error',
      message: {
        detail: [
          {
            type: 'extra_forbidden',
            loc: ['body', 'stream_options'],
            msg: 'Extra inputs are not permitted',
          },
        ],
      },
      type: 'invalid_request_message_error',
      param: null,
      code: null,
    };
    expect(errorObjectOf(mistral)).toEqual({
      message: 'stream_options: Extra inputs are not permitted',
      type: 'invalid_request_message_error',
      param: 'stream_options',
      code: null,
    });
    expect(
      errorObjectOf({
        detail: [
          { loc: ['body', 'top_p'], msg: 'Extra inputs are not permitted' },
          { loc: ['body', 'seed'], msg: 'Extra inputs are not permitted' },
        ],
      })?.message,
    ).toBe('top_p: Extra inputs are not permitted; seed: Extra inputs are not permitted');
    expect(
      errorObjectOf([{ error: { message: 'Invalid JSON payload.', code: 400 } }])?.message,
    ).toBe('Invalid JSON payload.');
    expect(errorObjectOf({ message: 'model is required' })).toEqual({
      message: 'model is required',
      param: null,
      code: null,
    });
    expect(errorObjectOf({ error: 'Unauthorized' })).toEqual({ message: 'Unauthorized' });
    expect(errorObjectOf({ ok: false })).toBeNull();
    expect(errorObjectOf('nope')).toBeNull();
  });
});
