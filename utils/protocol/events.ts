// What the background pushes to the panels without being asked: conversation state, the
// deltas of a streaming reply, list changes and import progress. Answers to requests are
// a separate kind (answers.ts).
import type {
  ChatMessage,
  Conversation,
  ErrorCode,
  MessageStatus,
  TokenUsage,
} from '@/utils/history/types';
import { isId, isShape } from './shape';

/** A conversation's stored state plus, if a reply is streaming, its text so far. */
export interface ConversationSnapshot {
  conversation: Conversation;
  /** The visible path, root first. */
  messages: ChatMessage[];
  /** Versions along the path: sibling ids (oldest first) by parent id ('' for the first). */
  versions: Record<string, string[]>;
}

/** Events about conversations: the panel's state follows them (panel/chat-state.ts). */
export type ConversationEvent =
  | { type: 'snapshot'; conversationId: string | null; snapshot: ConversationSnapshot | null }
  | { type: 'conversation'; conversation: Conversation }
  /** Some conversation was created, renamed, pinned or deleted: lists should refresh. */
  | { type: 'conversationsChanged' }
  | { type: 'conversationDeleted'; conversationId: string }
  /** A message was created or replaced; `requestId` names the send that saved it. */
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
      /** The model that answered, as the provider named it (else the one asked for). */
      model?: string | null;
    }
  /** A reply failed while streaming; the reply keeps what arrived. */
  | {
      type: 'error';
      conversationId: string;
      messageId: string;
      code: ErrorCode;
      /** A sentence for the user naming what to fix. */
      message: string;
      /** When the history stopped taking writes: the reply's text as saved, to show instead. */
      saved?: { content: string; reasoning: string };
    };

/** How far an import is, for the request that started it. */
export interface ImportProgress {
  type: 'importProgress';
  requestId: string;
  phase: 'validating' | 'writing';
  done: number;
  total: number;
}

/** Everything the background pushes, one variant per `type`. */
export type ServerEvent = ConversationEvent | ImportProgress;

type Check = (raw: Record<string, unknown>) => boolean;
const optionalText = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * A shallow check per event type. Only our own background can post on this port, so these
 * guard against version skew (an old panel, a new worker) rather than attackers.
 */
const EVENT_CHECKS: Record<ServerEvent['type'], Check> = {
  snapshot: (raw) => raw.snapshot === null || isShape(raw.snapshot),
  conversation: (raw) => isShape(raw.conversation) && isId(raw.conversation.id),
  conversationsChanged: () => true,
  conversationDeleted: (raw) => isId(raw.conversationId),
  message: (raw) => isShape(raw.message) && isId(raw.message.id),
  delta: (raw) => isId(raw.messageId) && optionalText(raw.text) && optionalText(raw.reasoning),
  done: (raw) => isId(raw.messageId),
  error: (raw) => isId(raw.messageId) && typeof raw.message === 'string',
  importProgress: (raw) => isId(raw.requestId),
};

/** The event if `raw` is one, else null. Never throws. */
export function parseServerEvent(raw: unknown): ServerEvent | null {
  if (!isShape(raw) || typeof raw.type !== 'string' || !Object.hasOwn(EVENT_CHECKS, raw.type)) {
    return null;
  }
  const check = EVENT_CHECKS[raw.type as ServerEvent['type']];
  // Checked field by field above for what the panel reads; the rest is our own background's.
  return check(raw) ? (raw as unknown as ServerEvent) : null;
}
