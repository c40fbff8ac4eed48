// The stored history's types. The constant arrays are the one list of each kind: the
// TypeScript types, the protocol's validators and the export schema's enums come from them.
import type { PageSource } from '@/utils/page/page-source';
import type { Quote } from '@/utils/page/quote';

/** Who wrote a message. */
export const ROLES = ['system', 'user', 'assistant'] as const;
export type Role = (typeof ROLES)[number];

/** Lifecycle of a message; `streaming` only while a live generation owns it. */
export const MESSAGE_STATUSES = [
  'pending',
  'streaming',
  'done',
  'stopped',
  'interrupted',
  'error',
] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** The statuses a history file holds: a reply still being written is saved as interrupted. */
export const SETTLED_STATUSES = [
  'done',
  'stopped',
  'interrupted',
  'error',
] as const satisfies readonly MessageStatus[];

/** Why a generation failed, as a stable code the UI can act on. */
export const ERROR_CODES = [
  'not_configured',
  'missing_key',
  'auth',
  'not_found',
  'rate_limit',
  'server',
  'network',
  'stalled',
  'bad_request',
  /** The model does not read images: the message carried some. */
  'no_vision',
  'not_api',
  'busy',
  'missing_message',
  /** The history could not be saved: no space left. */
  'storage_full',
  /** The history could not be saved for another reason. */
  'storage_failed',
  'unknown',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The user's verdicts on a reply. */
export const FEEDBACK_VALUES = ['like', 'dislike'] as const;
/** The user's verdict on a reply (null clears it). */
export type Feedback = (typeof FEEDBACK_VALUES)[number] | null;

/** A conversation's own choices; an absent field follows the persona, then the settings. */
export interface ConversationOptions {
  /** The provider profile it talks to (falls back to the active one if deleted). */
  profileId?: string;
  /** The model picked for it; absent: the persona's, then the profile's default. */
  model?: string;
  /** Its persona; null for none, absent for the settings' default persona. */
  personaId?: string | null;
  /** Overrides of the persona's system prompt and sampling, for this conversation only. */
  systemPrompt?: string;
  temperature?: number;
  maxTokens?: number;
  topP?: number;
}

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

/**
 * An image sent with a message. Its bytes are a Blob in the `images` store under the same
 * id (never base64 inside the message record); this is what a list needs without them.
 */
export interface ImageAttachment {
  id: string;
  /** The file name the user attached, or what the panel named a screenshot or paste. */
  name: string;
  /** `image/webp`, `image/jpeg` or `image/png`: what the panel prepared. */
  type: string;
  width: number;
  height: number;
  /** Size of the stored bytes. */
  bytes: number;
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
  /** Pages, PDFs or transcripts the user attached: exactly the text the model was sent. */
  pages?: PageSource[] | null;
  /** Images the user attached (the bytes are in the `images` store). */
  attachments?: ImageAttachment[] | null;
  /** The user's verdict on a reply. */
  feedback?: Feedback;
  /** How long the model reasoned before answering (ms); absent when it did not. */
  thinkingMs?: number | null;
  createdAt: number;
  updatedAt: number;
}

/**
 * The conversation fields a user changes after creating it; sync merges each on its own,
 * the latest edit winning (a rename on one computer and a pin on another both survive).
 */
export const CLOCKED_FIELDS = [
  'title',
  'pinnedAt',
  'options',
  'currentLeafId',
  'systemPrompt',
  'model',
] as const;
export type ClockedField = (typeof CLOCKED_FIELDS)[number];
/** When each field was last changed, as hybrid logical clocks (clock.ts). */
export type FieldClocks = Partial<Record<ClockedField, string>>;

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
  /** Addresses of the pages and quotes its messages carried (see page-links.ts). */
  pageUrls?: string[];
  /** Their sites (hosts without www.): a multi-entry index lists chats by site. */
  sites?: string[];
  /** When each of its editable fields last changed (absent before sync existed). */
  clocks?: FieldClocks;
}

/** A deleted conversation or message, kept so sync does not bring it back. */
export interface Tombstone {
  /** The conversation's or message's id. */
  id: string;
  kind: 'conversation' | 'message';
  conversationId: string;
  /** When it was deleted (clock.ts). */
  at: string;
}

/** Conversations whose id starts with this live only in memory (Temporary chat). */
export const TEMPORARY_PREFIX = 'tmp-';

/** True for ids of Temporary chats (never stored). */
export function isTemporary(conversationId: string): boolean {
  return conversationId.startsWith(TEMPORARY_PREFIX);
}
