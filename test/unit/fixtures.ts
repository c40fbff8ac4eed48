import type { ChatMessage, Conversation } from '@/utils/history-types';

/** A stored message with sensible defaults: a finished user message in conversation c1. */
export function makeMessage(
  id: string,
  parentId: string | null,
  extra: Partial<ChatMessage> = {},
): ChatMessage {
  return {
    id,
    conversationId: 'c1',
    parentId,
    role: 'user',
    content: '',
    reasoning: '',
    status: 'done',
    model: null,
    usage: null,
    error: null,
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  };
}

/** A conversation c1 with defaults. */
export function makeConversation(extra: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    title: 'Hi',
    createdAt: 1,
    updatedAt: 1,
    currentLeafId: null,
    systemPrompt: '',
    model: 'm',
    ...extra,
  };
}
