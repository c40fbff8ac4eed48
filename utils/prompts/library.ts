// The prompt library: saved prompts run as `/` commands in the message box and as items of
// the page's context menu. Stored in browser.storage.local (never in IndexedDB) and checked
// whenever it crosses a boundary: storage, an imported file, the form.
import { MAX_ID_LENGTH, MAX_MODEL_NAME, PROMPT_LIMITS } from '@/utils/limits';

/** One saved prompt. */
export interface SavedPrompt {
  id: string;
  name: string;
  /** The word after `/` in the message box: letters, digits, `-` and `_`, any script. */
  command: string;
  /** The text, with `{{variables}}` filled in when it runs. */
  text: string;
  /** The persona the chat switches to when the prompt runs; null keeps the chat's. */
  personaId: string | null;
  /** The model the chat switches to when the prompt runs; '' keeps the chat's. */
  model: string;
  /** Sends as soon as it is chosen; otherwise it fills the message box for a last look. */
  sendAtOnce: boolean;
  /** Listed on the context menu of selected text. */
  onSelection: boolean;
  /** Listed on the context menu of the page. */
  onPage: boolean;
}

/** The library as stored: the prompts in the user's order, and Translate's target. */
export interface PromptLibrary {
  prompts: SavedPrompt[];
  /** The language `{{translate_to}}` names; '' for the UI language (English when it is). */
  translateTo: string;
}

/** A command word: one "word" of any script, as typed after `/`. */
const COMMAND = /^[\p{L}\p{N}_-]+$/u;

/** Why a prompt (from the form or a file) cannot be kept. */
export type PromptProblem =
  | 'name_missing'
  | 'name_long'
  | 'command_missing'
  | 'command_long'
  | 'command_shape'
  | 'command_taken'
  | 'text_missing'
  | 'text_long';

/** The field each problem is about, for the form. */
export const PROBLEM_FIELD: Record<PromptProblem, 'name' | 'command' | 'text'> = {
  name_missing: 'name',
  name_long: 'name',
  command_missing: 'command',
  command_long: 'command',
  command_shape: 'command',
  command_taken: 'command',
  text_missing: 'text',
  text_long: 'text',
};

/** Commands compare without case or width differences: `/Sum` and `/sum` are one command. */
export function commandKey(command: string): string {
  return command.normalize('NFKC').toLowerCase();
}

/** The library's commands (by their key) and whose they are: checks a list in one pass. */
export type CommandIndex = ReadonlyMap<string, string>;

export function commandIndex(prompts: readonly SavedPrompt[]): Map<string, string> {
  return new Map(prompts.map((prompt) => [commandKey(prompt.command), prompt.id]));
}

/**
 * What is wrong with `prompt` beside `others` (the rest of the library, or its commands'
 * index when a whole list is checked); [] when nothing.
 */
export function promptProblems(
  prompt: SavedPrompt,
  others: readonly SavedPrompt[] | CommandIndex,
): PromptProblem[] {
  const problems: PromptProblem[] = [];
  const name = prompt.name.trim();
  if (!name) problems.push('name_missing');
  else if (name.length > PROMPT_LIMITS.name) problems.push('name_long');
  const command = prompt.command.trim();
  if (!command) problems.push('command_missing');
  else if (command.length > PROMPT_LIMITS.command) problems.push('command_long');
  else if (!COMMAND.test(command)) problems.push('command_shape');
  else {
    const index = Array.isArray(others) ? commandIndex(others) : (others as CommandIndex);
    const owner = index.get(commandKey(command));
    if (owner !== undefined && owner !== prompt.id) problems.push('command_taken');
  }
  if (!/\S/.test(prompt.text)) problems.push('text_missing');
  else if (prompt.text.length > PROMPT_LIMITS.text) problems.push('text_long');
  return problems;
}

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** A prompt if `raw` is one (trimmed), else null. Never throws. */
export function parsePrompt(raw: unknown): SavedPrompt | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Record<string, unknown>;
  if (!isText(value.id, MAX_ID_LENGTH) || value.id === '') return null;
  if (!isText(value.name, PROMPT_LIMITS.name * 2)) return null;
  if (!isText(value.command, PROMPT_LIMITS.command * 2)) return null;
  // Beyond the limit, but still read: the check that follows says by how much.
  if (!isText(value.text, PROMPT_LIMITS.text * 10)) return null;
  const personaId = value.personaId ?? null;
  if (personaId !== null && !isText(personaId, MAX_ID_LENGTH)) return null;
  const model = value.model ?? '';
  if (!isText(model, MAX_MODEL_NAME)) return null;
  for (const flag of ['sendAtOnce', 'onSelection', 'onPage'] as const) {
    if (value[flag] !== undefined && typeof value[flag] !== 'boolean') return null;
  }
  return {
    id: value.id,
    name: value.name.trim(),
    command: value.command.trim().replace(/^\//, ''),
    text: value.text,
    personaId,
    model: model.trim(),
    sendAtOnce: value.sendAtOnce === true,
    onSelection: value.onSelection === true,
    onPage: value.onPage === true,
  };
}

/**
 * Checks a whole list: every prompt well formed, ids and commands unique, within the count.
 * All or nothing, like a history import: the list, or the first problem found.
 */
export function checkPromptList(raw: unknown):
  | { prompts: SavedPrompt[] }
  | {
      problem: PromptProblem | 'not_a_list' | 'too_many' | 'bad_prompt' | 'duplicate_id';
      index?: number;
    } {
  if (!Array.isArray(raw)) return { problem: 'not_a_list' };
  if (raw.length > PROMPT_LIMITS.count) return { problem: 'too_many' };
  const prompts: SavedPrompt[] = [];
  const ids = new Set<string>();
  const commands = new Map<string, string>();
  for (const [index, item] of raw.entries()) {
    const prompt = parsePrompt(item);
    if (!prompt) return { problem: 'bad_prompt', index };
    if (ids.has(prompt.id)) return { problem: 'duplicate_id', index };
    const [problem] = promptProblems(prompt, commands);
    if (problem) return { problem, index };
    ids.add(prompt.id);
    commands.set(commandKey(prompt.command), prompt.id);
    prompts.push(prompt);
  }
  return { prompts };
}

/** `list` with the prompt at `from` moved to `to` (both clamped). */
export function movePrompt<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [moved] = next.splice(from, 1);
  if (moved === undefined) return next;
  next.splice(Math.max(0, Math.min(to, next.length)), 0, moved);
  return next;
}

/** A free command word based on `command`: `sum`, then `sum-2`, `sum-3`… */
export function freeCommand(command: string, library: readonly SavedPrompt[]): string {
  const taken = new Set(library.map((prompt) => commandKey(prompt.command)));
  if (!taken.has(commandKey(command))) return command;
  const base = command.replace(/-\d+$/, '').slice(0, PROMPT_LIMITS.command - 4);
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(commandKey(candidate))) return candidate;
  }
}

/** Prompts matching what follows `/`: commands starting with it first, then names and texts. */
export function matchPrompts(prompts: readonly SavedPrompt[], query: string): SavedPrompt[] {
  const key = commandKey(query.trim());
  if (!key) return [...prompts];
  const byCommand: SavedPrompt[] = [];
  const byName: SavedPrompt[] = [];
  for (const prompt of prompts) {
    if (commandKey(prompt.command).startsWith(key)) byCommand.push(prompt);
    else if (commandKey(`${prompt.name} ${prompt.command}`).includes(key)) byName.push(prompt);
  }
  return [...byCommand, ...byName];
}
