// A generated history file in the published format (docs/export-format.md), for the import and
// sync benchmarks: conversations of 10 messages, English and Chinese words.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PER_CONVERSATION = 10;

const WORDS =
  'river delta sediment current channel estuary tide basin flood plain 河流 三角洲 泥沙 水流 入海口'.split(
    ' ',
  );

/** A history file of `count` conversations, written to disk; resolves to its path. */
export function historyFile(count: number): string {
  let seed = 42;
  const word = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7f_ff_ff_ff;
    return WORDS[seed % WORDS.length];
  };
  const sentence = (length: number) => Array.from({ length }, word).join(' ');
  const start = Date.parse('2025-01-01T00:00:00Z');
  const conversations = Array.from({ length: count }, (_, c) => {
    const at = start + c * 60_000;
    const messages = Array.from({ length: PER_CONVERSATION }, (_message, m) => ({
      id: `m-${c}-${m}`,
      parentId: m === 0 ? null : `m-${c}-${m - 1}`,
      role: m % 2 === 0 ? 'user' : 'assistant',
      content: sentence(m % 2 === 0 ? 12 : 60),
      reasoning: '',
      quote: null,
      status: 'done',
      feedback: null,
      model: m % 2 === 0 ? null : 'mock-model',
      usage: null,
      error: null,
      thinkingMs: null,
      createdAt: at + m * 1000,
      updatedAt: at + m * 1000,
    }));
    return {
      id: `c-${c}`,
      title: sentence(5),
      createdAt: at,
      updatedAt: at + PER_CONVERSATION * 1000,
      systemPrompt: '',
      model: 'mock-model',
      currentLeafId: `m-${c}-${PER_CONVERSATION - 1}`,
      pinned: false,
      messages,
    };
  });
  const file = join(tmpdir(), `sidechat-bench-import-${count}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      format: 'sidechat-history',
      version: 3,
      exportedAt: new Date(start).toISOString(),
      conversations,
    }),
  );
  return file;
}
