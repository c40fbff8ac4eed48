// The search index of conversations written in bulk (an import, later a sync). Writing the
// index in the same transaction as the data made a 10,000-message import take 23.5 s; the
// data now goes in first, each conversation queued in `unindexed`, and this indexer writes
// the search rows in batches afterwards. The queue is in IndexedDB, so a worker that stops
// halfway resumes where it was on its next start. Background only.
import { getDB } from './db';
import { searchRowForMessage, searchRowForTitle } from './search-index';

/** Conversations indexed per transaction: large enough to amortise a commit, small enough
 * that a chat's own writes (which wait for the transaction) are held up for well under a second. */
const BATCH = 200;

/** The last run asked for: runs go one after another, never side by side. */
let previous: Promise<unknown> = Promise.resolve();

/**
 * Writes the search rows of every queued conversation, a batch per transaction, and calls
 * `onBatch` after each. A call while another runs starts when that one ends: joining it
 * instead could miss what was queued after its last look at the queue. Resolves with how
 * many conversations this run indexed.
 */
export function indexBacklog(
  onBatch: (remaining: number) => void = () => undefined,
): Promise<number> {
  const run = previous.then(() => drain(onBatch));
  previous = run.catch(() => undefined);
  return run;
}

async function drain(onBatch: (remaining: number) => void): Promise<number> {
  const db = await getDB();
  let indexed = 0;
  for (;;) {
    const tx = db.transaction(['unindexed', 'conversations', 'messages', 'search'], 'readwrite');
    const queue = tx.objectStore('unindexed');
    const ids = await queue.getAllKeys(null, BATCH);
    if (ids.length === 0) {
      await tx.done;
      return indexed;
    }
    const search = tx.objectStore('search');
    const writes: Promise<unknown>[] = [];
    for (const id of ids) {
      const [conversation, messages] = await Promise.all([
        tx.objectStore('conversations').get(id),
        tx.objectStore('messages').index('by-conversation').getAll(id),
      ]);
      // Deleted since it was queued: nothing to find.
      if (conversation) {
        writes.push(search.put(searchRowForTitle(conversation)));
        for (const message of messages) {
          const row = searchRowForMessage(message);
          if (row) writes.push(search.put(row));
        }
      }
      writes.push(queue.delete(id));
    }
    const remaining = queue.count();
    await Promise.all([...writes, tx.done]);
    indexed += ids.length;
    onBatch(await remaining);
  }
}
