import type {
  ChatMessage,
  Conversation,
  ErrorCode,
  MessageStatus,
  TokenUsage,
} from '@/utils/history/types';
import type { QuoteProblem } from '@/utils/page/selection';
import { parseModelListTarget, type ModelListTarget } from '@/utils/providers/model-target';
import { parseQuote, type Quote } from '@/utils/page/quote';
import { parseConversationOptions, type ConversationOptions } from '@/utils/providers/request';

/** Name of the `runtime.connect` port between the side panel and the background. */
export const PORT_NAME = 'sidechat-chat';

/** Characters per import piece: well under a port message's limit. */
export const IMPORT_CHUNK_LENGTH = 4 * 1024 * 1024;
/** Most pieces one import may have (about 100 MB of text). */
export const MAX_IMPORT_CHUNKS = 30;

/** Longest prompt the background accepts in one message (characters). */
export const MAX_PROMPT_LENGTH = 1_000_000;

// ---- Requests: panel → background -------------------------------------------------------

/** The panel's requests, one variant per `type`. */
export type ClientRequest =
  | {
      type: 'send';
      /** Chosen by the panel so it can match the events its own send caused. */
      requestId: string;
      /** null starts a new conversation. */
      conversationId: string | null;
      /** The message this one follows; null for the first message of a conversation. */
      parentId: string | null;
      text: string;
      /** Start a Temporary chat: nothing of it is written to history. */
      temporary?: boolean;
      /** Page text attached to the message. */
      quote?: Quote;
      /** A new conversation's provider, model and persona, as picked before the first send. */
      options?: ConversationOptions;
    }
  /** Replaces a conversation's own choices (provider, model, persona, overrides). */
  | { type: 'setOptions'; conversationId: string; options: ConversationOptions }
  /** Deletes every message of a conversation, keeping its title and choices. */
  | { type: 'resetConversation'; conversationId: string }
  /** Lists a provider's models: a saved profile by id, or a draft from the settings form. */
  | { type: 'listModels'; requestId: string; target: { profileId: string } | ModelListTarget }
  /** One piece of a history file to import; the last piece starts the import. */
  | { type: 'importChunk'; requestId: string; index: number; count: number; text: string }
  /** Reads the selection of a tab for "Quote selection". */
  | { type: 'readSelection'; requestId: string; tabId: number }
  | { type: 'stop'; conversationId: string }
  /** Appends to a stopped or interrupted reply. */
  | { type: 'continue'; requestId: string; messageId: string }
  /** Shows another version: the branch through this message, down to its latest leaf. */
  | { type: 'switchBranch'; messageId: string }
  /** Deletes a message and everything below it. */
  | { type: 'deleteBranch'; messageId: string }
  | { type: 'feedback'; messageId: string; value: Feedback }
  | { type: 'rename'; conversationId: string; title: string }
  | { type: 'pin'; conversationId: string; pinned: boolean }
  | { type: 'deleteConversation'; conversationId: string }
  /** Generates again for a failed/interrupted assistant message, or answers a user message. */
  | { type: 'retry'; requestId: string; messageId: string }
  /** Follow one conversation (null: none); the background answers with a `snapshot`. */
  | { type: 'subscribe'; conversationId: string | null };

// ---- Events: background → panel ---------------------------------------------------------

/** The user's verdict on a reply (null clears it). */
export type Feedback = 'like' | 'dislike' | null;

/** Longest conversation title kept; longer ones are cut. */
export const MAX_TITLE_LENGTH = 200;

/** A conversation's stored state plus, if a reply is streaming, its text so far. */
export interface ConversationSnapshot {
  conversation: Conversation;
  /** The visible path, root first. */
  messages: ChatMessage[];
  /** Versions along the path: sibling ids (oldest first) by parent id ('' for the first). */
  versions: Record<string, string[]>;
}

/** Everything the background tells the panel, one variant per `type`. */
export type ServerEvent =
  | { type: 'snapshot'; conversationId: string | null; snapshot: ConversationSnapshot | null }
  | { type: 'conversation'; conversation: Conversation }
  /** Some conversation was created, renamed, pinned or deleted: lists should refresh. */
  | { type: 'conversationsChanged' }
  | { type: 'conversationDeleted'; conversationId: string }
  | {
      type: 'importProgress';
      requestId: string;
      phase: 'validating' | 'writing';
      done: number;
      total: number;
    }
  /** How an import ended: a report, or why nothing was written. */
  | { type: 'importResult'; requestId: string; ok: boolean; message: string }
  /** The answer to listModels: the names, or a sentence saying what failed. */
  | { type: 'models'; requestId: string; models?: string[]; error?: string }
  /** The answer to readSelection. */
  | { type: 'selection'; requestId: string; quote?: Quote; problem?: QuoteProblem }
  /** A message was created or replaced (the saved user message, a new assistant message). */
  | { type: 'message'; message: ChatMessage; requestId?: string }
  /** Text appended to a streaming message; only the new text, never the accumulated one. */
  | { type: 'delta'; messageId: string; text?: string; reasoning?: string }
  | {
      type: 'done';
      conversationId: string;
      messageId: string;
      status: Extract<MessageStatus, 'done' | 'stopped'>;
      usage: TokenUsage | null;
      /** How long the model reasoned before answering, when it did. */
      thinkingMs: number | null;
    }
  | {
      type: 'error';
      conversationId: string | null;
      messageId: string | null;
      requestId?: string;
      code: ErrorCode;
      /** A sentence for the user naming what to fix. */
      message: string;
    };

// ---- Validation -------------------------------------------------------------------------

type Shape = Record<string, unknown>;

function isShape(value: unknown): value is Shape {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= 128;
}

function isIdOrNull(value: unknown): value is string | null {
  return value === null || isId(value);
}

/** Returns the request if `raw` is a well-formed ClientRequest, else null. Never throws. */
export function parseClientRequest(raw: unknown): ClientRequest | null {
  if (!isShape(raw)) return null;
  switch (raw.type) {
    case 'send': {
      const { requestId, conversationId, parentId, text } = raw;
      if (!isId(requestId) || !isIdOrNull(conversationId) || !isIdOrNull(parentId)) return null;
      if (typeof text !== 'string' || text.length > MAX_PROMPT_LENGTH) return null;
      // A parent only makes sense inside an existing conversation.
      if (conversationId === null && parentId !== null) return null;
      const temporary = raw.temporary === true;
      const quote = raw.quote === undefined ? undefined : parseQuote(raw.quote);
      if (quote === null) return null;
      const options = raw.options === undefined ? undefined : parseConversationOptions(raw.options);
      if (options === null) return null;
      // A message needs words, or a quote to ask about.
      if (text.trim() === '' && !quote) return null;
      return {
        type: 'send',
        requestId,
        conversationId,
        parentId,
        text,
        ...(temporary && { temporary }),
        ...(quote && { quote }),
        ...(options && { options }),
      };
    }
    case 'setOptions': {
      const options = parseConversationOptions(raw.options);
      return isId(raw.conversationId) && options
        ? { type: 'setOptions', conversationId: raw.conversationId, options }
        : null;
    }
    case 'resetConversation':
      return isId(raw.conversationId)
        ? { type: 'resetConversation', conversationId: raw.conversationId }
        : null;
    case 'listModels': {
      if (!isId(raw.requestId) || !isShape(raw.target)) return null;
      const { profileId } = raw.target;
      const target = isId(profileId) ? { profileId } : parseModelListTarget(raw.target);
      return target ? { type: 'listModels', requestId: raw.requestId, target } : null;
    }
    case 'importChunk': {
      const { requestId, index, count, text } = raw;
      const ok =
        isId(requestId) &&
        Number.isInteger(count) &&
        (count as number) >= 1 &&
        (count as number) <= MAX_IMPORT_CHUNKS &&
        Number.isInteger(index) &&
        (index as number) >= 0 &&
        (index as number) < (count as number) &&
        typeof text === 'string' &&
        text.length <= IMPORT_CHUNK_LENGTH;
      return ok
        ? {
            type: 'importChunk',
            requestId,
            index: index as number,
            count: count as number,
            text: text as string,
          }
        : null;
    }
    case 'readSelection':
      return isId(raw.requestId) && Number.isInteger(raw.tabId) && (raw.tabId as number) >= 0
        ? { type: 'readSelection', requestId: raw.requestId, tabId: raw.tabId as number }
        : null;
    case 'continue':
      return isId(raw.requestId) && isId(raw.messageId)
        ? { type: 'continue', requestId: raw.requestId, messageId: raw.messageId }
        : null;
    case 'switchBranch':
    case 'deleteBranch':
      return isId(raw.messageId) ? { type: raw.type, messageId: raw.messageId } : null;
    case 'feedback':
      return isId(raw.messageId) &&
        (raw.value === 'like' || raw.value === 'dislike' || raw.value === null)
        ? { type: 'feedback', messageId: raw.messageId, value: raw.value }
        : null;
    case 'rename':
      return isId(raw.conversationId) &&
        typeof raw.title === 'string' &&
        raw.title.length <= 100_000
        ? { type: 'rename', conversationId: raw.conversationId, title: raw.title }
        : null;
    case 'pin':
      return isId(raw.conversationId) && typeof raw.pinned === 'boolean'
        ? { type: 'pin', conversationId: raw.conversationId, pinned: raw.pinned }
        : null;
    case 'deleteConversation':
      return isId(raw.conversationId)
        ? { type: 'deleteConversation', conversationId: raw.conversationId }
        : null;
    case 'stop':
      return isId(raw.conversationId) ? { type: 'stop', conversationId: raw.conversationId } : null;
    case 'retry':
      return isId(raw.requestId) && isId(raw.messageId)
        ? { type: 'retry', requestId: raw.requestId, messageId: raw.messageId }
        : null;
    case 'subscribe':
      return isIdOrNull(raw.conversationId)
        ? { type: 'subscribe', conversationId: raw.conversationId }
        : null;
    default:
      return null;
  }
}

const EVENT_TYPES = new Set<ServerEvent['type']>([
  'snapshot',
  'conversation',
  'conversationsChanged',
  'conversationDeleted',
  'selection',
  'models',
  'importProgress',
  'importResult',
  'message',
  'delta',
  'done',
  'error',
]);

/**
 * Checks the envelope of an event from the background. Only our own background can post on
 * this port, so a shallow check guards against version skew rather than attackers.
 */
export function parseServerEvent(raw: unknown): ServerEvent | null {
  if (!isShape(raw) || typeof raw.type !== 'string') return null;
  if (!EVENT_TYPES.has(raw.type as ServerEvent['type'])) return null;
  if (raw.type === 'delta') {
    if (!isId(raw.messageId)) return null;
    if (raw.text !== undefined && typeof raw.text !== 'string') return null;
    if (raw.reasoning !== undefined && typeof raw.reasoning !== 'string') return null;
  }
  if (raw.type === 'message' && !(isShape(raw.message) && isId(raw.message.id))) return null;
  if (raw.type === 'error' && typeof raw.message !== 'string') return null;
  return raw as ServerEvent;
}

/** Where a port came from, as `runtime.Port.sender` reports it. */
export interface PortSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * True when a port was opened by one of this extension's own pages (side panel, options),
 * not by a content script or another extension.
 */
export function isTrustedSender(
  sender: PortSender | undefined,
  extensionId: string,
  extensionOrigin: string,
): boolean {
  if (!sender || sender.id !== extensionId || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(extensionOrigin);
}
