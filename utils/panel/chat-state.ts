// The panel's state of the conversation in view, and the pure reducer that applies the
// background's pushed events to it.
import {
  isTemporary,
  type ChatMessage,
  type Conversation,
  type ConversationOptions,
} from '@/utils/history/types';
import type { AnswerErrorCode } from '@/utils/protocol/answers';
import type { ConversationEvent } from '@/utils/protocol/events';

/** An error shown above the composer, with what Retry should do. */
export interface ChatAlert {
  code: AnswerErrorCode;
  message: string;
  /** The failed reply to retry; null when the send itself was refused (resend the text). */
  retryMessageId: string | null;
  /** False when retrying cannot help (a failed rename): the alert offers Dismiss instead. */
  retryable?: boolean;
}

/** What the panel shows of one conversation. */
export interface ChatState {
  conversationId: string | null;
  conversation: Conversation | null;
  /** The visible path, root first. */
  messages: ChatMessage[];
  /** False until the first snapshot for `conversationId` arrived. */
  loaded: boolean;
  /** A send the background has not confirmed yet. */
  pendingRequestId: string | null;
  /** The last send the background saved: the panel may clear its composer. */
  acceptedRequestId: string | null;
  alert: ChatAlert | null;
  connected: boolean;
  /** Versions along the path: sibling ids (oldest first) by parent id ('' for the first). */
  versions: Record<string, string[]>;
  /** Bumped whenever the background says the list of conversations changed. */
  listVersion: number;
  /** The chat in view is (or, once sent, will be) a Temporary chat. */
  temporary: boolean;
  /** Provider, model and persona picked for a new chat before its first message. */
  newChatOptions: ConversationOptions;
}

/** The choices of the chat in view: the conversation's, or those picked for a new chat. */
export function optionsInView(state: ChatState): ConversationOptions {
  return state.conversation?.options ?? state.newChatOptions;
}

/** The state of an empty new chat. */
export function initialChatState(conversationId: string | null = null): ChatState {
  return {
    conversationId,
    conversation: null,
    messages: [],
    loaded: conversationId === null,
    pendingRequestId: null,
    acceptedRequestId: null,
    alert: null,
    connected: false,
    versions: {},
    listVersion: 0,
    temporary: conversationId !== null && isTemporary(conversationId),
    newChatOptions: {},
  };
}

/** Adds a new message to the versions of its parent. */
function withVersion(versions: Record<string, string[]>, message: ChatMessage) {
  const key = message.parentId ?? '';
  const ids = versions[key] ?? [];
  return ids.includes(message.id) ? versions : { ...versions, [key]: [...ids, message.id] };
}

/** The alert a stored conversation deserves: its last reply's error, if it failed. */
function alertFromPath(messages: readonly ChatMessage[]): ChatAlert | null {
  const last = messages.at(-1);
  if (last?.status !== 'error' || !last.error) return null;
  return { ...last.error, retryMessageId: last.id };
}

/** The id of the message currently streaming in view, if any. */
export function streamingMessageId(state: ChatState): string | null {
  const last = state.messages.at(-1);
  return last?.status === 'streaming' ? last.id : null;
}

function updateMessage(
  state: ChatState,
  id: string,
  change: (message: ChatMessage) => ChatMessage,
): ChatState {
  // Streaming happens at the end of the path, so search from there.
  const index = state.messages.findLastIndex((message) => message.id === id);
  if (index < 0) return state;
  const messages = state.messages.slice();
  messages[index] = change(messages[index] as ChatMessage);
  return { ...state, messages };
}

/** Places a created or replaced message into the visible path. */
function upsertMessage(messages: readonly ChatMessage[], message: ChatMessage): ChatMessage[] {
  const existing = messages.findLastIndex((item) => item.id === message.id);
  if (existing >= 0) {
    const next = messages.slice();
    next[existing] = message;
    return next;
  }
  // A new message continues the path from its parent; anything after the parent was
  // another branch, which the new message replaces in view.
  const parentIndex =
    message.parentId === null ? -1 : messages.findLastIndex((item) => item.id === message.parentId);
  if (message.parentId !== null && parentIndex < 0) return messages.slice();
  return [...messages.slice(0, parentIndex + 1), message];
}

/** Applies one background event to the panel's state. Pure; returns the same object if unchanged. */
export function applyEvent(state: ChatState, event: ConversationEvent): ChatState {
  switch (event.type) {
    case 'snapshot': {
      if (event.conversationId !== state.conversationId) return state;
      const messages = event.snapshot?.messages ?? [];
      return {
        ...state,
        conversation: event.snapshot?.conversation ?? null,
        // A conversation that no longer exists opens as a new chat.
        conversationId: event.snapshot ? state.conversationId : null,
        messages,
        versions: event.snapshot?.versions ?? {},
        loaded: true,
        alert: alertFromPath(messages),
      };
    }
    case 'conversationsChanged':
      return { ...state, listVersion: state.listVersion + 1 };
    case 'conversationDeleted':
      if (event.conversationId !== state.conversationId) return state;
      return {
        ...initialChatState(null),
        connected: state.connected,
        listVersion: state.listVersion + 1,
      };
    case 'conversation': {
      const adopting = state.conversationId === null && state.pendingRequestId !== null;
      if (event.conversation.id !== state.conversationId && !adopting) return state;
      return { ...state, conversationId: event.conversation.id, conversation: event.conversation };
    }
    case 'message': {
      const { message, requestId } = event;
      if (message.conversationId !== state.conversationId) return state;
      const accepted =
        requestId !== undefined && requestId === state.pendingRequestId && message.role === 'user';
      return {
        ...state,
        messages: upsertMessage(state.messages, message),
        versions: withVersion(state.versions, message),
        loaded: true,
        // A new reply supersedes the failure of an earlier one; a refused request of this
        // panel's (its text still in the composer) stays until the user acts on it.
        alert:
          message.role === 'assistant' &&
          message.status === 'streaming' &&
          state.alert?.retryMessageId != null
            ? null
            : state.alert,
        pendingRequestId: accepted ? null : state.pendingRequestId,
        acceptedRequestId: accepted ? requestId : state.acceptedRequestId,
      };
    }
    case 'delta':
      return updateMessage(state, event.messageId, (message) => ({
        ...message,
        content: event.text ? message.content + event.text : message.content,
        reasoning: event.reasoning ? message.reasoning + event.reasoning : message.reasoning,
      }));
    case 'done':
      return updateMessage(state, event.messageId, (message) => ({
        ...message,
        status: event.status,
        usage: event.usage,
        thinkingMs: event.thinkingMs,
        model: event.model ?? message.model,
      }));
    case 'error': {
      if (event.conversationId !== state.conversationId) return state;
      const alert: ChatAlert = {
        code: event.code,
        message: event.message,
        retryMessageId: event.messageId,
      };
      const next = updateMessage(state, event.messageId, (message) => ({
        ...message,
        // Show no text as kept that the history does not hold.
        ...event.saved,
        status: 'error',
        error: { code: event.code, message: event.message },
      }));
      return { ...next, alert };
    }
  }
}
