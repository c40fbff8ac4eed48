import { storage } from 'wxt/utils/storage';
import type { Locale } from '@/utils/i18n/translate';
import { settingsItem } from '@/utils/settings/storage';
import {
  commandKey,
  parsePrompt,
  promptProblems,
  type PromptLibrary,
  type SavedPrompt,
} from './library';
import { PROMPT_LIMITS } from '@/utils/limits';

/**
 * The library in browser.storage.local, apart from the settings: Settings' Save and the
 * library's own edits never overwrite each other. null until the user first changes it, so
 * the defaults follow the UI language until then.
 */
export const promptLibraryItem = storage.defineItem<PromptLibrary | null>('local:prompts', {
  fallback: null,
  version: 1,
});

/**
 * A stored library as Sidechat can use it. A prompt that is no longer valid (an older
 * version's, a hand-edited store) is left out of what runs, never deleted from storage here.
 */
export function usableLibrary(stored: unknown): PromptLibrary | null {
  if (typeof stored !== 'object' || stored === null) return null;
  const raw = stored as Record<string, unknown>;
  if (!Array.isArray(raw.prompts)) return null;
  const prompts: SavedPrompt[] = [];
  const commands = new Map<string, string>();
  for (const item of raw.prompts.slice(0, PROMPT_LIMITS.count)) {
    const prompt = parsePrompt(item);
    if (prompt && promptProblems(prompt, commands).length === 0) {
      commands.set(commandKey(prompt.command), prompt.id);
      prompts.push(prompt);
    }
  }
  const translateTo =
    typeof raw.translateTo === 'string' ? raw.translateTo.slice(0, PROMPT_LIMITS.name) : '';
  return { prompts, translateTo };
}

/** The library: the user's, or the defaults (seeded from the templates of old settings). */
export async function loadPromptLibrary(locale: Locale): Promise<PromptLibrary> {
  const stored = usableLibrary(await promptLibraryItem.getValue());
  if (stored) return stored;
  const settings = (await settingsItem.getValue()) as unknown as Record<string, unknown> | null;
  // The defaults' texts load only for a library never saved.
  const { firstLibrary } = await import('./defaults');
  return firstLibrary(locale, settings ?? {});
}
