import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './settings-model';

/** The provider and chat settings, API key included, in browser.storage.local. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads the settings, filling any field an older version did not store. */
export async function loadSettings(): Promise<Settings> {
  return withDefaults(await settingsItem.getValue());
}

/** The conversation the panel showed last, so a reopened panel lands on it. */
export const lastConversationItem = storage.defineItem<string | null>('local:lastConversationId', {
  fallback: null,
});

/** The composer's unsent text, so closing the panel never loses what the user typed. */
export const draftItem = storage.defineItem<string>('local:draft', { fallback: '' });
