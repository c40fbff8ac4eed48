import type { ChatMessage } from './history-types';

/**
 * The path from the root to `leafId`, root first, looking messages up with `get`.
 * Stops at a missing parent or a cycle (corrupt data) rather than looping forever.
 */
export async function pathToLeaf(
  leafId: string | null,
  get: (id: string) => Promise<ChatMessage | undefined> | ChatMessage | undefined,
): Promise<ChatMessage[]> {
  const path: ChatMessage[] = [];
  const seen = new Set<string>();
  let id = leafId;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const message = await get(id);
    if (!message) break;
    path.push(message);
    id = message.parentId;
  }
  return path.toReversed();
}
