// Part of npm run bench:transfer: how long checking an import file takes before anything is
// written (JSON parse, schema, trees). Runs in Node; prints numbers only.
import { it } from 'vitest';
import { parseImport } from '@/utils/transfer/import';

/** A valid history file: `conversations` chains of `perConversation` messages each. */
function historyFile(conversations: number, perConversation: number): string {
  const list = Array.from({ length: conversations }, (_, c) => ({
    id: `c${c}`,
    title: `Conversation ${c}`,
    createdAt: 1,
    updatedAt: 1,
    systemPrompt: '',
    model: 'm',
    currentLeafId: `c${c}-m${perConversation - 1}`,
    pinned: false,
    messages: Array.from({ length: perConversation }, (_unused, m) => ({
      id: `c${c}-m${m}`,
      parentId: m === 0 ? null : `c${c}-m${m - 1}`,
      role: m % 2 ? 'assistant' : 'user',
      content: `Message ${m} of conversation ${c}: a sentence of ordinary length to check.`,
      reasoning: '',
      quote: null,
      status: 'done',
      feedback: null,
      model: m % 2 ? 'm' : null,
      usage: null,
      error: null,
      thinkingMs: null,
      createdAt: m + 1,
      updatedAt: m + 1,
    })),
  }));
  return JSON.stringify({
    format: 'sidechat-history',
    version: 1,
    exportedAt: '2026-01-01T00:00:00.000Z',
    conversations: list,
  });
}

function timed(label: string, text: string): void {
  const started = performance.now();
  const result = parseImport(text);
  const ms = performance.now() - started;
  const verdict = result.ok ? 'valid' : `refused: ${result.message.slice(0, 80)}`;
  console.log(
    `  ${label}: ${(text.length / 1024 / 1024).toFixed(1)} MB checked in ${(ms / 1000).toFixed(2)} s (${verdict})`,
  );
}

it('prints how long checking import files takes', () => {
  console.log('\nImport check benchmark (Node, before any write; goal: 100,000 messages ≤ 2 s)');
  timed('100,000 messages in 100 conversations', historyFile(100, 1000));
  timed('100,000 messages in one conversation', historyFile(1, 100_000));
  const broken = JSON.parse(historyFile(2, 20_000)) as {
    conversations: { messages: { parentId: string | null }[] }[];
  };
  const second = broken.conversations[1]?.messages[0];
  if (second) second.parentId = 'ghost';
  timed('20,000-message conversation, then a broken one', JSON.stringify(broken));
});
