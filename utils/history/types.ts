import type { Quote } from '@/utils/page/quote';
import type { ConversationOptions } from '@/utils/providers/request';

/** Who wrote a message. */
export type Role = 'system' | 'user' | 'assistant';

/** Lifecycle of a message; `streaming` only while a live generation owns it. */
export type MessageStatus = 'pending' | 'streaming' | 'done' | 'stopped' | 'interrupted' | 'error';

/** Statuses after which a message no longer changes on its own. */
export const FINAL_STATUSES: readonly MessageStatus[] = ['done', 'stopped', 'interrupted', 'error'];

/** Why a generation failed, as a stable code the UI can act on. */
export type ErrorCode =
  | 'not_configured'
  | 'missing_key'
  | 'auth'
  | 'not_found'
  | 'rate_limit'
  | 'server'
  | 'network'
  | 'stalled'
  | 'bad_request'
  | 'not_api'
  | 'busy'
  | 'missing_message'
  | 'unknown';

/** Token counts reported by the provider (`stream_options.include_usage`). */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

/** A failure stored on the message it ended, so a reopened panel can still explain it. */
export interface MessageError {
  code: ErrorCode;
  /** A sentence for the user, naming what to fix. Never contains a secret. */
  message: string;
}

/** One node of a conversation tree. */
export interface ChatMessage {
  id: string;
  conversationId: string;
  /** The message this one answers or follows; null for the first message. */
  parentId: string | null;
  role: Role;
  content: string;
  /** Reasoning ("thinking") text, kept apart from the answer. */
  reasoning: string;
  status: MessageStatus;
  /** The model that wrote an assistant message. */
  model: string | null;
  usage: TokenUsage | null;
  error: MessageError | null;
  /** Page text the user quoted with this message (shown above it, sent through a template). */
  quote?: Quote | null;
  /** The user's verdict on a reply. */
  feedback?: 'like' | 'dislike' | null;
  /** How long the model reasoned before answering (ms); absent when it did not. */
  thinkingMs?: number | null;
  createdAt: number;
  updatedAt: number;
}

/** A conversation; its visible messages are the path from the root to `currentLeafId`. */
export interface Conversation {
  id: string;
  title: string;
  createdAt: number;
  updatedAt: number;
  currentLeafId: string | null;
  systemPrompt: string;
  model: string;
  /** When the user pinned it to the top of the list; 0 when not pinned. */
  pinnedAt?: number;
  /** Its own provider, model, persona and sampling choices. */
  options?: ConversationOptions;
}

/** Conversations whose id starts with this live only in memory (Temporary chat). */
export const TEMPORARY_PREFIX = 'tmp-';
