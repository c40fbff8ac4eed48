import type { HistoryStore } from '@/utils/history/store';
import { indexChildren, latestLeaf, parentKey, subtreeIds } from '@/utils/history/tree';
import type { Conversation, ConversationOptions, Feedback } from '@/utils/history/types';
import { MAX_TITLE_LENGTH } from '@/utils/limits';
import type { EventHub } from './event-hub';
import type { LiveGenerations } from './live-generations';
import type { SnapshotService } from './snapshot';

/**
 * Changes to stored conversations that are not generations: versions, feedback, titles,
 * pins and deletions. Each tells the panels following the conversation what changed.
 */
export class ConversationOps {
  private readonly store: HistoryStore;
  private readonly hub: EventHub;
  private readonly live: LiveGenerations;
  private readonly snapshots: SnapshotService;

  constructor(
    parts: {
      store: HistoryStore;
      hub: EventHub;
      live: LiveGenerations;
      snapshots: SnapshotService;
    },
    private readonly now: () => number = Date.now,
  ) {
    ({ store: this.store, hub: this.hub, live: this.live, snapshots: this.snapshots } = parts);
  }

  /** Shows the branch through `messageId`, down to its latest leaf, and remembers it. */
  async switchBranch(messageId: string): Promise<void> {
    const message = await this.store.getMessage(messageId);
    if (!message) return;
    const conversation = await this.store.getConversation(message.conversationId);
    // Switching under a streaming reply would hide it; the panel disables it meanwhile.
    if (!conversation || this.live.isStreaming(conversation.id)) return;
    const all = await this.store.getConversationMessages(conversation.id);
    const leaf = latestLeaf(message, indexChildren(all));
    await this.store.updateConversation(conversation.id, (stored) => ({
      ...stored,
      currentLeafId: leaf.id,
    }));
    await this.snapshots.republish(conversation.id);
  }

  /** Deletes a message and everything below it; the view moves to a sibling or the parent. */
  async deleteBranch(messageId: string): Promise<void> {
    const message = await this.store.getMessage(messageId);
    if (!message) return;
    const conversation = await this.store.getConversation(message.conversationId);
    if (!conversation) return;
    await this.live.stopAndSettle(conversation.id);
    const all = await this.store.getConversationMessages(conversation.id);
    const children = indexChildren(all);
    const doomed = new Set(subtreeIds(message, children));
    const siblings = (children.get(parentKey(message)) ?? []).filter((m) => !doomed.has(m.id));
    const fallback = siblings.at(-1);
    const fallbackLeaf = fallback ? latestLeaf(fallback, children).id : message.parentId;
    await this.store.deleteMessages([...doomed], conversation.id, (stored) => ({
      ...stored,
      // The view moves only if it showed the deleted branch.
      currentLeafId:
        stored.currentLeafId !== null && doomed.has(stored.currentLeafId)
          ? fallbackLeaf
          : stored.currentLeafId,
      updatedAt: this.now(),
    }));
    await this.snapshots.republish(conversation.id);
    this.hub.listChanged(conversation.id);
  }

  /** Records (or clears) the user's like or dislike of a reply. */
  async setFeedback(messageId: string, value: Feedback): Promise<void> {
    const message = await this.store.getMessage(messageId);
    if (!message || message.role !== 'assistant') return;
    // A newer updatedAt makes this verdict win when sync meets an older one.
    const updated = { ...message, feedback: value, updatedAt: Date.now() };
    await this.store.saveMessage(updated);
    this.hub.publish(message.conversationId, { type: 'message', message: updated });
  }

  /** Renames a conversation; blank titles are ignored, long ones cut. */
  async rename(conversationId: string, title: string): Promise<void> {
    const clean = title.replace(/\s+/g, ' ').trim();
    if (clean === '') return;
    const cut =
      clean.length > MAX_TITLE_LENGTH ? `${clean.slice(0, MAX_TITLE_LENGTH - 1)}…` : clean;
    if (await this.change(conversationId, (stored) => ({ ...stored, title: cut }))) {
      this.hub.listChanged(conversationId);
    }
  }

  /** Pins a conversation to the top of the list, or unpins it. */
  async pin(conversationId: string, pinned: boolean): Promise<void> {
    const pinnedAt = pinned ? this.now() : 0;
    if (await this.change(conversationId, (stored) => ({ ...stored, pinnedAt }))) {
      this.hub.listChanged(conversationId);
    }
  }

  /** Replaces a conversation's own choices; the next reply uses them. */
  async setOptions(conversationId: string, options: ConversationOptions): Promise<void> {
    await this.change(conversationId, (stored) => ({ ...stored, options }));
  }

  /** "Reset conversation": deletes every message but keeps the title, persona and choices. */
  async reset(conversationId: string): Promise<void> {
    await this.live.stopAndSettle(conversationId);
    if (!(await this.store.getConversation(conversationId))) return;
    const all = await this.store.getConversationMessages(conversationId);
    await this.store.deleteMessages(
      all.map((message) => message.id),
      conversationId,
      (stored) => ({ ...stored, currentLeafId: null, updatedAt: this.now() }),
    );
    await this.snapshots.republish(conversationId);
    this.hub.listChanged(conversationId);
  }

  /** Deletes a conversation for good, stopping its reply first if one is streaming. */
  async deleteConversation(conversationId: string): Promise<void> {
    await this.live.stopAndSettle(conversationId);
    await this.store.deleteConversation(conversationId);
    this.hub.publish(conversationId, { type: 'conversationDeleted', conversationId });
    this.hub.listChanged(conversationId);
  }

  /**
   * Applies a field-level change inside one transaction and tells the conversation's panels;
   * false when the conversation is gone.
   */
  private async change(
    conversationId: string,
    change: (stored: Conversation) => Conversation,
  ): Promise<boolean> {
    const updated = await this.store.updateConversation(conversationId, change);
    if (updated) this.hub.publish(conversationId, { type: 'conversation', conversation: updated });
    return updated !== undefined;
  }
}
