import { isTemporary } from '@/utils/history/types';
import type { ServerEvent } from '@/utils/protocol/events';

/** Receives events for one listener (a port, in the background). */
export type EventSink = (event: ServerEvent) => void;

/**
 * Routes events to the sinks following a conversation. Each sink follows at most one
 * conversation, as a panel shows one at a time.
 */
export class EventHub {
  private readonly followed = new Map<EventSink, string | null>();

  /** Makes `sink` follow `conversationId` (null: nothing), replacing what it followed. */
  follow(sink: EventSink, conversationId: string | null): void {
    this.followed.set(sink, conversationId);
  }

  /** The sinks following a conversation. */
  followers(conversationId: string): EventSink[] {
    return [...this.followed].filter(([, id]) => id === conversationId).map(([sink]) => sink);
  }

  /** Sends an event to every connected sink (e.g. "the list of conversations changed"). */
  broadcast(event: ServerEvent): void {
    for (const sink of this.followed.keys()) sink(event);
  }

  /** Forgets a sink (its port disconnected). */
  remove(sink: EventSink): void {
    this.followed.delete(sink);
  }

  /** Sends an event to every sink following `conversationId`. */
  publish(conversationId: string, event: ServerEvent): void {
    for (const [sink, followed] of this.followed) {
      if (followed === conversationId) sink(event);
    }
  }

  /** Tells every panel the conversation list changed (not for Temporary chats). */
  listChanged(conversationId: string): void {
    if (!isTemporary(conversationId)) this.broadcast({ type: 'conversationsChanged' });
  }
}
