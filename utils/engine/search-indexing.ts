// Runs the search indexer after bulk writes (imports) and on each worker start, keeping the
// worker up while it works and telling panels, at most once a second, so an open search
// finds more as the index fills. Background only.
import { indexBacklog } from '@/utils/history/search-backlog';
import type { EventHub } from './event-hub';

/** How often panels are told to search again while indexing runs. */
const TELL_EVERY_MS = 1000;

/**
 * Returns the function that starts indexing. `onBusy` hears how many runs are under way
 * (for the keep-alive); runs are queued one after another by indexBacklog.
 */
export function createSearchIndexing(
  hub: Pick<EventHub, 'broadcast'>,
  onBusy: (runs: number) => void,
): () => Promise<void> {
  let runs = 0;
  return async () => {
    onBusy(++runs);
    let told = 0;
    const tell = () => {
      told = Date.now();
      hub.broadcast({ type: 'conversationsChanged' });
    };
    try {
      const indexed = await indexBacklog(() => {
        if (Date.now() - told > TELL_EVERY_MS) tell();
      });
      if (indexed > 0) tell();
    } catch (error) {
      console.error('Sidechat: search indexing failed', error);
    } finally {
      onBusy(--runs);
    }
  };
}
