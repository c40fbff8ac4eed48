// Answers to requests: each request gets exactly one, a value or an error, matched by its
// request id. Push events (events.ts) are a separate union.
import { isSyncOutcome, type SyncOutcome } from '@/utils/sync/config';
import { ERROR_CODES } from '@/utils/history/types';
import { parsePageReadResult, type PageReadResult } from '@/utils/page/page-source';
import { QUOTE_PROBLEMS, parseQuote, type SelectionResult } from '@/utils/page/quote';
import { parseWriteResult, type WriteResult } from '@/utils/page/page-write';
import { parseCaptureResult, type CaptureResult } from '@/utils/images/capture-result';
import type { Adaptations } from '@/utils/providers/adaptation';
import type { RequestType } from './requests';
import { isId, isShape } from './shape';

/** What an import reports when it wrote the file. */
export interface ImportOutcome {
  /** A sentence for the user: how many conversations and messages came in. */
  message: string;
}

/** The value each request answers with, by request type. */
export interface AnswerValues {
  send: null;
  setOptions: null;
  resetConversation: null;
  listModels: string[];
  /** Checked as a shape here; the panel keeps only known fields with parseAdaptations. */
  probeChat: Adaptations;
  /** null for the pieces before the last; the last piece's answer is the import's outcome. */
  importChunk: ImportOutcome | null;
  readSelection: SelectionResult;
  readPage: PageReadResult;
  writeToPage: WriteResult;
  captureTab: CaptureResult;
  stop: null;
  continue: null;
  switchBranch: null;
  deleteBranch: null;
  feedback: null;
  rename: null;
  pin: null;
  deleteConversation: null;
  retry: null;
  subscribe: null;
  syncNow: SyncOutcome;
  syncTest: SyncOutcome;
}

/** Why a request failed: a generation's codes, and the request's own. */
export const ANSWER_ERROR_CODES = [
  ...ERROR_CODES,
  /** The request was malformed (version skew); nothing was done. */
  'invalid_request',
  /** An import file failed its checks; nothing was written. */
  'import_rejected',
  /** The port closed before the answer came (the panel makes this one itself). */
  'connection_lost',
] as const;
export type AnswerErrorCode = (typeof ANSWER_ERROR_CODES)[number];

/** A failed request, in words the user can act on. */
export interface AnswerError {
  code: AnswerErrorCode;
  /** A sentence for the user, in their language; never holds a secret. */
  message: string;
}

/** The one answer to one request. */
export type Answer =
  | { type: 'answer'; requestId: string; ok: true; value: unknown }
  | { type: 'answer'; requestId: string; ok: false; error: AnswerError };

/** The answer carrying a request's value. */
export function okAnswer(requestId: string, value: AnswerValues[RequestType]): Answer {
  return { type: 'answer', requestId, ok: true, value };
}

/** The answer saying why a request failed. */
export function errorAnswer(requestId: string, error: AnswerError): Answer {
  return { type: 'answer', requestId, ok: false, error };
}

const isNull = (value: unknown): value is null => value === null;

/** Checks an answer's value against what its request type answers with. */
export const ANSWER_VALUE_CHECKS: {
  [T in RequestType]: (value: unknown) => value is AnswerValues[T];
} = {
  send: isNull,
  setOptions: isNull,
  resetConversation: isNull,
  listModels: (value): value is string[] =>
    Array.isArray(value) && value.every((name) => typeof name === 'string'),
  probeChat: (value): value is Adaptations => isShape(value),
  importChunk: (value): value is ImportOutcome | null =>
    value === null || (isShape(value) && typeof value.message === 'string'),
  readSelection: (value): value is SelectionResult =>
    isShape(value) &&
    (('quote' in value && parseQuote(value.quote) !== null) ||
      QUOTE_PROBLEMS.some((problem) => problem === value.problem)),
  readPage: (value): value is PageReadResult => parsePageReadResult(value) !== null,
  writeToPage: (value): value is WriteResult => parseWriteResult(value) !== null,
  captureTab: (value): value is CaptureResult => parseCaptureResult(value) !== null,
  stop: isNull,
  continue: isNull,
  switchBranch: isNull,
  deleteBranch: isNull,
  feedback: isNull,
  rename: isNull,
  pin: isNull,
  deleteConversation: isNull,
  retry: isNull,
  subscribe: isNull,
  syncNow: isSyncOutcome,
  syncTest: isSyncOutcome,
};

/** The answer if `raw` is one, else null. Never throws. */
export function parseAnswer(raw: unknown): Answer | null {
  if (!isShape(raw) || raw.type !== 'answer' || !isId(raw.requestId)) return null;
  if (raw.ok === true)
    return { type: 'answer', requestId: raw.requestId, ok: true, value: raw.value };
  const error = raw.error;
  if (raw.ok !== false || !isShape(error) || typeof error.message !== 'string') return null;
  const code = ANSWER_ERROR_CODES.find((known) => known === error.code) ?? 'unknown';
  return {
    type: 'answer',
    requestId: raw.requestId,
    ok: false,
    error: { code, message: error.message },
  };
}
