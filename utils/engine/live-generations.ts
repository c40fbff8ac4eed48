// Which conversations have a reply streaming (or about to): shared by the engine, which
// starts replies, and by conversation operations, which must stop one before deleting.
import type { ChatMessage } from '@/utils/history/types';
import type { Generation } from './generation';

/** The live generations by conversation id: at most one reply streams per conversation. */
export class LiveGenerations {
  private readonly live = new Map<string, Generation>();
  /** Conversations with a send or retry between its checks and its generation starting. */
  private readonly starting = new Set<string>();

  constructor(
    /** Told how many generations are live after each change (the background stays awake). */
    private readonly onActiveChange: (active: number) => void = () => undefined,
  ) {}

  /** True while a reply streams in this conversation. */
  isStreaming(conversationId: string): boolean {
    return this.live.has(conversationId);
  }

  /** Reserves a conversation for one send or retry; false if a reply is already on its way. */
  claim(conversationId: string): boolean {
    if (this.live.has(conversationId) || this.starting.has(conversationId)) return false;
    this.starting.add(conversationId);
    return true;
  }

  /** Ends a reservation (the generation started, or the send was refused). */
  release(conversationId: string): void {
    this.starting.delete(conversationId);
  }

  /** Runs `generation` as the conversation's live reply until it has written its end. */
  async run(conversationId: string, generation: Generation, body: () => Promise<void>) {
    this.live.set(conversationId, generation);
    this.onActiveChange(this.live.size);
    try {
      await body();
    } finally {
      this.live.delete(conversationId);
      this.onActiveChange(this.live.size);
    }
  }

  /** Stops the reply streaming in a conversation; false if there is none. */
  stop(conversationId: string): boolean {
    const generation = this.live.get(conversationId);
    generation?.stop();
    return generation !== undefined;
  }

  /** Stops a conversation's reply, if any, and resolves once its last write landed. */
  async stopAndSettle(conversationId: string): Promise<void> {
    this.stop(conversationId);
    await this.live.get(conversationId)?.done;
  }

  /** The streaming reply of a conversation as its followers have seen it, if any. */
  published(conversationId: string): ChatMessage | undefined {
    return this.live.get(conversationId)?.published();
  }
}
