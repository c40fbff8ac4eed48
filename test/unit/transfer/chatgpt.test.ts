import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseImport } from '@/utils/transfer/import';

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
});
