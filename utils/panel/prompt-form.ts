// The prompt editor's form: what the user typed, and the prompt it makes (or what is wrong).
import type { MessageKey } from '@/utils/i18n/locales/en';
import { PROMPT_LIMITS } from '@/utils/limits';
import {
  PROBLEM_FIELD,
  promptProblems,
  type PromptProblem,
  type SavedPrompt,
} from '@/utils/prompts/library';
import type { FieldError } from './number-field';

export type PromptFormValues = Omit<SavedPrompt, 'id'>;
export type PromptFormErrors = Partial<Record<'name' | 'command' | 'text', FieldError>>;

/** A new prompt's form: nothing written, waiting to be sent from the message box. */
export const EMPTY_PROMPT: PromptFormValues = {
  name: '',
  command: '',
  text: '',
  personaId: null,
  model: '',
  sendAtOnce: false,
  onSelection: false,
  onPage: false,
};

/** Each problem as a sentence for the form; exported for the import's reasons too. */
export const PROBLEM_TEXT: Record<PromptProblem, MessageKey> = {
  name_missing: 'errPromptNameMissing',
  name_long: 'errPromptNameLong',
  command_missing: 'errPromptCommandMissing',
  command_long: 'errPromptCommandLong',
  command_shape: 'errPromptCommandShape',
  command_taken: 'errPromptCommandTaken',
  text_missing: 'errPromptTextMissing',
  text_long: 'errPromptTextLong',
};

/** The sentence for one problem of `prompt`, with its numbers. */
export function problemError(problem: PromptProblem, prompt: PromptFormValues): FieldError {
  const max = problem.startsWith('name')
    ? PROMPT_LIMITS.name
    : problem.startsWith('command')
      ? PROMPT_LIMITS.command
      : PROMPT_LIMITS.text;
  return {
    key: PROBLEM_TEXT[problem],
    params: { max, count: prompt.text.length, command: prompt.command.trim() },
  };
}

/** The prompt the form makes beside the rest of the library, or the fields that are wrong. */
export function promptFromForm(
  values: PromptFormValues,
  id: string,
  library: readonly SavedPrompt[],
): { prompt: SavedPrompt } | { errors: PromptFormErrors } {
  const prompt: SavedPrompt = {
    ...values,
    id,
    name: values.name.trim(),
    command: values.command.trim().replace(/^\//, ''),
    model: values.model.trim(),
  };
  const problems = promptProblems(prompt, library);
  if (problems.length === 0) return { prompt };
  const errors: PromptFormErrors = {};
  for (const problem of problems) {
    errors[PROBLEM_FIELD[problem]] ??= problemError(problem, prompt);
  }
  return { errors };
}
