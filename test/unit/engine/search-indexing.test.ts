import { describe, expect, it, vi } from 'vitest';
import { getDB } from '@/utils/history/db';
import { searchHistory } from '@/utils/history/queries';
import { createSearchIndexing } from '@/utils/engine/search-indexing';
import { makeConversation, makeMessage } from '../fixtures';

async function queue(id: string, content: string): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['conversations', 'messages', 'unindexed'], 'readwrite');
  void tx.objectStore('conversations').put(makeConversation({ id }));
  void tx
    .objectStore('messages')
    .put(makeMessage(`m-${id}`, null, { conversationId: id, content }));
  void tx.objectStore('unindexed').put({ conversationId: id });
  await tx.done;
}

describe('search indexing in the worker', () => {
  it('keeps the worker busy while it runs, then tells panels once it has indexed', async () => {
    const hub = { broadcast: vi.fn() };
    const busy: number[] = [];
    const index = createSearchIndexing(hub, (runs) => busy.push(runs));
    await queue('c1', 'estuary');
    await Promise.all([index(), index()]);
    expect(busy).toEqual([1, 2, 1, 0]);
    expect(hub.broadcast).toHaveBeenCalledWith({ type: 'conversationsChanged' });
    expect((await searchHistory('estuary')).map((hit) => hit.conversationId)).toEqual(['c1']);
  });

  it('tells nobody when there was nothing to index', async () => {
    const hub = { broadcast: vi.fn() };
    await createSearchIndexing(hub, () => undefined)();
    expect(hub.broadcast).not.toHaveBeenCalled();
  });
});
