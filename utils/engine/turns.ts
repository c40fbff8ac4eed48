// The records a turn creates: a new conversation, the user's message, the reply to stream.
import { TEMPORARY_PREFIX, type ChatMessage, type Conversation } from '@/utils/history/types';
import type { PageSource } from '@/utils/page/page-source';
import { trimQuoteText, type Quote } from '@/utils/page/quote';
import type { RequestConfig } from '@/utils/providers/request';

const TITLE_LENGTH = 80;

/** A conversation's title from its first message: the first line, shortened. */
export function titleFrom(text: string): string {
  const line = text.trim().split('\n')[0]?.trim() ?? '';
  return line.length > TITLE_LENGTH ? `${line.slice(0, TITLE_LENGTH - 1)}…` : line;
}

/** A new conversation, titled from the first message (or its quote when it has no words). */
export function newConversation(
  id: string,
  temporary: boolean,
  first: { text: string; quote?: Quote; pages?: PageSource[]; images?: { name: string }[] },
  config: Pick<RequestConfig, 'systemPrompt' | 'model'>,
  now: number,
): Conversation {
  return {
    id: `${temporary ? TEMPORARY_PREFIX : ''}${id}`,
    title:
      titleFrom(first.text) ||
      titleFrom(first.quote?.title ?? '') ||
      titleFrom(first.pages?.[0]?.title ?? '') ||
      titleFrom(first.quote?.text ?? '') ||
      titleFrom(first.images?.[0]?.name ?? ''),
    createdAt: now,
    updatedAt: now,
    currentLeafId: null,
    systemPrompt: config.systemPrompt,
    model: config.model,
  };
}

/** The user's message as saved, its quote cut to the configured limit. */
export function newUserMessage(
  id: string,
  conversationId: string,
  parentId: string | null,
  input: { text: string; quote?: Quote; pages?: PageSource[] },
  quoteLimit: number,
  now: number,
): ChatMessage {
  const quote = input.quote && {
    ...input.quote,
    text: trimQuoteText(input.quote.text, quoteLimit).text,
  };
  return {
    id,
    conversationId,
    parentId,
    role: 'user',
    content: input.text,
    ...(quote && { quote }),
    ...(input.pages?.length && { pages: input.pages }),
    reasoning: '',
    status: 'done',
    model: null,
    usage: null,
    error: null,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The reply about to stream: a new message under `parentId`, or an existing one reused
 * (a failed reply with no text) or resumed (Continue keeps its reasoning and timing).
 */
export function streamingReply(
  existing: { reuse?: ChatMessage; resume?: ChatMessage },
  fresh: { id: string; conversationId: string; parentId: string },
  model: string,
  now: number,
): ChatMessage {
  const base = existing.resume ??
    existing.reuse ?? { ...fresh, role: 'assistant' as const, createdAt: now };
  return {
    ...base,
    content: '',
    reasoning: existing.resume?.reasoning ?? '',
    status: 'streaming',
    model,
    usage: null,
    error: null,
    thinkingMs: existing.resume?.thinkingMs ?? null,
    updatedAt: now,
  };
}
