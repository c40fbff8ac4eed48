// The panel's side of the chat: the state of the conversation in view and the user's actions,
// each a request to the background whose answer (or failure) the state reflects.
import type { ChatMessage, ConversationOptions, Feedback } from '@/utils/history/types';
import type { PageSource } from '@/utils/page/page-source';
import type { Quote } from '@/utils/page/quote';
import type { ImageUpload } from '@/utils/images/image-upload';

import type { RequestBodies, RequestType } from '@/utils/protocol/requests';
import {
  applyEvent,
  initialChatState,
  streamingMessageId,
  type ChatAlert,
  type ChatState,
} from './chat-state';
import { alertFor } from './alerts';
import { PanelConnection, type PanelPort } from './connection';
import { uploadHistory, type ImportResult } from './history-upload';
import { pageRequests, type PageRequests } from './page-requests';
import { connectionChecks, type ConnectionChecks } from './provider-checks';

/** What a message carries besides its words. */
export interface Attached {
  quote?: Quote;
  pages?: PageSource[];
  images?: ImageUpload[];
}

export type { ModelListAnswer, ProbeAnswer } from './provider-checks';

export type { PanelPort } from './connection';

export type { ConnectionChecks } from './provider-checks';

/** The panel's session: one connection, the conversation in view, and what the user does. */
export class ChatSession {
  private state: ChatState;
  private readonly listeners = new Set<(state: ChatState) => void>();
  private readonly connection: PanelConnection;
  /** Reading and writing the page beside the panel, through the background. */
  readonly page: PageRequests;
  /** The model list and Test connection's probe, through the background. */
  readonly checks: ConnectionChecks;
  private openedAt = 0;
  /** A message the next snapshot must show (a search hit): its branch is switched to. */
  private reveal: { conversationId: string; messageId: string } | null = null;

  constructor(
    connect: () => PanelPort,
    conversationId: string | null,
    newId: () => string = () => crypto.randomUUID(),
  ) {
    this.state = initialChatState(conversationId);
    this.connection = new PanelConnection(
      connect,
      {
        onEvent: (event) => {
          if (event.type === 'snapshot') {
            // Seen by the history benchmark through the standard Performance API.
            performance.measure('sidechat:open', { start: this.openedAt });
          }
          const next = applyEvent(this.state, event);
          if (next !== this.state) this.setState(next);
          if (event.type === 'snapshot') this.revealPending();
        },
        onConnectedChange: (connected) => {
          // A send in flight may or may not have been saved: the snapshot after reconnecting
          // tells, and the composer still holds the text either way.
          this.setState({
            ...this.state,
            connected,
            ...(!connected && { pendingRequestId: null }),
          });
        },
        // Keep what is on screen until the fresh snapshot replaces it.
        onReconnectDue: () => this.follow(this.state.conversationId),
      },
      newId,
    );
    this.page = pageRequests(this.connection);
    this.checks = connectionChecks(this.connection);
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

  /** Follows a conversation: its snapshot first, then its events. */
  private follow(conversationId: string | null): void {
    this.connection
      .request('subscribe', { conversationId })
      .then(() => this.connection.markHealthy(), this.failed());
  }

  /** Opens the port and loads the conversation in view. */
  start(): void {
    this.connection.reopen();
    this.open();
  }

  /** Closes the port for good (panel unmount). Replies keep streaming in the background. */
  close(): void {
    this.connection.close();
  }

  /** Sends `text` (and what is attached) after the last visible message; returns the request id. */
  send(text: string, attached: Attached = {}): string {
    return this.sendAfter(text, this.state.messages.at(-1)?.id ?? null, attached);
  }

  /**
   * Edit: sends `text` as a new version of a user message (a sibling), keeping the old one
   * and what was attached to it (its quote, pages and images, read back from the history).
   */
  async edit(
    messageId: string,
    text: string,
    readImages: (message: ChatMessage) => Promise<ImageUpload[]> = async () => [],
  ): Promise<string | null> {
    const message = this.state.messages.find((item) => item.id === messageId);
    if (!message) return null;
    const images = message.attachments?.length ? await readImages(message) : [];
    return this.sendAfter(text, message.parentId, {
      ...(message.quote && { quote: message.quote }),
      ...(message.pages?.length && { pages: message.pages }),
      ...(images.length && { images }),
    });
  }

  private sendAfter(text: string, parentId: string | null, attached: Attached): string {
    const { quote, pages, images } = attached;
    const { conversationId, temporary, newChatOptions } = this.state;
    const starting = conversationId === null;
    const { requestId, answer } = this.connection.ask('send', {
      conversationId,
      parentId: starting ? null : parentId,
      text,
      ...(starting && temporary ? { temporary: true } : {}),
      ...(starting && Object.keys(newChatOptions).length > 0 ? { options: newChatOptions } : {}),
      ...(quote ? { quote } : {}),
      ...(pages?.length ? { pages } : {}),
      ...(images?.length ? { images } : {}),
    });
    this.setState({ ...this.state, pendingRequestId: requestId, alert: null });
    const settle = (alert: ChatAlert | null) => {
      if (this.state.pendingRequestId !== requestId && !alert) return;
      this.setState({
        ...this.state,
        pendingRequestId:
          this.state.pendingRequestId === requestId ? null : this.state.pendingRequestId,
        ...(alert && { alert }),
      });
    };
    answer.then(
      () => settle(null),
      (error: unknown) => settle(alertFor(error, { retryMessageId: null })),
    );
    return requestId;
  }

  /** Generates again for a failed reply (or another version of a reply). */
  retry(messageId: string): void {
    this.setState({ ...this.state, alert: null });
    this.connection
      .request('retry', { messageId })
      .catch(this.failed({ retryMessageId: messageId }));
  }

  /** Appends to a stopped or interrupted reply. */
  continueReply(messageId: string): void {
    this.setState({ ...this.state, alert: null });
    this.connection
      .request('continue', { messageId })
      .catch(this.failed({ retryMessageId: null, retryable: false }));
  }

  /** Stops the reply streaming in view, if any. */
  stop(): void {
    const { conversationId } = this.state;
    if (conversationId !== null && streamingMessageId(this.state)) {
      this.connection.request('stop', { conversationId }).catch(this.failed());
    }
  }

  /** Imports a history file (see history-upload.ts). */
  importHistory(
    text: string,
    onProgress: (phase: 'validating' | 'writing', done: number, total: number) => void,
  ): Promise<ImportResult> {
    return uploadHistory(this.connection, text, onProgress);
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
    this.connection
      .request('setOptions', { conversationId: conversation.id, options })
      .catch(this.failed());
  }

  /** Deletes every message of the conversation in view, keeping its persona and choices. */
  resetConversation(): void {
    const { conversationId } = this.state;
    if (conversationId === null) return;
    this.connection.request('resetConversation', { conversationId }).catch(this.failed());
  }

  /** Shows another version of a message (and the branch below it). */
  switchVersion(messageId: string): void {
    this.change('switchBranch', { messageId });
  }

  /** Deletes a message and everything after it on its branch. */
  deleteBranch(messageId: string): void {
    this.change('deleteBranch', { messageId });
  }

  /** Likes, dislikes, or clears the verdict on a reply. */
  setFeedback(messageId: string, value: Feedback): void {
    this.change('feedback', { messageId, value });
  }

  rename(conversationId: string, title: string): void {
    this.change('rename', { conversationId, title });
  }

  pin(conversationId: string, pinned: boolean): void {
    this.change('pin', { conversationId, pinned });
  }

  deleteConversation(conversationId: string): void {
    this.change('deleteConversation', { conversationId });
  }

  /** A change the background confirms through events; only a failure is answered here. */
  private change<T extends RequestType>(type: T, body: RequestBodies[T]): void {
    this.connection.request(type, body).catch(this.failed());
  }

  /** Starts a new chat; a temporary one is never written to history. */
  newChat(temporary = false): void {
    this.open(null);
    this.setState({ ...this.state, temporary });
  }

  /** Shows another conversation (null: a new, empty chat). */
  open(conversationId: string | null = this.state.conversationId): void {
    if (this.reveal?.conversationId !== conversationId) this.reveal = null;
    const { connected, listVersion } = this.state;
    this.setState({ ...initialChatState(conversationId), connected, listVersion });
    this.openedAt = performance.now();
    this.follow(conversationId);
  }

  /**
   * Shows the branch of a conversation that holds a message (a search hit), opening the
   * conversation if another is in view and switching branches if another one shows.
   */
  showMessage(conversationId: string, messageId: string): void {
    this.reveal = { conversationId, messageId };
    if (conversationId !== this.state.conversationId) this.open(conversationId);
    else this.revealPending();
  }

  /**
   * Decided on the snapshot itself, not on a render of it: the panel may render the empty
   * state and the loaded one in either order.
   */
  private revealPending(): void {
    const reveal = this.reveal;
    const { conversationId, loaded, messages } = this.state;
    if (!reveal || !loaded || reveal.conversationId !== conversationId) return;
    this.reveal = null;
    if (!messages.some((message) => message.id === reveal.messageId)) {
      this.switchVersion(reveal.messageId);
    }
  }

  /** Shows a local alert (e.g. nothing configured) without asking the background. */
  showAlert(alert: ChatState['alert']): void {
    this.setState({ ...this.state, alert });
  }

  /** A handler that shows a failed request's sentence (a lost connection shows already). */
  private failed(
    retry: Pick<ChatAlert, 'retryMessageId' | 'retryable'> = {
      retryMessageId: null,
      retryable: false,
    },
  ): (error: unknown) => void {
    return (error) => {
      const alert = alertFor(error, retry);
      if (alert) this.setState({ ...this.state, alert });
    };
  }

  private setState(next: ChatState): void {
    this.state = next;
    for (const listener of this.listeners) listener(next);
  }
}
