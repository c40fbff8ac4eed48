import { useEffect, useRef } from 'preact/hooks';
import { pendingAskItem, type PendingAsk } from '@/utils/settings/storage';

/** Hand-overs older than this are left over from a panel that never opened: ignored. */
const FRESH_MS = 2 * 60 * 1000;

/**
 * Takes the selection handed over by the context menu: once when the panel mounts, and
 * whenever a new one arrives while it is open. `ready` holds it until the panel can act.
 */
export function usePendingAsk(ready: boolean, onAsk: (ask: PendingAsk) => void): void {
  const latest = useRef(onAsk);
  latest.current = onAsk;
  useEffect(() => {
    if (!ready) return;
    const take = (ask: PendingAsk | null): void => {
      if (!ask) return;
      void pendingAskItem.setValue(null);
      if (Date.now() - ask.at < FRESH_MS) latest.current(ask);
    };
    void pendingAskItem.getValue().then(take);
    return pendingAskItem.watch(take);
  }, [ready]);
}
