import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/transfer/import';

/** A minimal ChatGPT conversation whose mapping is given. */
const chatGptConversation = (
  id: string,
  mapping: Record<string, { parent: string | null; text?: string }>,
) => ({
  conversation_id: id,
  title: 'New chat',
  create_time: 1_700_000_000,
  current_node: Object.keys(mapping).at(-1),
  mapping: Object.fromEntries(
    Object.entries(mapping).map(([nodeId, { parent, text }]) => [
      nodeId,
      {
        id: nodeId,
        parent,
        children: Object.keys(mapping).filter((child) => mapping[child]?.parent === nodeId),
        message: text
          ? {
              id: nodeId,
              author: { role: 'user' },
              content: { content_type: 'text', parts: [text] },
            }
          : null,
      },
    ]),
  ),
});

describe('ChatGPT import', () => {
  const result = parseImport(readFileSync('test/fixtures/chatgpt-conversations.json', 'utf8'));

  it('should recognise the export and keep every branch', () => {
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source).toBe('chatgpt');
    const [conversation] = result.conversations;
    expect(conversation).toMatchObject({
      id: 'chatgpt-conv-1',
      title: 'Trip planning',
      createdAt: 1_700_000_000_500,
      updatedAt: 1_700_000_300_250,
      currentLeafId: 'n5',
    });
    const byId = new Map(conversation?.messages.map((m) => [m.id, m]));
    // The hidden system message is gone; the user message is re-attached to the root.
    expect(byId.has('n0')).toBe(false);
    expect(byId.get('n1')?.parentId).toBeNull();
    // Both replies to the question stay: a branch.
    expect(byId.get('n2')?.parentId).toBe('n1');
    expect(byId.get('n3')?.parentId).toBe('n1');
    expect(byId.get('n5')?.parentId).toBe('n4');
  });

  it('should keep roles, times and models, and mark what could not be imported', () => {
    if (!result.ok) throw new Error(result.message);
    const byId = new Map(result.conversations[0]?.messages.map((m) => [m.id, m]));
    expect(byId.get('n1')).toMatchObject({
      role: 'user',
      content: '[Image not imported]\nWhere should I go in Kyoto?',
      createdAt: 1_700_000_010_000,
    });
    expect(byId.get('n2')).toMatchObject({ role: 'assistant', model: 'gpt-4o' });
    expect(byId.get('n3')?.content).toBe('```\nsearch("kyoto temples")\n```');
    expect(byId.get('n4')).toMatchObject({ role: 'assistant' });
    expect(byId.get('n4')?.content).toContain('[Tool result from browser]');
    expect(byId.get('n4')?.content).toContain('[Web browsing result not imported]');
  });

  it('should refuse a conversation whose messages form a cycle, saying where', () => {
    const looped = parseImport(
      JSON.stringify([
        chatGptConversation('c-ok', { r: { parent: null }, a: { parent: 'r', text: 'hi' } }),
        chatGptConversation('c-loop', {
          a: { parent: 'b', text: 'x' },
          b: { parent: 'a', text: 'y' },
        }),
      ]),
    );
    expect(looped.ok).toBe(false);
    if (!looped.ok) expect(looped.message).toMatch(/damaged \(conversation 2, message \d: .*cycle/);
  });

  it('should import conversations that reuse node ids, and give empty ids new ones', () => {
    const shared = { root: { parent: null }, n1: { parent: 'root', text: 'Hello' } };
    const imported = parseImport(
      JSON.stringify([
        chatGptConversation('', shared),
        chatGptConversation('c2', shared),
        chatGptConversation('c2', shared),
      ]),
    );
    if (!imported.ok) throw new Error(imported.message);
    expect(imported.conversations).toHaveLength(3);
    const ids = imported.conversations.map((c) => c.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids.every((id) => id !== '')).toBe(true);
    const messageIds = imported.conversations.flatMap((c) => c.messages.map((m) => m.id));
    expect(new Set(messageIds).size).toBe(messageIds.length);
    // Links follow the new ids.
    for (const c of imported.conversations) {
      expect(c.messages[0]?.parentId).toBeNull();
      expect(c.currentLeafId).toBe(c.messages[0]?.id);
    }
  });
});
