import { describe, expect, it } from 'vitest';
import { getDB } from '@/utils/history/db';
import { searchBacklog, searchHistory } from '@/utils/history/queries';
import { indexBacklog } from '@/utils/history/search-backlog';
import { makeConversation, makeMessage } from '../fixtures';

/** Writes conversations as an import does: the data, and each queued for indexing. */
async function writeQueued(count: number): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['conversations', 'messages', 'unindexed'], 'readwrite');
  for (let index = 0; index < count; index += 1) {
    const id = `c${index}`;
    void tx.objectStore('conversations').put(makeConversation({ id, title: `Delta ${index}` }));
    void tx
      .objectStore('messages')
      .put(
        makeMessage(`m${index}`, null, { conversationId: id, content: `sediment 泥沙 ${index}` }),
      );
    void tx.objectStore('unindexed').put({ conversationId: id });
  }
  await tx.done;
}

describe('search backlog', () => {
  it('indexes queued conversations in batches, saying how many remain after each', async () => {
    await writeQueued(450);
    expect(await searchBacklog()).toBe(450);
    const remaining: number[] = [];
    expect(await indexBacklog((left) => remaining.push(left))).toBe(450);
    expect(remaining).toEqual([250, 50, 0]);
    expect(await searchBacklog()).toBe(0);
    expect(await (await getDB()).count('search')).toBe(900);
    expect((await searchHistory('泥沙 449')).map((hit) => hit.messageId)).toEqual(['m449']);
    expect((await searchHistory('Delta 3')).some((hit) => hit.conversationId === 'c3')).toBe(true);
  });

  it('drops a queued conversation that was deleted before its turn', async () => {
    await writeQueued(2);
    await (await getDB()).delete('conversations', 'c1');
    expect(await indexBacklog()).toBe(2);
    expect(await searchBacklog()).toBe(0);
    expect((await searchHistory('Delta')).map((hit) => hit.conversationId)).toEqual(['c0']);
  });

  it('runs one at a time: a call during a run indexes what was queued after it', async () => {
    await writeQueued(3);
    const first = indexBacklog();
    const second = indexBacklog();
    expect(await first).toBe(3);
    expect(await second).toBe(0);
    expect(await (await getDB()).count('search')).toBe(6);
    await writeQueued(5);
    expect(await indexBacklog()).toBe(5);
    expect(await searchBacklog()).toBe(0);
  });
});
