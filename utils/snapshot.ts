import type { HistoryStore } from './history-store';
import type { ChatMessage } from './history-types';
import type { ConversationSnapshot } from './messaging';
import { indexChildren, pathToLeaf, versionsAlong } from './tree';

/** A conversation as stored: its visible path and the versions along it. Null if gone. */
export async function readSnapshot(
  store: HistoryStore,
  conversationId: string,
): Promise<ConversationSnapshot | null> {
  const conversation = await store.getConversation(conversationId);
  if (!conversation) return null;
  // One read of every branch: the path and the versions along it come from memory.
  const all = await store.getConversationMessages(conversationId);
  const byId = new Map(all.map((message) => [message.id, message]));
  const messages = await pathToLeaf(conversation.currentLeafId, (id) => byId.get(id));
  return { conversation, messages, versions: versionsAlong(messages, indexChildren(all)) };
}

/**
 * Puts a streaming reply's text so far (what deltas already delivered) into a snapshot read
 * from storage, which may lag by one flush or miss the reply if it was just created.
 */
export function overlayLiveMessage(
  snapshot: ConversationSnapshot,
  live: ChatMessage | undefined,
): void {
  if (!live) return;
  const index = snapshot.messages.findIndex((message) => message.id === live.id);
  if (index >= 0) snapshot.messages[index] = live;
  else if (snapshot.messages.at(-1)?.id === live.parentId) snapshot.messages.push(live);
}
