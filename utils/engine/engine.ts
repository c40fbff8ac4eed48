import type { HistoryStore } from '@/utils/history/store';
import { pageUrlsOf, withPageLinks } from '@/utils/history/page-links';
import type { ChatMessage, Conversation, ConversationOptions } from '@/utils/history/types';
import { getLocale } from '@/utils/i18n/translate';
import type { RequestOf } from '@/utils/protocol/requests';
import {
  ChatError,
  describeError,
  errorContext,
  type ErrorContext,
} from '@/utils/providers/errors';
import { assemblePrompt } from '@/utils/providers/prompt';
import {
  profileOf,
  resolveRequest,
  startingOptions,
  type RequestConfig,
} from '@/utils/providers/request';
import { PRESETS } from '@/utils/providers/presets';
import type { StreamCompletion } from '@/utils/providers/stream';
import { quoteTemplateFor, type Settings } from '@/utils/settings/model';
import type { EventHub, EventSink } from './event-hub';
import { Generation, type GenerationTiming } from './generation';
import { LiveGenerations } from './live-generations';
import { RequestRefused } from './refusal';
import { SnapshotService } from './snapshot';
import { newConversation, newUserMessage, streamingReply } from './turns';
import { anyStored, imageUrlsOf, imagesForMessage } from './message-images';

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
 * The generation lifecycle, owned by the background: writes the user's message, starts and
 * retries replies. A request it refuses throws RequestRefused with the sentence for the user.
 */
export class ChatEngine {
  /** The replies streaming now; conversation operations stop them through it too. */
  readonly live: LiveGenerations;
  /** Serves conversation state to panels that (re)attach. */
  readonly snapshots: SnapshotService;
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
    this.live = new LiveGenerations(options.onActiveChange);
    this.snapshots = new SnapshotService(options.store, options.hub, (conversationId) =>
      this.live.published(conversationId),
    );
  }

  /**
   * Marks replies left `streaming` by a previous background (killed mid-reply) as
   * `interrupted`, keeping their text. Run once at startup, before serving requests.
   */
  async recoverInterrupted(): Promise<number> {
    const orphans = (await this.options.store.messagesWithStatus('streaming')).filter(
      (message) => !this.live.isStreaming(message.conversationId),
    );
    const now = this.timing.now();
    for (const message of orphans) {
      await this.options.store.saveMessage({ ...message, status: 'interrupted', updatedAt: now });
    }
    return orphans.length;
  }

  /** Saves the user's message (before any network call), then streams the reply. */
  async send(request: RequestOf<'send'>, reply: EventSink): Promise<void> {
    const { requestId, conversationId, parentId, temporary } = request;
    if (conversationId !== null && !this.live.claim(conversationId)) {
      throw refusal(new ChatError('busy'));
    }
    let claimed = conversationId;
    try {
      const store = this.options.store;
      // Read at once: the settings, the conversation, and the path down to the parent (one
      // indexed read, which also proves the parent belongs to this conversation).
      const [settings, existing, earlier] = await Promise.all([
        this.options.loadSettings(),
        conversationId === null ? undefined : store.getConversation(conversationId),
        conversationId === null || parentId === null ? [] : store.getPath(conversationId, parentId),
      ]);
      const now = this.timing.now();
      let conversation = existing;
      if (conversationId !== null) {
        const parentOk = parentId === null || earlier.at(-1)?.id === parentId;
        if (!conversation || !parentOk) throw refusal(new ChatError('missing_message'));
      }
      const uploads = request.images ?? [];
      if (
        await anyStored(
          store,
          uploads.map((upload) => upload.id),
        )
      ) {
        throw refusal(new ChatError('missing_message'));
      }
      const options = conversation?.options ?? startingOptions(settings, request.options);
      const config = resolveOrRefuse(settings, options);
      if (!conversation) {
        conversation = newConversation(this.newId(), temporary === true, request, config, now);
        conversation.options = options;
        this.live.claim(conversation.id);
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
      const { images, attachments } = imagesForMessage(uploads, userMessage);
      if (attachments.length) userMessage.attachments = attachments;
      const leaf = { currentLeafId: userMessage.id, updatedAt: now };
      // The pages and quote it carried: the chat is listed under their sites from now on.
      const about = (stored: Conversation) => withPageLinks(stored, pageUrlsOf(userMessage));
      // An existing conversation is changed field by field in the write's own transaction,
      // so a rename or pin made meanwhile is kept.
      conversation =
        (await store.saveMessage(
          userMessage,
          conversationId === null
            ? about({ ...conversation, ...leaf })
            : (stored) => about({ ...stored, ...leaf }),
          images,
        )) ?? about({ ...conversation, ...leaf });
      const { hub } = this.options;
      hub.follow(reply, conversation.id);
      hub.publish(conversation.id, { type: 'conversation', conversation });
      hub.publish(conversation.id, { type: 'message', message: userMessage, requestId });
      hub.listChanged(conversation.id);
      await this.generate(conversation, userMessage, settings, config, {}, [
        ...earlier,
        userMessage,
      ]);
    } finally {
      if (claimed !== null) this.live.release(claimed);
    }
  }

  /**
   * Answers again: for an assistant message, from its user message (reusing the failed
   * message when it holds no text, else as a new sibling); for a user message, under it.
   */
  async retry({ messageId }: RequestOf<'retry'>, reply: EventSink): Promise<void> {
    const store = this.options.store;
    const target = await store.getMessage(messageId);
    const parent =
      target?.role === 'assistant' && target.parentId !== null
        ? await store.getMessage(target.parentId)
        : target;
    const conversation = target && (await store.getConversation(target.conversationId));
    if (!target || !parent || parent.role !== 'user' || !conversation) {
      throw refusal(new ChatError('missing_message'));
    }
    const reusable =
      target.role === 'assistant' && target.content === '' && target.reasoning === '';
    await this.answerAgain(conversation, parent, reply, reusable ? { reuse: target } : {});
  }

  /**
   * Continues a stopped or interrupted reply, appending to it. Not every API takes an
   * assistant prefill, so the model gets its partial reply back and is asked to go on.
   */
  async continueReply({ messageId }: RequestOf<'continue'>, reply: EventSink): Promise<void> {
    const store = this.options.store;
    const target = await store.getMessage(messageId);
    const parent = target?.parentId ? await store.getMessage(target.parentId) : undefined;
    const conversation = target && (await store.getConversation(target.conversationId));
    const resumable = target?.status === 'stopped' || target?.status === 'interrupted';
    if (!target || !parent || !conversation || !resumable || target.role !== 'assistant') {
      throw refusal(new ChatError('missing_message'));
    }
    await this.answerAgain(conversation, parent, reply, { resume: target });
  }

  /** Generates under an existing message once the conversation is free and a provider set. */
  private async answerAgain(
    conversation: Conversation,
    parent: ChatMessage,
    reply: EventSink,
    mode: GenerateMode,
  ): Promise<void> {
    if (!this.live.claim(conversation.id)) throw refusal(new ChatError('busy'));
    try {
      const settings = await this.options.loadSettings();
      const config = resolveOrRefuse(settings, conversation.options ?? {});
      this.options.hub.follow(reply, conversation.id);
      await this.generate(conversation, parent, settings, config, mode);
    } finally {
      this.live.release(conversation.id);
    }
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
    mode: GenerateMode = {},
    /** The path down to `parent`, when the caller has read it already. */
    known?: ChatMessage[],
  ): Promise<void> {
    const { store, hub, streamCompletion } = this.options;
    const now = this.timing.now();
    const message = streamingReply(
      mode,
      { id: this.newId(), conversationId: conversation.id, parentId: parent.id },
      config.model,
      now,
    );
    const path = known ?? (await store.getPath(conversation.id, parent.id));
    // The conversation records what it last ran with (shown in exports).
    const ran = {
      currentLeafId: message.id,
      updatedAt: now,
      model: config.model,
      systemPrompt: config.systemPrompt,
    };
    const generation = new Generation(
      { store, hub, streamCompletion, timing: this.timing },
      message,
    );
    const prompt = assemblePrompt({
      systemPrompt: ran.systemPrompt,
      path,
      imageUrls: await imageUrlsOf(store, path),
      quoteTemplate: quoteTemplateFor(settings, getLocale()),
      resume: mode.resume?.content,
      replayReasoning: PRESETS[config.preset].replayReasoning === true,
    });
    if (mode.resume) generation.resumeFrom(mode.resume.content);
    await this.live.run(conversation.id, generation, async () => {
      const updated =
        (await store.saveMessage({ ...message }, (stored) => ({ ...stored, ...ran }))) ??
        ({ ...conversation, ...ran } satisfies Conversation);
      hub.publish(conversation.id, { type: 'conversation', conversation: updated });
      hub.publish(conversation.id, { type: 'message', message: { ...message } });
      await generation.run(config, prompt);
    });
  }
}

/** A refusal whose sentence names the provider when the problem is about it. */
function refusal(error: ChatError, context: ErrorContext = errorContext(null)): RequestRefused {
  return new RequestRefused(describeError(error, context), { cause: error });
}

/** The request a conversation's next reply makes; refuses (saying what is missing) if none. */
function resolveOrRefuse(settings: Settings, options: ConversationOptions): RequestConfig {
  const config = resolveRequest(settings, options);
  if (typeof config !== 'string') return config;
  throw refusal(new ChatError(config), errorContext(profileOf(settings, options)));
}
