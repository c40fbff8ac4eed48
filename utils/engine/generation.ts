import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { HistoryStore } from '@/utils/history/store';
import { ChatError, describeError, toChatError, errorContext } from '@/utils/providers/errors';
import type { EventHub } from './event-hub';
import type { ChatMessage, Conversation, MessageError } from '@/utils/history/types';
import type { StreamCompletion } from '@/utils/providers/stream';
import { type RequestConfig } from '@/utils/providers/request';
import { ThinkSplitter, type SplitText } from '@/utils/providers/think-splitter';
import { Throttle } from './throttle';
import { HistoryWriteError } from '@/utils/history/write-error';

/** Timing knobs of a generation. */
export interface GenerationTiming {
  /** Minimum gap between IndexedDB writes of the partial reply. */
  flushIntervalMs: number;
  /** Minimum gap between delta events, so a fast stream sends few, larger port messages. */
  deltaIntervalMs: number;
  now: () => number;
}

/** What a generation needs from the engine that owns it. */
export interface GenerationDeps {
  store: HistoryStore;
  hub: EventHub;
  streamCompletion: StreamCompletion;
  timing: GenerationTiming;
}

/**
 * One assistant reply being streamed: owns its AbortController, the in-memory text,
 * the throttled writes to IndexedDB and the throttled delta events.
 */
export class Generation {
  readonly controller = new AbortController();
  private abortReason: 'user' | 'stalled' | 'storage' | null = null;
  /** Why the history stopped taking writes, once it did. */
  private storageFailure: HistoryWriteError | null = null;
  /** The reply as IndexedDB last confirmed it: what the panel may show as saved. */
  private saved = { content: '', reasoning: '' };
  /** How much of the content/reasoning has been published as deltas. */
  private sentContent = 0;
  private sentReasoning = 0;
  private writes: Promise<void> = Promise.resolve();
  private readonly deltas: Throttle;
  private readonly flushes: Throttle;
  private stallTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly thinkTags = new ThinkSplitter();
  private thinkingStartedAt: number | null = null;

  constructor(
    private readonly deps: GenerationDeps,
    /** Mutated in place as text arrives; the source of truth while streaming. */
    readonly message: ChatMessage,
  ) {
    const { timing } = deps;
    this.deltas = new Throttle(timing.deltaIntervalMs, () => this.publishDelta(), timing.now);
    this.flushes = new Throttle(
      timing.flushIntervalMs,
      () => {
        this.queueWrite(false).catch((error: unknown) => this.writeFailed(error));
      },
      timing.now,
    );
  }

  /** Stops the reply at the user's request; the text so far is kept as `stopped`. */
  stop(): void {
    this.abortReason ??= 'user';
    this.controller.abort();
  }

  /** Starts from text already there (Continue): it counts as delivered. */
  resumeFrom(content: string): void {
    this.message.content = content;
    this.sentContent = content.length;
    this.saved = { content, reasoning: this.message.reasoning };
  }

  /**
   * A flush did not commit: the reply stops here, since text that cannot be saved would be
   * lost on the next reload. What was saved before stays.
   */
  private writeFailed(error: unknown): void {
    console.error('Sidechat: could not save the partial reply', error);
    this.storageFailure ??=
      error instanceof HistoryWriteError ? error : new HistoryWriteError(error);
    this.abortReason ??= 'storage';
    this.controller.abort();
  }

  /** The message as subscribers have seen it so far (what deltas already delivered). */
  published(): ChatMessage {
    return {
      ...this.message,
      content: this.message.content.slice(0, this.sentContent),
      reasoning: this.message.reasoning.slice(0, this.sentReasoning),
    };
  }

  /** Settles when `run` has finished and written its last state. */
  done: Promise<void> = Promise.resolve();

  /** Streams the reply to the end, then records and announces how it ended. Never throws. */
  run(config: RequestConfig, request: ChatCompletionMessageParam[]): Promise<void> {
    this.done = this.stream(config, request);
    return this.done;
  }

  private async stream(
    config: RequestConfig,
    request: ChatCompletionMessageParam[],
  ): Promise<void> {
    this.armStallTimer(config.stallTimeoutMs);
    try {
      const parts = this.deps.streamCompletion(config, request, this.controller.signal);
      for await (const part of parts) {
        this.armStallTimer(config.stallTimeoutMs);
        if (part.reasoning) this.append({ content: '', reasoning: part.reasoning });
        if (part.content) this.append(this.thinkTags.push(part.content));
        if (part.usage) this.message.usage = part.usage;
        if (part.model) this.message.model = part.model;
        this.deltas.request();
        this.flushes.request();
      }
      // The SDK ends the iteration quietly when aborted mid-body, so the reason decides.
      await this.end(config);
    } catch (error) {
      await this.end(config, error);
    } finally {
      clearTimeout(this.stallTimer);
      this.deltas.cancel();
      this.flushes.cancel();
    }
  }

  /** Adds text to the reply, timing the reasoning that comes before the answer. */
  private append({ content, reasoning }: SplitText): void {
    const now = this.deps.timing.now();
    if (reasoning) {
      this.message.reasoning += reasoning;
      this.thinkingStartedAt ??= now;
    }
    if (content) {
      this.message.content += content;
      this.stopThinkingClock(now);
    }
  }

  private stopThinkingClock(now: number): void {
    if (this.thinkingStartedAt !== null && this.message.thinkingMs == null) {
      this.message.thinkingMs = now - this.thinkingStartedAt;
    }
  }

  private async end(config: RequestConfig, error?: unknown): Promise<void> {
    this.append(this.thinkTags.flush());
    this.stopThinkingClock(this.deps.timing.now());
    if (this.abortReason === 'storage') await this.failStorage();
    else if (this.abortReason === 'user') await this.finish('stopped');
    else if (this.abortReason === 'stalled') await this.fail(new ChatError('stalled'), config);
    else if (error !== undefined) await this.fail(toChatError(error), config);
    else await this.finish('done');
  }

  private armStallTimer(timeoutMs: number): void {
    clearTimeout(this.stallTimer);
    this.stallTimer = setTimeout(() => {
      this.abortReason ??= 'stalled';
      this.controller.abort();
    }, timeoutMs);
  }

  private publishDelta(): void {
    const { content, reasoning, id } = this.message;
    const text = content.slice(this.sentContent);
    const thought = reasoning.slice(this.sentReasoning);
    if (!text && !thought) return;
    this.sentContent = content.length;
    this.sentReasoning = reasoning.length;
    this.deps.hub.publish(this.message.conversationId, {
      type: 'delta',
      messageId: id,
      ...(text ? { text } : {}),
      ...(thought ? { reasoning: thought } : {}),
    });
  }

  /** Chains a write of the current state; writes land in order. */
  private queueWrite(withConversation: boolean): Promise<void> {
    const message = { ...this.message, updatedAt: this.deps.timing.now() };
    // Read-modify-write: the user may have switched branches or renamed meanwhile.
    const conversation = withConversation
      ? (stored: Conversation) => ({ ...stored, updatedAt: message.updatedAt })
      : undefined;
    this.writes = this.writes
      .catch(() => undefined)
      .then(() => this.deps.store.saveMessage(message, conversation))
      .then(() => {
        this.saved = { content: message.content, reasoning: message.reasoning };
      });
    return this.writes;
  }

  /** Publishes the last delta and writes the final state; false when that write failed. */
  private async settle(): Promise<boolean> {
    this.deltas.cancel();
    this.flushes.cancel();
    this.publishDelta();
    try {
      await this.queueWrite(true);
      return true;
    } catch (error) {
      console.error('Sidechat: could not save the reply', error);
      this.storageFailure ??=
        error instanceof HistoryWriteError ? error : new HistoryWriteError(error);
      return false;
    }
  }

  private async finish(status: 'done' | 'stopped'): Promise<void> {
    this.message.status = status;
    if (!(await this.settle())) return this.announceUnsaved();
    this.deps.hub.publish(this.message.conversationId, {
      type: 'done',
      conversationId: this.message.conversationId,
      messageId: this.message.id,
      status,
      usage: this.message.usage,
      thinkingMs: this.message.thinkingMs ?? null,
      model: this.message.model,
    });
  }

  private async fail(error: ChatError, config: RequestConfig): Promise<void> {
    await this.endAsError(
      describeError(error, {
        ...errorContext(config),
        midStream: this.message.content !== '' || this.message.reasoning !== '',
      }),
    );
  }

  /** The history refused a flush: end as an error, saving what can still be saved. */
  private async failStorage(): Promise<void> {
    await this.endAsError(this.storageSentence(), true);
  }

  /** Records the failure on the reply, writes it, and tells the panels. */
  private async endAsError(error: MessageError, fromStorage = false): Promise<void> {
    this.message.status = 'error';
    this.message.error = error;
    if (!(await this.settle())) return this.announceUnsaved();
    this.publishError(error, fromStorage);
  }

  /**
   * The final state could not be written: the panel is told the reply failed and shown only
   * the text IndexedDB holds. A reader of the stored reply (still `streaming` there) sees it
   * as interrupted, since no generation is live for it any more.
   */
  private announceUnsaved(): void {
    this.message.status = 'error';
    this.message.error = this.storageSentence();
    this.publishError(this.message.error, true);
  }

  private storageSentence(): MessageError {
    return describeError(storageError(this.storageFailure), errorContext(null));
  }

  private publishError(error: MessageError, withSavedText: boolean): void {
    this.deps.hub.publish(this.message.conversationId, {
      type: 'error',
      conversationId: this.message.conversationId,
      messageId: this.message.id,
      ...error,
      ...(withSavedText && { saved: this.saved }),
    });
  }
}

/** The ChatError for a history write that failed. */
function storageError(failure: HistoryWriteError | null): ChatError {
  return new ChatError(failure?.full === false ? 'storage_failed' : 'storage_full', {
    cause: failure,
  });
}
