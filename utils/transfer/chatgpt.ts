import { z } from 'zod/mini';
import { isTemporary } from '@/utils/history/types';
import type { ExportedConversation, ExportedMessage } from './format';

const node = z.object({
  id: z.string(),
  parent: z.optional(z.nullable(z.string())),
  children: z.optional(z.array(z.string())),
  message: z.optional(
    z.nullable(
      z.object({
        id: z.optional(z.string()),
        author: z.object({ role: z.string(), name: z.optional(z.nullable(z.string())) }),
        content: z.looseObject({
          content_type: z.string(),
          parts: z.optional(z.array(z.unknown())),
          text: z.optional(z.string()),
        }),
        create_time: z.optional(z.nullable(z.number())),
        update_time: z.optional(z.nullable(z.number())),
        metadata: z.optional(z.record(z.string(), z.unknown())),
        recipient: z.optional(z.string()),
      }),
    ),
  ),
});

/** A conversation from ChatGPT's data export (`conversations.json`). */
export const chatGptConversationSchema = z.object({
  id: z.optional(z.string()),
  conversation_id: z.optional(z.string()),
  title: z.optional(z.nullable(z.string())),
  create_time: z.optional(z.nullable(z.number())),
  update_time: z.optional(z.nullable(z.number())),
  current_node: z.optional(z.nullable(z.string())),
  mapping: z.record(z.string(), node),
});

/** ChatGPT's whole export: an array of conversations. */
export const chatGptExportSchema = z.array(chatGptConversationSchema);

type ChatGptConversation = z.infer<typeof chatGptConversationSchema>;
type ChatGptNode = z.infer<typeof node>;

/** True when parsed JSON looks like ChatGPT's export rather than ours. */
export function looksLikeChatGpt(data: unknown): boolean {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    typeof data[0] === 'object' &&
    data[0] !== null &&
    'mapping' in data[0]
  );
}

/** Text of a message's parts; anything that is not text becomes a placeholder line. */
function textOf(message: NonNullable<ChatGptNode['message']>): string {
  const { content } = message;
  if (content.content_type === 'text' || content.content_type === 'multimodal_text') {
    return (content.parts ?? [])
      .map((part) => {
        if (typeof part === 'string') return part;
        const kind = (part as { content_type?: string }).content_type ?? 'attachment';
        return kind.includes('image') ? '[Image not imported]' : `[${kind} not imported]`;
      })
      .join('\n');
  }
  if (content.content_type === 'code') return `\`\`\`\n${content.text ?? ''}\n\`\`\``;
  if (
    content.content_type === 'tether_quote' ||
    content.content_type === 'tether_browsing_display'
  ) {
    return '[Web browsing result not imported]';
  }
  return `[${content.content_type} not imported]`;
}

const ms = (seconds: number | null | undefined, fallback: number) =>
  typeof seconds === 'number' && Number.isFinite(seconds) ? Math.round(seconds * 1000) : fallback;

/**
 * Converts one ChatGPT conversation: every branch kept, the current node honoured, hidden
 * system scaffolding dropped (its children re-attached to the nearest kept ancestor), tool
 * calls and non-text parts kept as placeholder lines rather than dropped silently.
 */
export function fromChatGpt(
  conversation: ChatGptConversation,
  index: number,
): ExportedConversation {
  const created = ms(conversation.create_time, 0);
  // Empty ids and clashes are given new ones afterwards (withUniqueIds).
  const id = conversation.conversation_id || conversation.id || `chatgpt-${index}`;
  const kept = new Map<string, ExportedMessage>();
  const nodes = conversation.mapping;
  const keptAncestor = (nodeId: string | null | undefined): string | null => {
    const seen = new Set<string>();
    let current = nodeId ?? null;
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      if (kept.has(current)) return current;
      current = nodes[current]?.parent ?? null;
    }
    return null;
  };
  // Parents before children: walk from the roots.
  const order: string[] = [];
  const roots = Object.values(nodes).filter((entry) => !entry.parent || !nodes[entry.parent]);
  const stack = roots.map((entry) => entry.id).toReversed();
  const visited = new Set<string>();
  while (stack.length) {
    const nodeId = stack.pop() as string;
    if (visited.has(nodeId)) continue;
    visited.add(nodeId);
    order.push(nodeId);
    stack.push(...(nodes[nodeId]?.children ?? []).toReversed());
  }
  for (const nodeId of order) {
    const message = nodes[nodeId]?.message;
    if (!message) continue;
    const role = message.author.role;
    const hidden = message.metadata?.is_visually_hidden_from_conversation === true;
    const text = textOf(message);
    if (hidden || (role === 'system' && !text.trim())) continue;
    const time = ms(message.create_time, created);
    kept.set(nodeId, {
      id: nodeId,
      parentId: keptAncestor(nodes[nodeId]?.parent),
      role: role === 'user' ? 'user' : role === 'system' ? 'system' : 'assistant',
      content:
        role === 'tool'
          ? `[Tool result${message.author.name ? ` from ${message.author.name}` : ''}]\n${text}`
          : text,
      reasoning: '',
      quote: null,
      status: 'done',
      feedback: null,
      model:
        role === 'assistant'
          ? ((message.metadata?.model_slug as string | undefined) ?? null)
          : null,
      usage: null,
      error: null,
      thinkingMs: null,
      createdAt: time,
      updatedAt: ms(message.update_time, time),
    });
  }
  const messages = [...kept.values()];
  return {
    id,
    title: conversation.title?.trim() || 'ChatGPT conversation',
    createdAt: created,
    updatedAt: ms(conversation.update_time, created),
    systemPrompt: '',
    model: '',
    currentLeafId: keptAncestor(conversation.current_node) ?? messages.at(-1)?.id ?? null,
    pinned: false,
    messages,
  };
}

/**
 * The mapping as parent links, for the same checks our own files get: a parent missing from
 * the mapping makes a root (as ChatGPT's own viewer treats it), a loop of parents is damage.
 */
export function mappingParents(
  conversation: ChatGptConversation,
): { id: string; parentId: string | null }[] {
  const nodes = conversation.mapping;
  return Object.entries(nodes).map(([id, entry]) => ({
    id,
    parentId: entry.parent && Object.hasOwn(nodes, entry.parent) ? entry.parent : null,
  }));
}

/**
 * Gives conversations and messages the ids Sidechat needs: ChatGPT's exports reuse node ids
 * across conversations (two empty "New chat" conversations share theirs) and may hold an
 * empty conversation id; ids only need to be unique within a conversation there. A
 * conversation whose id is empty, taken earlier in the file, or in the Temporary chat
 * namespace gets a new one; so does a message whose id was used by an earlier conversation.
 */
export function withUniqueIds(
  conversations: readonly ExportedConversation[],
  newId: () => string = () => crypto.randomUUID(),
): ExportedConversation[] {
  const conversationIds = new Set<string>();
  const messageIds = new Set<string>();
  return conversations.map((conversation) => {
    let { id } = conversation;
    if (!id || isTemporary(id) || conversationIds.has(id)) id = `chatgpt-${newId()}`;
    conversationIds.add(id);
    const renamed = new Map<string, string>();
    for (const message of conversation.messages) {
      if (!message.id || messageIds.has(message.id)) renamed.set(message.id, newId());
    }
    const mapped = (messageId: string | null) =>
      messageId === null ? null : (renamed.get(messageId) ?? messageId);
    const messages = conversation.messages.map((message) => ({
      ...message,
      id: mapped(message.id) ?? newId(),
      parentId: mapped(message.parentId),
    }));
    for (const message of messages) messageIds.add(message.id);
    return { ...conversation, id, currentLeafId: mapped(conversation.currentLeafId), messages };
  });
}
