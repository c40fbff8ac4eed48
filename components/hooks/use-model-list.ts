import { useState } from 'preact/hooks';
import type { ChatSession, ModelListAnswer } from '@/utils/panel/session';
import type { ProviderProfile } from '@/utils/settings/model';

/**
 * Model lists fetched during this panel's life: one request per provider. Keyed by what
 * the list depends on, so editing a profile's address or key in Settings fetches afresh.
 */
const cache = new Map<string, Promise<ModelListAnswer>>();

/** A profile's model list, fetched the first time `load` is called (focus on the field). */
export function useModelList(session: ChatSession, profile: ProviderProfile | null) {
  const cacheKey = profile
    ? [profile.id, profile.baseURL, profile.apiKey, JSON.stringify(profile.headers)].join('\n')
    : null;
  const [answer, setAnswer] = useState<{ cacheKey: string; value: ModelListAnswer } | null>(null);
  const [loading, setLoading] = useState(false);
  const load = (): void => {
    if (!cacheKey || answer?.cacheKey === cacheKey) return;
    let pending = cache.get(cacheKey);
    if (!pending) {
      pending = session.checks.listModels({ profileId: profile?.id ?? '' });
      cache.set(cacheKey, pending);
      // A failure is not cached: the next focus tries again.
      void pending.then((value) => 'error' in value && cache.delete(cacheKey));
    }
    setLoading(true);
    void pending.then((value) => {
      setAnswer({ cacheKey, value });
      setLoading(false);
    });
  };
  const current = answer?.cacheKey === cacheKey ? answer.value : null;
  return {
    load,
    loading,
    models: current && 'models' in current ? current.models : [],
    error: current && 'error' in current ? current.error : null,
  };
}
