// npm run bench:transfer: export, wipe and import back a large history through the panel's
// own buttons. Needs a seeded profile (BENCH_PROFILE from bench:history); it wipes and
// restores that profile's history, so point it at a copy. Prints numbers only.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'vitest';
import { useExtensionAgainstMock } from '../e2e/chromium';

const profile = process.env.BENCH_PROFILE ?? '';
const env = useExtensionAgainstMock({}, profile);

async function count(): Promise<{ conversations: number; messages: number }> {
  return {
    conversations: await env.browser.countStored('conversations'),
    messages: await env.browser.countStored('messages'),
  };
}

it('prints export and import times', { timeout: 900_000 }, async () => {
  if (!profile) {
    console.log('Set BENCH_PROFILE to a copy of a profile seeded by bench:history.');
    return;
  }
  const before = await count();
  const page = await env.browser.openPanel();
  await page.getByRole('button', { name: 'Conversations' }).click();
  const nav = page.getByRole('navigation', { name: 'Conversations' });
  const exportStarted = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 600_000 }),
    page.getByRole('button', { name: 'Export history' }).click(),
  ]);
  const file = join(tmpdir(), 'sidechat-bench-export.json');
  await download.saveAs(file);
  const exportMs = Date.now() - exportStarted;
  const heapAfterExport = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0,
  );

  await env.browser.wipeHistory();

  // IMPORT_SUBSET=n imports only the first n conversations of the export (the search index
  // makes a full 100,000-message import take many minutes on a small machine).
  const subset = Number(process.env.IMPORT_SUBSET ?? 0);
  let importFile = file;
  if (subset > 0) {
    const whole = JSON.parse(readFileSync(file, 'utf8')) as { conversations: unknown[] };
    whole.conversations = whole.conversations.slice(0, subset);
    importFile = join(tmpdir(), 'sidechat-bench-subset.json');
    writeFileSync(importFile, JSON.stringify(whole));
  }
  const importStarted = Date.now();
  await nav.getByLabel('Import history').setInputFiles(importFile);
  // The report is a status; a refusal is an alert: either ends the wait.
  await nav
    .locator('.history__transfer-status')
    .filter({ hasText: /^(Imported|Nothing|This file)/ })
    .waitFor({ timeout: 600_000 });
  const importMs = Date.now() - importStarted;
  const report = await nav.locator('.history__transfer-status').textContent();
  const after = await count();
  console.log(
    [
      `\nTransfer benchmark (Chromium): ${before.conversations.toLocaleString('en')} conversations, ${before.messages.toLocaleString('en')} messages`,
      `  export through "Export history": ${(exportMs / 1000).toFixed(1)} s for ${(statSync(file).size / 1024 / 1024).toFixed(1)} MB; panel heap after: ${(heapAfterExport / 1024 / 1024).toFixed(0)} MB`,
      `  import${subset ? ` of its first ${subset} conversations` : ' of that file'} after a wipe: ${(importMs / 1000).toFixed(1)} s — "${report}"`,
      `  after: ${after.conversations.toLocaleString('en')} conversations, ${after.messages.toLocaleString('en')} messages`,
    ].join('\n'),
  );
});
