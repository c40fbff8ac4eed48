import { useEffect, useState } from 'preact/hooks';
import type { ConversationOptions } from '@/utils/history/types';
import { contextWindowFor } from '@/utils/providers/context-window';
import { profileOf, resolveRequest } from '@/utils/providers/request';
import type { Settings } from '@/utils/settings/model';
import { modelWindowsItem } from '@/utils/settings/storage';

/** The context window of the chat's model (null when unknown), kept fresh as lists arrive. */
export function useContextWindow(
  settings: Settings | null,
  options: ConversationOptions,
): number | null {
  const [listed, setListed] = useState<Record<string, Record<string, number>>>({});
  useEffect(() => {
    let live = true;
    void modelWindowsItem.getValue().then((value) => live && setListed(value));
    const unwatch = modelWindowsItem.watch((value) => setListed(value ?? {}));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  if (!settings) return null;
  const profile = profileOf(settings, options);
  const request = resolveRequest(settings, options);
  if (!profile || typeof request === 'string') return null;
  return contextWindowFor(request.model, profile.contextWindow, listed[profile.baseURL]);
}
