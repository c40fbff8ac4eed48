// A request the background will not carry out, with the sentence that says why.
import type { AnswerError } from '@/utils/protocol/answers';
import { describeError, errorContext, toChatError } from '@/utils/providers/errors';

/**
 * Thrown by a request handler to refuse the request: the port router turns it into the
 * request's error answer as it is, since the sentence was written with what the handler knew
 * (the provider's name, the file's problem).
 */
export class RequestRefused extends Error {
  readonly answer: AnswerError;

  constructor(answer: AnswerError, options: { cause?: unknown } = {}) {
    super(answer.code, options);
    this.name = 'RequestRefused';
    this.answer = answer;
  }
}

/**
 * The error answer for anything a request handler threw: a refusal as it is, anything else
 * (a failed database write, a bug) as the sentence its kind deserves, logged for debugging.
 */
export function answerErrorFor(error: unknown): AnswerError {
  if (error instanceof RequestRefused) return error.answer;
  console.error('Sidechat: a request failed', error);
  return describeError(toChatError(error), errorContext(null));
}
