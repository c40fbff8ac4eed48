import type { HistoryStore } from '@/utils/history/store';
import { ChatError, describeError, type ErrorContext } from '@/utils/providers/errors';
import type { EventHub, EventSink } from './event-hub';
import { Generation, type GenerationTiming } from './generation';
import { TEMPORARY_PREFIX, type ChatMessage, type Conversation } from '@/utils/history/types';
import { newConversation, newUserMessage, streamingReply } from './turns';
import type { ClientRequest, ServerEvent } from '@/utils/protocol/requests';
import {
  buildRequestMessages,
  CONTINUE_PROMPT,
  type StreamCompletion,
} from '@/utils/providers/stream';
import { SnapshotService } from './snapshot';
import { getLocale } from '@/utils/i18n/translate';
import { applyQuoteTemplate } from '@/utils/page/quote';
import { templateFor, type Settings } from '@/utils/settings/model';
import {
  errorContext,
  profileOf,
  resolveRequest,
  startingOptions,
  type ConversationOptions,
  type RequestConfig,
} from '@/utils/providers/request';

type SendRequest = Extract<ClientRequest, { type: 'send' }>;
type RetryRequest = Extract<ClientRequest, { type: 'retry' }>;

/** What the engine is built from; tests and benchmarks swap any part. */
export interface EngineOptions {
  store: HistoryStore;
  hub: EventHub;
  loadSettings: () => Promise<Settings>;
  streamCompletion: StreamCompletion;
  timing?: Partial<GenerationTiming>;
  newId?: () => string;
  /** Told how many generations are live after each change (the background keeps itself awake). */
  onActiveChange?: (active: number) => void;
}

/** Where a reply goes: a new message, a failed one reused, or a stopped one continued. */
type GenerateMode = { reuse?: ChatMessage; resume?: ChatMessage };

/**
 * The generation lifecycle, owned by the background: writes the user's message, starts,
 * stops and retries replies, and serves snapshots to panels that (re)attach.
 */
export class ChatEngine {
  /** Live generations by conversation id: at most one reply streams per conversation. */
  private readonly live = new Map<string, Generation>();
  /** Conversations with a send or retry between its checks and its generation starting. */
  private readonly starting = new Set<string>();
  private readonly snapshots: SnapshotService;
  private readonly timing: GenerationTiming;
  private readonly newId: () => string;

  constructor(private readonly options: EngineOptions) {
    this.timing = {
      // ~300 ms, and at most 3 flushes + the final write in any second.
      flushIntervalMs: 340,
      deltaIntervalMs: 50,
      now: Date.now,
      ...options.timing,
    };
    this.newId = options.newId ?? (() => crypto.randomUUID());
    this.snapshots = new SnapshotService(options.store, options.hub, (conversationId) =>
      this.live.get(conversationId)?.published(),
    );
  }

  /** True while a reply streams in this conversation. */
  isStreaming(conversationId: string): boolean {
    return this.live.has(conversationId);
  }

  /**
   * Marks replies left `streaming` by a previous background (killed mid-reply) as
   * `interrupted`, keeping their text. Run once at startup, before serving requests.
   */
  async recoverInterrupted(): Promise<number> {
    const orphans = (await this.options.store.messagesWithStatus('streaming')).filter(
      (message) => !this.isStreaming(message.conversationId),
    );
    const now = this.timing.now();
    for (const message of orphans) {
      await this.options.store.saveMessage({ ...message, status: 'interrupted', updatedAt: now });
    }
    return orphans.length;
  }

  /** Saves the user's message (before any network call), then streams the reply. */
  async send(request: SendRequest, reply: EventSink): Promise<void> {
    const { requestId, conversationId, parentId, temporary } = request;
    if (conversationId !== null && !this.claim(conversationId)) {
      return this.refuse(reply, new ChatError('busy'), requestId, conversationId);
    }
    let claimed = conversationId;
    try {
      const settings = await this.options.loadSettings();
      const store = this.options.store;
      const now = this.timing.now();
      let conversation: Conversation | undefined;
      if (conversationId !== null) {
        conversation = await store.getConversation(conversationId);
        const parent = parentId === null ? undefined : await store.getMessage(parentId);
        const parentOk = parentId === null || parent?.conversationId === conversationId;
        if (!conversation || !parentOk) {
          return this.refuse(reply, new ChatError('missing_message'), requestId, conversationId);
        }
      }
      const options = conversation?.options ?? startingOptions(settings, request.options);
      const config = this.resolve(settings, options, reply, requestId, conversationId);
      if (!config) return;
      if (!conversation) {
        conversation = newConversation(this.newId(), temporary === true, request, config, now);
        conversation.options = options;
        this.claim(conversation.id);
        claimed = conversation.id;
      }
      const userMessage = newUserMessage(
        this.newId(),
        conversation.id,
        parentId,
        request,
        settings.quoteLimit,
        now,
      );
      conversation = { ...conversation, currentLeafId: userMessage.id, updatedAt: now };
      await store.saveMessage(userMessage, conversation);
      this.options.hub.follow(reply, conversation.id);
      this.publish({ type: 'conversation', conversation });
      this.publish({ type: 'message', message: userMessage, requestId });
      this.listChanged(conversation.id);
      await this.generate(conversation, userMessage, settings, config, requestId);
    } finally {
      if (claimed !== null) this.starting.delete(claimed);
    }
  }

  /**
   * Answers again: for an assistant message, from its user message (reusing the failed
   * message when it holds no text, else as a new sibling); for a user message, under it.
   */
  async retry({ requestId, messageId }: RetryRequest, reply: EventSink): Promise<void> {
    const store = this.options.store;
    const target = await store.getMessage(messageId);
    const parent =
      target?.role === 'assistant' && target.parentId !== null
        ? await store.getMessage(target.parentId)
        : target;
    const conversation = target && (await store.getConversation(target.conversationId));
    if (!target || !parent || parent.role !== 'user' || !conversation) {
      return this.refuse(reply, new ChatError('missing_message'), requestId, null);
    }
    const reusable =
      target.role === 'assistant' && target.content === '' && target.reasoning === '';
    await this.answerAgain(
      conversation,
      parent,
      requestId,
      reply,
      reusable ? { reuse: target } : {},
    );
  }

  /**
   * Continues a stopped or interrupted reply, appending to it. Not every API takes an
   * assistant prefill, so the model gets its partial reply back and is asked to go on.
   */
  async continueReply(
    { requestId, messageId }: { requestId: string; messageId: string },
    reply: EventSink,
  ): Promise<void> {
    const store = this.options.store;
    const target = await store.getMessage(messageId);
    const parent = target?.parentId ? await store.getMessage(target.parentId) : undefined;
    const conversation = target && (await store.getConversation(target.conversationId));
    const resumable = target?.status === 'stopped' || target?.status === 'interrupted';
    if (!target || !parent || !conversation || !resumable || target.role !== 'assistant') {
      return this.refuse(reply, new ChatError('missing_message'), requestId, null);
    }
    await this.answerAgain(conversation, parent, requestId, reply, { resume: target });
  }

  /** Generates under an existing message once the conversation is free and a provider set. */
  private async answerAgain(
    conversation: Conversation,
    parent: ChatMessage,
    requestId: string,
    reply: EventSink,
    mode: GenerateMode,
  ): Promise<void> {
    if (!this.claim(conversation.id)) {
      return this.refuse(reply, new ChatError('busy'), requestId, conversation.id);
    }
    try {
      const settings = await this.options.loadSettings();
      const options = conversation.options ?? {};
      const config = this.resolve(settings, options, reply, requestId, conversation.id);
      if (!config) return;
      this.options.hub.follow(reply, conversation.id);
      await this.generate(conversation, parent, settings, config, requestId, mode);
    } finally {
      this.starting.delete(conversation.id);
    }
  }

  /** Resolves once no reply streams in the conversation (after a stop, its final write). */
  async settled(conversationId: string): Promise<void> {
    await this.live.get(conversationId)?.done;
  }

  /** Stops the reply streaming in a conversation; false if there is none. */
  stop(conversationId: string): boolean {
    const generation = this.live.get(conversationId);
    generation?.stop();
    return generation !== undefined;
  }

  /** Sends `sink` a conversation's state, then its events (see SnapshotService.subscribe). */
  subscribe(sink: EventSink, conversationId: string | null): Promise<void> {
    return this.snapshots.subscribe(sink, conversationId);
  }

  /** Forgets a sink whose port closed. Its generations go on. */
  detach(sink: EventSink): void {
    this.snapshots.detach(sink);
  }

  /** Sends every panel following a conversation its state afresh (after a tree change). */
  republish(conversationId: string): Promise<void> {
    return this.snapshots.republish(conversationId);
  }

  /**
   * Streams a reply to `parent`: into a new message, into `mode.reuse` (a failed reply with
   * no text), or appended to `mode.resume` (Continue).
   */
  private async generate(
    conversation: Conversation,
    parent: ChatMessage,
    settings: Settings,
    config: RequestConfig,
    requestId: string,
    mode: GenerateMode = {},
  ): Promise<void> {
    const store = this.options.store;
    const now = this.timing.now();
    const message = streamingReply(
      mode,
      { id: this.newId(), conversationId: conversation.id, parentId: parent.id },
      config.model,
      now,
    );
    const path = await store.getPath(parent.id);
    // The conversation records what it last ran with (shown in exports).
    const updated = {
      ...conversation,
      currentLeafId: message.id,
      updatedAt: now,
      model: config.model,
      systemPrompt: config.systemPrompt,
    };
    const generation = new Generation(
      {
        store,
        hub: this.options.hub,
        streamCompletion: this.options.streamCompletion,
        timing: this.timing,
      },
      message,
    );
    const quoteTemplate = templateFor(settings, 'quote', getLocale());
    const request = buildRequestMessages(updated.systemPrompt, path, (withQuote) =>
      applyQuoteTemplate(quoteTemplate, withQuote.quote, withQuote.content),
    );
    if (mode.resume) {
      generation.resumeFrom(mode.resume.content);
      request.push(
        { role: 'assistant', content: mode.resume.content },
        { role: 'user', content: CONTINUE_PROMPT },
      );
    }
    this.live.set(conversation.id, generation);
    this.options.onActiveChange?.(this.live.size);
    try {
      await store.saveMessage({ ...message }, updated);
      this.publish({ type: 'conversation', conversation: updated });
      this.publish({ type: 'message', message: { ...message }, requestId });
      await generation.run(config, request);
    } finally {
      this.live.delete(conversation.id);
      this.options.onActiveChange?.(this.live.size);
    }
  }

  /** Reserves a conversation for one send/retry; false if a reply is already on its way. */
  private claim(conversationId: string): boolean {
    if (this.live.has(conversationId) || this.starting.has(conversationId)) return false;
    this.starting.add(conversationId);
    return true;
  }

  /** Tells every panel the conversation list changed (not for Temporary chats). */
  listChanged(conversationId: string): void {
    if (!conversationId.startsWith(TEMPORARY_PREFIX)) {
      this.options.hub.broadcast({ type: 'conversationsChanged' });
    }
  }

  private publish(event: ServerEvent & { type: 'conversation' | 'message' }): void {
    const id = event.type === 'conversation' ? event.conversation.id : event.message.conversationId;
    this.options.hub.publish(id, event);
  }

  /** The request a conversation's next reply makes; null (and the user told why) if none. */
  private resolve(
    settings: Settings,
    options: ConversationOptions,
    reply: EventSink,
    requestId: string,
    conversationId: string | null,
  ): RequestConfig | null {
    const config = resolveRequest(settings, options);
    if (typeof config !== 'string') return config;
    // Name the provider: the problem is about it (a missing key, no model).
    const context = errorContext(profileOf(settings, options));
    this.refuse(reply, new ChatError(config), requestId, conversationId, context);
    return null;
  }

  private refuse(
    reply: EventSink,
    error: ChatError,
    requestId: string,
    conversationId: string | null,
    context: ErrorContext = errorContext(null),
  ): void {
    reply({
      type: 'error',
      conversationId,
      messageId: null,
      requestId,
      ...describeError(error, context),
    });
  }
}
