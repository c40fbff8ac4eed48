import { storage } from 'wxt/utils/storage';
import type { PageReadResult } from '@/utils/page/page-source';
import type { Quote } from '@/utils/page/quote';
import { DEFAULT_SETTINGS, withDefaults, type Settings } from './model';

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

/**
 * What the context menu hands to the panel, which takes it when it opens: a selection to ask
 * about, the page read for "Ask about this page", or a saved prompt to run with the selection
 * or the page it was chosen on (the page read only when the prompt uses `{{page}}`).
 */
export type PendingAsk = (
  | { quote: Quote; action: 'ask' }
  | { page: PageReadResult }
  | {
      prompt: string;
      quote?: Quote;
      page?: PageReadResult;
      tab: { title: string; url: string };
    }
) & {
  /** When it was handed over; stale hand-overs are ignored. */
  at: number;
};

/**
 * The hand-over lives in storage.session: the panel reads it when it mounts and watches it
 * while open, so "Ask about selection" works whether the panel was open or not, with no timers.
 */
export const pendingAskItem = storage.defineItem<PendingAsk | null>('session:pendingAsk', {
  fallback: null,
});

/** Context windows that providers' model lists gave, by base URL, then by model. */
export const modelWindowsItem = storage.defineItem<Record<string, Record<string, number>>>(
  'local:modelWindows',
  { fallback: {} },
);

/** What one profile's server was found to refuse, and for which base URL it was learned. */
export interface StoredAdaptations {
  baseURL: string;
  adaptations: unknown;
}

/**
 * Adaptations by profile id, apart from the settings: the background learns them while the
 * panel may be editing the settings, and neither should overwrite the other's writes.
 */
export const adaptationsItem = storage.defineItem<Record<string, StoredAdaptations>>(
  'local:adaptations',
  { fallback: {} },
);
