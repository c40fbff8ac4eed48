import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock } from './chromium';
import { panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

describe('history as data (Chromium)', () => {
  it('should export through the button, survive a wipe, and import back the same', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    for (const question of ['first topic', 'second topic 中文']) {
      await ui.newChat.click();
      await ui.ask(question);
      await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    }
    await page.getByRole('button', { name: 'Conversations' }).click();
    const nav = page.getByRole('navigation', { name: 'Conversations' });
    const titles = () => nav.locator('.history__open').allTextContents();
    await expect.poll(titles).toEqual(['second topic 中文', 'first topic']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export history' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^sidechat-history \d{4}-\d\d-\d\d\.json$/);
    const file = join(tmpdir(), `sidechat-export-${Date.now()}.json`);
    await download.saveAs(file);
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'sidechat-history', version: 1 });
    expect(exported.conversations).toHaveLength(2);
    expect(JSON.stringify(exported)).not.toContain('sk-e2e-secret');

    // Wipe everything, as a new install would have it.
    await env.browser.wipeHistory();
    await page.reload();
    await page.getByRole('button', { name: 'Conversations' }).click();
    await nav.getByText('No conversations yet.').waitFor();

    await nav.getByLabel('Import history').setInputFiles(file);
    await nav
      .getByRole('status')
      .filter({ hasText: 'Imported 2 conversations (4 messages).' })
      .waitFor();
    await expect.poll(titles).toEqual(['second topic 中文', 'first topic']);
    await nav.getByRole('button', { name: 'first topic' }).click();
    await expect.poll(() => ui.replyText(), { timeout: 10_000 }).toBe('Echo (turn 1): first topic');

    // The same file again: nothing duplicated.
    await page.getByRole('button', { name: 'Conversations' }).click();
    await nav.getByLabel('Import history').setInputFiles(file);
    await nav.getByRole('status').filter({ hasText: 'skipped 2 duplicates' }).waitFor();
    await expect.poll(titles).toEqual(['second topic 中文', 'first topic']);

    // A broken file is refused whole, saying where.
    const broken = join(tmpdir(), `sidechat-broken-${Date.now()}.json`);
    exported.conversations[1].messages[1].parentId = 'nowhere';
    writeFileSync(broken, JSON.stringify(exported));
    await nav.getByLabel('Import history').setInputFiles(broken);
    await nav
      .getByRole('alert')
      .filter({ hasText: 'conversation 2, message 2: parentId “nowhere”' })
      .waitFor();
  });
});
