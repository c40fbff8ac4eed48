import { describe, expect, it } from 'vitest';
import {
  adaptationFor,
  adaptationItems,
  mergeAdaptations,
  parseAdaptations,
  type SentFields,
} from '@/utils/providers/adaptation';

const ALL_SENT: SentFields = {
  streamUsage: true,
  lengthField: 'max_tokens',
  sampling: ['temperature', 'top_p'],
};

describe('adaptationFor', () => {
  it('should turn usage off when the server refuses stream_options (OpenAI-shaped and Mistral)', () => {
    const azure = {
      status: 400,
      message: 'Unrecognized request argument supplied: stream_options',
      param: 'stream_options',
      code: 'unknown_parameter',
    };
    expect(adaptationFor(azure, ALL_SENT, 'm')).toEqual({ noStreamUsage: true });
    // Mistral's 422 detail, as error-body words it: the field and "Extra inputs…".
    const mistral = {
      status: 422,
      message: 'stream_options: Extra inputs are not permitted',
      param: 'stream_options',
    };
    expect(adaptationFor(mistral, ALL_SENT, 'm')).toEqual({ noStreamUsage: true });
  });

  it('should send max_completion_tokens when the error says to, and no limit when refused outright', () => {
    const reasoning = {
      status: 400,
      message:
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
      param: 'max_tokens',
      code: 'unsupported_parameter',
    };
    expect(adaptationFor(reasoning, ALL_SENT, 'o3-mini')).toEqual({
      lengthField: 'max_completion_tokens',
    });
    const refused = { status: 400, message: "Unknown parameter: 'max_completion_tokens'." };
    expect(
      adaptationFor(refused, { ...ALL_SENT, lengthField: 'max_completion_tokens' }, 'm'),
    ).toEqual({ lengthField: 'none' });
  });

  it('should leave out a sampling setting the model refuses, for that model only', () => {
    const temperature = {
      status: 400,
      message:
        "Unsupported value: 'temperature' does not support 0.2 with this model. Only the default (1) value is supported.",
      param: 'temperature',
      code: 'unsupported_value',
    };
    expect(adaptationFor(temperature, ALL_SENT, 'gpt-5')).toEqual({
      refused: { 'gpt-5': ['temperature'] },
    });
  });

  it('should not adapt to errors about values, the context, the key, or a field not sent', () => {
    const sent = ALL_SENT;
    const cases = [
      {
        status: 400,
        message:
          'max_tokens is too large: 100000. This model supports at most 16384 completion tokens.',
        param: 'max_tokens',
      },
      { status: 400, message: "This model's maximum context length is 8192 tokens." },
      { status: 401, message: 'Unsupported: Incorrect API key provided.' },
      { status: 400, message: 'temperature: Input should be less than or equal to 1' },
      { status: 500, message: 'Unsupported parameter: stream_options' },
    ];
    for (const refusal of cases) expect(adaptationFor(refusal, sent, 'm')).toBeNull();
    const notSent = { status: 400, message: 'Unsupported parameter: top_p', param: 'top_p' };
    expect(adaptationFor(notSent, { ...sent, sampling: ['temperature'] }, 'm')).toBeNull();
    // max_tokens must not match inside max_completion_tokens.
    const other = { status: 400, message: "Unknown parameter: 'max_completion_tokens'." };
    expect(adaptationFor(other, sent, 'm')).toBeNull();
  });
});

describe('adaptations as data', () => {
  it('should merge per model, list in a stable order, and keep only known shapes from storage', () => {
    const merged = mergeAdaptations(
      { noStreamUsage: true, refused: { a: ['temperature'] } },
      {
        lengthField: 'max_completion_tokens',
        refused: { a: ['top_p', 'temperature'], b: ['top_p'] },
      },
    );
    expect(merged).toEqual({
      noStreamUsage: true,
      lengthField: 'max_completion_tokens',
      refused: { a: ['temperature', 'top_p'], b: ['top_p'] },
    });
    expect(adaptationItems(merged)).toEqual([
      { kind: 'noStreamUsage' },
      { kind: 'lengthField', field: 'max_completion_tokens' },
      { kind: 'refused', param: 'temperature', model: 'a' },
      { kind: 'refused', param: 'top_p', model: 'a' },
      { kind: 'refused', param: 'top_p', model: 'b' },
    ]);
    expect(
      parseAdaptations({
        noStreamUsage: 'yes',
        lengthField: 'max_completion_tokens',
        refused: { a: ['temperature', 'seed'], b: 'top_p', c: [] },
      }),
    ).toEqual({ lengthField: 'max_completion_tokens', refused: { a: ['temperature'] } });
    expect(parseAdaptations(null)).toEqual({});
  });
});
