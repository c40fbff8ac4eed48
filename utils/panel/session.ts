import { applyEvent, initialChatState, streamingMessageId, type ChatState } from './chat-state';
import {
  IMPORT_CHUNK_LENGTH,
  MAX_IMPORT_CHUNKS,
  parseServerEvent,
  type ClientRequest,
  type Feedback,
} from '@/utils/protocol/requests';
import type { QuoteProblem } from '@/utils/page/selection';
import { t } from '@/utils/i18n/translate';
import type { Quote } from '@/utils/page/quote';
import type { ConversationOptions } from '@/utils/providers/request';
import type { ModelListTarget } from '@/utils/providers/model-target';

/** What listModels answers: the model names, or a sentence saying why there are none. */
export type ModelListAnswer = { models: string[] } | { error: string };

/** The part of `runtime.Port` the panel uses. */
export interface PanelPort {
  postMessage(message: ClientRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

/** Delays before reconnecting after the background went away (it restarts on connect). */
const RECONNECT_DELAYS_MS = [50, 200, 500, 1000, 2000];

/**
 * The panel's side of the chat: one port to the background (re-opened if the service
 * worker restarts), the state of the conversation in view, and the user's actions.
 */
export class ChatSession {
  private state: ChatState;
  private port: PanelPort | null = null;
  private readonly listeners = new Set<(state: ChatState) => void>();
  private attempts = 0;
  /** Imports waiting for their result, by request id. */
  private readonly imports = new Map<
    string,
    {
      resolve(result: { ok: boolean; message: string }): void;
      onProgress(phase: 'validating' | 'writing', done: number, total: number): void;
    }
  >();
  /** Callers waiting for a readSelection or listModels answer, by request id. */
  private readonly selections = new Map<
    string,
    (answer: { quote?: Quote; problem?: QuoteProblem }) => void
  >();
  private readonly modelLists = new Map<string, (answer: ModelListAnswer) => void>();
  private openedAt = 0;
  private closed = false;

  constructor(
    private readonly connect: () => PanelPort,
    conversationId: string | null,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {
    this.state = initialChatState(conversationId);
  }

  /** The current state. */
  getState(): ChatState {
    return this.state;
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (state: ChatState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Opens the port and loads the conversation in view. */
  start(): void {
    this.closed = false;
    this.open();
  }

  /** Closes the port for good (panel unmount). Replies keep streaming in the background. */
  close(): void {
    this.closed = true;
    this.port?.disconnect();
    this.port = null;
  }

  /** Sends `text` (and a quote) after the last visible message; returns the request id. */
  send(text: string, quote?: Quote): string {
    return this.sendAfter(text, this.state.messages.at(-1)?.id ?? null, quote);
  }

  /**
   * Sends a history file to the background in pieces; resolves with its report (or why
   * nothing was imported). `onProgress` hears about validation and writing.
   */
  importHistory(
    text: string,
    onProgress: (phase: 'validating' | 'writing', done: number, total: number) => void,
  ): Promise<{ ok: boolean; message: string }> {
    const requestId = this.newId();
    const count = Math.max(1, Math.ceil(text.length / IMPORT_CHUNK_LENGTH));
    if (count > MAX_IMPORT_CHUNKS) {
      return Promise.resolve({
        ok: false,
        message: t('importTooLargeText'),
      });
    }
    return new Promise((resolve) => {
      this.imports.set(requestId, { resolve, onProgress });
      for (let index = 0; index < count; index += 1) {
        const piece = text.slice(index * IMPORT_CHUNK_LENGTH, (index + 1) * IMPORT_CHUNK_LENGTH);
        this.post({ type: 'importChunk', requestId, index, count, text: piece });
      }
    });
  }

  /** Asks the background for the selection of a tab ("Quote selection"). */
  readSelection(tabId: number): Promise<{ quote?: Quote; problem?: QuoteProblem }> {
    const requestId = this.newId();
    return new Promise((resolve) => {
      this.selections.set(requestId, resolve);
      this.post({ type: 'readSelection', requestId, tabId });
    });
  }

  /** Asks the background which models a provider offers (a saved profile or a draft). */
  listModels(target: { profileId: string } | ModelListTarget): Promise<ModelListAnswer> {
    const requestId = this.newId();
    return new Promise((resolve) => {
      this.modelLists.set(requestId, resolve);
      this.post({ type: 'listModels', requestId, target });
    });
  }

  /** Changes the provider, model, persona or overrides of the chat in view. */
  setOptions(options: ConversationOptions): void {
    const { conversation } = this.state;
    if (!conversation) {
      this.setState({ ...this.state, newChatOptions: options });
      return;
    }
    // Shown at once; the background confirms with the stored conversation.
    this.setState({ ...this.state, conversation: { ...conversation, options } });
    this.post({ type: 'setOptions', conversationId: conversation.id, options });
  }

  /** Deletes every message of the conversation in view, keeping its persona and choices. */
  resetConversation(): void {
    const { conversationId } = this.state;
    if (conversationId !== null) this.post({ type: 'resetConversation', conversationId });
  }

  /** Edit: sends `text` as a new version of a user message (a sibling), keeping the old one. */
  edit(messageId: string, text: string): string | null {
    const message = this.state.messages.find((item) => item.id === messageId);
    return message ? this.sendAfter(text, message.parentId) : null;
  }

  private sendAfter(text: string, parentId: string | null, quote?: Quote): string {
    const requestId = this.newId();
    const { conversationId, temporary, newChatOptions } = this.state;
    this.setState({ ...this.state, pendingRequestId: requestId, alert: null });
    const starting = conversationId === null;
    this.post({
      type: 'send',
      requestId,
      conversationId,
      parentId: starting ? null : parentId,
      text,
      ...(starting && temporary ? { temporary: true } : {}),
      ...(starting && Object.keys(newChatOptions).length > 0 ? { options: newChatOptions } : {}),
      ...(quote ? { quote } : {}),
    });
    return requestId;
  }

  /** Asks for another version of a reply (kept beside the old one). */
  regenerate(messageId: string): void {
    this.retry(messageId);
  }

  /** Appends to a stopped or interrupted reply. */
  continueReply(messageId: string): void {
    this.setState({ ...this.state, alert: null });
    this.post({ type: 'continue', requestId: this.newId(), messageId });
  }

  /** Shows another version of a message (and the branch below it). */
  switchVersion(messageId: string): void {
    this.post({ type: 'switchBranch', messageId });
  }

  /** Deletes a message and everything after it on its branch. */
  deleteBranch(messageId: string): void {
    this.post({ type: 'deleteBranch', messageId });
  }

  /** Likes, dislikes, or clears the verdict on a reply. */
  setFeedback(messageId: string, value: Feedback): void {
    this.post({ type: 'feedback', messageId, value });
  }

  /** Renames a conversation. */
  rename(conversationId: string, title: string): void {
    this.post({ type: 'rename', conversationId, title });
  }

  /** Pins or unpins a conversation. */
  pin(conversationId: string, pinned: boolean): void {
    this.post({ type: 'pin', conversationId, pinned });
  }

  /** Deletes a conversation. */
  deleteConversation(conversationId: string): void {
    this.post({ type: 'deleteConversation', conversationId });
  }

  /** Starts a new chat; a temporary one is never written to history. */
  newChat(temporary = false): void {
    this.open(null);
    this.setState({ ...this.state, temporary });
  }

  /** Stops the reply streaming in view, if any. */
  stop(): void {
    const { conversationId } = this.state;
    if (conversationId !== null && streamingMessageId(this.state)) {
      this.post({ type: 'stop', conversationId });
    }
  }

  /** Generates again for a failed reply. */
  retry(messageId: string): void {
    this.setState({ ...this.state, alert: null });
    this.post({ type: 'retry', requestId: this.newId(), messageId });
  }

  /** Shows another conversation (null: a new, empty chat). */
  open(conversationId: string | null = this.state.conversationId): void {
    const { connected, listVersion } = this.state;
    this.setState({ ...initialChatState(conversationId), connected, listVersion });
    this.openedAt = performance.now();
    this.post({ type: 'subscribe', conversationId });
  }

  /** Shows a local alert (e.g. nothing configured) without asking the background. */
  showAlert(alert: ChatState['alert']): void {
    this.setState({ ...this.state, alert });
  }

  private post(request: ClientRequest): void {
    if (this.closed) return;
    if (!this.port) this.reconnect();
    try {
      this.port?.postMessage(request);
    } catch (error) {
      // The port died under us; reconnecting re-subscribes, and the composer keeps the text.
      console.warn('Sidechat: lost the connection to the background', error);
      this.handleDisconnect();
    }
  }

  private reconnect(): void {
    const port = this.connect();
    this.port = port;
    port.onMessage.addListener((raw) => {
      const event = parseServerEvent(raw);
      if (!event) return;
      if (event.type === 'importProgress' || event.type === 'importResult') {
        const waiting = this.imports.get(event.requestId);
        if (event.type === 'importProgress')
          waiting?.onProgress(event.phase, event.done, event.total);
        else {
          this.imports.delete(event.requestId);
          waiting?.resolve({ ok: event.ok, message: event.message });
        }
        return;
      }
      if (event.type === 'selection') {
        this.selections.get(event.requestId)?.(event);
        this.selections.delete(event.requestId);
        return;
      }
      if (event.type === 'models') {
        this.modelLists.get(event.requestId)?.(
          event.models ? { models: event.models } : { error: event.error ?? '' },
        );
        this.modelLists.delete(event.requestId);
        return;
      }
      if (event.type === 'snapshot') {
        this.attempts = 0;
        // Seen by the history benchmark through the standard Performance API.
        performance.measure('sidechat:open', { start: this.openedAt });
      }
      const next = applyEvent(this.state, event);
      if (next !== this.state) this.setState(next);
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.handleDisconnect();
    });
    this.setState({ ...this.state, connected: true });
  }

  private handleDisconnect(): void {
    this.port = null;
    // A send in flight may or may not have been saved: the snapshot after reconnecting
    // tells, and the composer still holds the text either way.
    this.setState({ ...this.state, connected: false, pendingRequestId: null });
    for (const answer of this.selections.values()) answer({ problem: 'tab_gone' });
    this.selections.clear();
    for (const answer of this.modelLists.values()) answer({ error: t('connectionLost') });
    this.modelLists.clear();
    for (const waiting of this.imports.values()) {
      waiting.resolve({
        ok: false,
        message: t('importConnectionLost'),
      });
    }
    this.imports.clear();
    if (this.closed) return;
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempts, RECONNECT_DELAYS_MS.length - 1)];
    this.attempts += 1;
    setTimeout(() => {
      // Keep what is on screen until the fresh snapshot replaces it.
      if (!this.closed && !this.port) {
        this.post({ type: 'subscribe', conversationId: this.state.conversationId });
      }
    }, delay);
  }

  private setState(next: ChatState): void {
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }
}
