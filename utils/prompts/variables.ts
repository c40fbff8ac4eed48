// `{{variables}}` in a saved prompt: which ones a text uses (so only those sources are read
// or asked for) and the text with them filled in. Unknown ones stay as written.
import { PROMPT_LIMITS } from '@/utils/limits';

export const VARIABLE_NAMES = [
  'selection',
  'page',
  'url',
  'title',
  'date',
  'time',
  'language',
  'clipboard',
  'translate_to',
] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

/** `{{name}}` or `{{input:Label}}`, spaces allowed inside the braces. */
const VARIABLE = /\{\{\s*([^{}:]+?)\s*(?::\s*([^{}]*?)\s*)?\}\}/g;
const KNOWN = new Set<string>(VARIABLE_NAMES);

/** What a prompt's text asks for. */
export interface PromptVariables {
  /** The known variables it uses. */
  names: Set<VariableName>;
  /** The labels of its `{{input:Label}}` fields, each once, in order. */
  inputs: string[];
  /** Variables it uses that Sidechat does not know, as written ("{{foo}}"). */
  unknown: string[];
}

const isVariable = (name: string): name is VariableName => KNOWN.has(name);

/** The variables `text` uses. */
export function variablesIn(text: string): PromptVariables {
  const found: PromptVariables = { names: new Set(), inputs: [], unknown: [] };
  for (const match of text.matchAll(VARIABLE)) {
    const name = (match[1] ?? '').toLowerCase();
    const label = match[2];
    if (name === 'input' && label) {
      if (!found.inputs.includes(label) && found.inputs.length < PROMPT_LIMITS.inputs)
        found.inputs.push(label);
    } else if (label === undefined && isVariable(name)) found.names.add(name);
    else if (!found.unknown.includes(match[0])) found.unknown.push(match[0]);
  }
  return found;
}

/** The values to fill in: one per known variable used, and the answers to the inputs. */
export type VariableValues = Partial<Record<VariableName, string>> & {
  inputs?: Record<string, string>;
};

/**
 * `text` with its variables replaced by `values`. A variable without a value (unknown, or
 * an input past the limit) is left exactly as written, so the user sees it was not filled.
 */
export function fillPrompt(text: string, values: VariableValues): string {
  return text.replace(VARIABLE, (whole, rawName: string, label: string | undefined) => {
    const name = rawName.toLowerCase();
    if (name === 'input' && label) return values.inputs?.[label] ?? whole;
    if (label !== undefined || !isVariable(name)) return whole;
    return values[name] ?? whole;
  });
}

/** `{{date}}` and `{{time}}` in the UI language, at `now`. */
export function dateAndTime(now: Date, locale: string): { date: string; time: string } {
  const tag = locale.replace('_', '-');
  return {
    date: new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(now),
    time: new Intl.DateTimeFormat(tag, { timeStyle: 'short' }).format(now),
  };
}
