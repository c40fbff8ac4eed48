// The prompt library as a file people share: versioned JSON, checked whole before anything
// is kept (all or nothing, like a history import).
import { PROMPT_LIMITS } from '@/utils/limits';
import {
  checkPromptList,
  commandKey,
  freeCommand,
  type PromptLibrary,
  type PromptProblem,
  type SavedPrompt,
} from './library';

export const PROMPTS_FORMAT = 'sidechat-prompts';
export const PROMPTS_VERSION = 1;

/** The file's shape. */
export interface PromptsFile {
  format: typeof PROMPTS_FORMAT;
  version: number;
  exportedAt: string;
  translateTo: string;
  prompts: SavedPrompt[];
}

/** The library as a file's text. */
export function promptsFileText(library: PromptLibrary, now = new Date()): string {
  const file: PromptsFile = {
    format: PROMPTS_FORMAT,
    version: PROMPTS_VERSION,
    exportedAt: now.toISOString(),
    translateTo: library.translateTo,
    prompts: library.prompts,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a file was refused. */
export type PromptsFileProblem =
  | { kind: 'not_json' }
  | { kind: 'not_prompts' }
  | { kind: 'newer'; version: number }
  | { kind: 'too_many'; count: number }
  | { kind: 'bad_prompt'; index: number; problem: PromptProblem | 'bad_prompt' | 'duplicate_id' };

/** What an import did. */
export interface PromptsImport {
  library: PromptLibrary;
  added: number;
  replaced: number;
  /** Commands that were taken here, and what they became. */
  renamed: { from: string; to: string }[];
}

/** Reads a prompts file's text; the prompts in it, or why not. */
export function parsePromptsFile(
  text: string,
): { prompts: SavedPrompt[]; translateTo: string } | { problem: PromptsFileProblem } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { problem: { kind: 'not_json' } };
  }
  if (typeof raw !== 'object' || raw === null) return { problem: { kind: 'not_prompts' } };
  const file = raw as Record<string, unknown>;
  if (file.format !== PROMPTS_FORMAT || typeof file.version !== 'number')
    return { problem: { kind: 'not_prompts' } };
  if (file.version > PROMPTS_VERSION) return { problem: { kind: 'newer', version: file.version } };
  const checked = checkPromptList(file.prompts);
  if ('problem' in checked) {
    if (checked.problem === 'not_a_list') return { problem: { kind: 'not_prompts' } };
    if (checked.problem === 'too_many')
      return {
        problem: { kind: 'too_many', count: (file.prompts as unknown[]).length },
      };
    return { problem: { kind: 'bad_prompt', index: checked.index ?? 0, problem: checked.problem } };
  }
  const translateTo =
    typeof file.translateTo === 'string' ? file.translateTo.slice(0, PROMPT_LIMITS.name) : '';
  return { prompts: checked.prompts, translateTo };
}

/**
 * Adds a file's prompts to the library: one with the same id replaces the local one (a
 * shared library imported again), the others are appended; a command already taken here is
 * given a free one, and said. Refused whole when the result would be too long.
 */
export function mergePrompts(
  library: PromptLibrary,
  incoming: readonly SavedPrompt[],
): PromptsImport | { problem: PromptsFileProblem } {
  const byId = new Map(incoming.map((prompt) => [prompt.id, prompt]));
  const kept = library.prompts.map((prompt) => byId.get(prompt.id) ?? prompt);
  const replaced = library.prompts.filter((prompt) => byId.has(prompt.id)).length;
  const localIds = new Set(library.prompts.map((prompt) => prompt.id));
  const fresh = incoming.filter((prompt) => !localIds.has(prompt.id));
  if (kept.length + fresh.length > PROMPT_LIMITS.count)
    return { problem: { kind: 'too_many', count: kept.length + fresh.length } };
  const result = [...kept];
  const renamed: PromptsImport['renamed'] = [];
  for (const prompt of fresh) {
    const taken = result.some((other) => commandKey(other.command) === commandKey(prompt.command));
    const command = taken ? freeCommand(prompt.command, result) : prompt.command;
    if (command !== prompt.command) renamed.push({ from: prompt.command, to: command });
    result.push({ ...prompt, command });
  }
  // A replaced prompt may now share its command with another local one: rename the later.
  for (const [index, prompt] of result.entries()) {
    const earlier = result.slice(0, index);
    if (earlier.some((other) => commandKey(other.command) === commandKey(prompt.command))) {
      const command = freeCommand(prompt.command, result);
      renamed.push({ from: prompt.command, to: command });
      result[index] = { ...prompt, command };
    }
  }
  return {
    library: { ...library, prompts: result },
    added: fresh.length,
    replaced,
    renamed,
  };
}
