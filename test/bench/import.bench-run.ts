// npm run bench:import: a 100,000-message history file (10,000 conversations of 10 messages,
// English and Chinese) imported through the panel's Import history button into a fresh
// profile. Prints how long until the import reports done, and until search has indexed it
// all. Prints numbers; asserts nothing.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { useExtensionAgainstMock } from '../e2e/chromium';

const CONVERSATIONS = Number(process.env.IMPORT_CONVERSATIONS ?? 10_000);
const PER_CONVERSATION = 10;
const env = useExtensionAgainstMock();

const WORDS =
  'river delta sediment current channel estuary tide basin flood plain 河流 三角洲 泥沙 水流 入海口'.split(
    ' ',
  );

/** A history file in the published format (docs/export-format.md), written to disk. */
function historyFile(): string {
  let seed = 42;
  const word = () => {
    seed = (seed * 1_103_515_245 + 12_345) & 0x7f_ff_ff_ff;
    return WORDS[seed % WORDS.length];
  };
  const sentence = (length: number) => Array.from({ length }, word).join(' ');
  const start = Date.parse('2025-01-01T00:00:00Z');
  const conversations = Array.from({ length: CONVERSATIONS }, (_, c) => {
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
  const file = join(tmpdir(), `sidechat-bench-import-${CONVERSATIONS}.json`);
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

it('imports a 100,000-message history', { timeout: 900_000 }, async () => {
  const file = historyFile();
  const page = await env.browser.openPanel();
  await page.getByRole('button', { name: 'Conversations' }).click();
  const nav = page.getByRole('navigation', { name: 'Conversations' });
  const started = Date.now();
  await nav.getByLabel('Import history').setInputFiles(file);
  await nav
    .locator('.history__transfer-status')
    .filter({ hasText: /^(Imported|Nothing|This file)/ })
    .waitFor({ timeout: 900_000 });
  const importedMs = Date.now() - started;
  const report = await nav.locator('.history__transfer-status').innerText();
  // Searchable: the search store holds a row for every title and message.
  const rows = CONVERSATIONS * (PER_CONVERSATION + 1);
  while ((await env.browser.countStored('search')) < rows) {
    await page.waitForTimeout(250);
  }
  const indexedMs = Date.now() - started;
  console.log(
    `\nImport (${CONVERSATIONS.toLocaleString('en')} conversations, ` +
      `${(CONVERSATIONS * PER_CONVERSATION).toLocaleString('en')} messages):\n` +
      `  until the import reports done: ${(importedMs / 1000).toFixed(1)} s (goal ≤ 30 s)\n` +
      `  until search has indexed it all: ${(indexedMs / 1000).toFixed(1)} s\n` +
      `  report: ${report}`,
  );
});
