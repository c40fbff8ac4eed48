import type { ChatMessage, Conversation } from './types';
import { indexTokens } from './search-text';

/** A row of the search store: the tokens of one message or one conversation title. */
export interface SearchRow {
  /** The message id, or `title:<conversationId>`. */
  id: string;
  conversationId: string;
  messageId: string | null;
  /** `token` + SEPARATOR + time key: one index walk per token yields newest first. */
  keys: string[];
}

/** Separates a token from its time key inside an index key. */
export const SEPARATOR = '\u0001';
const LATEST = 9_000_000_000_000_000;

/** Sorts newer first as a string: the inverted timestamp, zero-padded. */
function timeKey(createdAt: number): string {
  return String(LATEST - createdAt).padStart(16, '0');
}

function keysFor(text: string, createdAt: number): string[] {
  const time = timeKey(createdAt);
  return indexTokens(text).map((token) => `${token}${SEPARATOR}${time}`);
}

/** The row that makes a message findable, or null while it is still being written. */
export function searchRowForMessage(message: ChatMessage): SearchRow | null {
  if (message.status === 'streaming' || message.status === 'pending') return null;
  const keys = keysFor(message.content, message.createdAt);
  if (keys.length === 0) return null;
  return { id: message.id, conversationId: message.conversationId, messageId: message.id, keys };
}

/** The row that makes a conversation findable by its title. */
export function searchRowForTitle(conversation: Conversation): SearchRow {
  return {
    id: `title:${conversation.id}`,
    conversationId: conversation.id,
    messageId: null,
    keys: keysFor(conversation.title, conversation.updatedAt),
  };
}
