import type { EventHub, EventSink } from './event-hub';
import type { HistoryStore } from '@/utils/history/store';
import type { ChatMessage } from '@/utils/history/types';
import type { ConversationSnapshot } from '@/utils/protocol/events';
import { indexChildren, pathToLeaf, versionsAlong } from '@/utils/history/tree';

/** A conversation as stored: its visible path and the versions along it. Null if gone. */
async function readSnapshot(
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
function overlayLiveMessage(snapshot: ConversationSnapshot, live: ChatMessage | undefined): void {
  // A reply stored as streaming that no generation owns (its final write failed, or the
  // worker died) is shown as interrupted: the rule startup recovery applies.
  snapshot.messages = snapshot.messages.map((message) =>
    message.status === 'streaming' && message.id !== live?.id
      ? { ...message, status: 'interrupted' }
      : message,
  );
  if (!live) return;
  const index = snapshot.messages.findIndex((message) => message.id === live.id);
  if (index >= 0) snapshot.messages[index] = live;
  else if (snapshot.messages.at(-1)?.id === live.parentId) snapshot.messages.push(live);
}

/**
 * Serves conversation state to panels that (re)attach: the stored snapshot with any live
 * reply's text overlaid, followed without a gap by that conversation's events.
 */
export class SnapshotService {
  private readonly subscribeSeq = new Map<EventSink, number>();

  constructor(
    private readonly store: HistoryStore,
    private readonly hub: EventHub,
    /** The streaming reply of a conversation as its followers have seen it, if any. */
    private readonly liveMessage: (conversationId: string) => ChatMessage | undefined,
  ) {}

  /**
   * Sends `sink` the stored state of a conversation, with any live reply's text so far,
   * then makes it follow the conversation's events. Stale calls (superseded by a newer
   * subscribe from the same sink) do nothing.
   */
  async subscribe(sink: EventSink, conversationId: string | null): Promise<void> {
    const seq = (this.subscribeSeq.get(sink) ?? 0) + 1;
    this.subscribeSeq.set(sink, seq);
    const snapshot =
      conversationId === null ? null : await readSnapshot(this.store, conversationId);
    if (this.subscribeSeq.get(sink) !== seq) return;
    // From the overlay to follow() runs without awaiting, so no delta falls in between.
    if (snapshot) overlayLiveMessage(snapshot, this.liveMessage(snapshot.conversation.id));
    // The id asked for, even when it is gone: the panel matches the answer to its request
    // and then opens a new chat instead of waiting on a conversation that is not there.
    sink({ type: 'snapshot', conversationId, snapshot });
    this.hub.follow(sink, snapshot ? conversationId : null);
  }

  /** Forgets a sink whose port closed. */
  detach(sink: EventSink): void {
    this.hub.remove(sink);
    this.subscribeSeq.delete(sink);
  }

  /** Sends every panel following a conversation its state afresh (after a tree change). */
  async republish(conversationId: string): Promise<void> {
    const snapshot = await readSnapshot(this.store, conversationId);
    if (snapshot) overlayLiveMessage(snapshot, this.liveMessage(conversationId));
    for (const sink of this.hub.followers(conversationId)) {
      sink({ type: 'snapshot', conversationId: snapshot ? conversationId : null, snapshot });
    }
  }
}
