// Writing a reply into the page the user is working in: the request's modes and its answers,
// shared by the panel, the protocol and the background.
import { QUOTE_PROBLEMS, type QuoteProblem } from './quote';

/** `insert` at the caret (after any selection), `replace` the selection, or `probe` only. */
export const WRITE_MODES = ['insert', 'replace', 'probe'] as const;
export type WriteMode = (typeof WRITE_MODES)[number];

/** What the page's focused editor did with the text. */
export const WRITE_OUTCOMES = ['written', 'ready', 'no_target', 'refused'] as const;
export type WriteOutcome = (typeof WRITE_OUTCOMES)[number];

/** The answer: what happened, and whether the editor holds a selection to replace. */
export type WriteResult =
  { outcome: WriteOutcome; hasSelection: boolean; undoable: boolean } | { problem: QuoteProblem };

/** Checks an answer received from elsewhere; null if it is not one. */
export function parseWriteResult(raw: unknown): WriteResult | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const value = raw as Record<string, unknown>;
  if ('problem' in value)
    return QUOTE_PROBLEMS.some((problem) => problem === value.problem)
      ? { problem: value.problem as QuoteProblem }
      : null;
  if (!WRITE_OUTCOMES.some((outcome) => outcome === value.outcome)) return null;
  if (typeof value.hasSelection !== 'boolean' || typeof value.undoable !== 'boolean') return null;
  return {
    outcome: value.outcome as WriteOutcome,
    hasSelection: value.hasSelection,
    undoable: value.undoable,
  };
}
