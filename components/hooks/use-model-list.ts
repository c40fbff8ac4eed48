import { useState } from 'preact/hooks';
import type { ChatSession, ModelListAnswer } from '@/utils/chat-session';

/** Model lists fetched during this panel's life, by profile id: one request per provider. */
const cache = new Map<string, Promise<ModelListAnswer>>();

/** A profile's model list, fetched the first time `load` is called (focus on the field). */
export function useModelList(session: ChatSession, profileId: string | null) {
  const [answer, setAnswer] = useState<{ profileId: string; value: ModelListAnswer } | null>(null);
  const [loading, setLoading] = useState(false);
  const load = (): void => {
    if (!profileId || answer?.profileId === profileId) return;
    let pending = cache.get(profileId);
    if (!pending) {
      pending = session.listModels({ profileId });
      cache.set(profileId, pending);
      // A failure is not cached: the next focus tries again.
      void pending.then((value) => 'error' in value && cache.delete(profileId));
    }
    setLoading(true);
    void pending.then((value) => {
      setAnswer({ profileId, value });
      setLoading(false);
    });
  };
  const current = answer?.profileId === profileId ? answer.value : null;
  return {
    load,
    loading,
    models: current && 'models' in current ? current.models : [],
    error: current && 'error' in current ? current.error : null,
  };
}
