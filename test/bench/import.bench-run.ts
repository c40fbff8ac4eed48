// npm run bench:import: a 100,000-message history file (10,000 conversations of 10 messages,
// English and Chinese) imported through the panel's Import history button into a fresh
// profile. Prints how long until the import reports done, and until search has indexed it
// all. Prints numbers; asserts nothing.
import { it } from 'vitest';
import { useExtensionAgainstMock } from '../e2e/chromium';
import { historyFile, PER_CONVERSATION } from './history-file';

const CONVERSATIONS = Number(process.env.IMPORT_CONVERSATIONS ?? 10_000);
const env = useExtensionAgainstMock();

it('imports a 100,000-message history', { timeout: 900_000 }, async () => {
  const file = historyFile(CONVERSATIONS);
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
