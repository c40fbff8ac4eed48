import { describe, expect, it } from 'vitest';
import { useExtensionAgainstMock } from './chromium';
import { eventually, panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

// Chromium only: these tests reach into the service worker to fail its IndexedDB writes as a
// full disk does, or to slow its settings read; WebDriver BiDi does not expose Firefox's
// background page. The code under test is the same in both builds.
describe('history writes that fail (Chromium only)', () => {
  it('should refuse a send on a full disk with a sentence, keep the text, and send once there is room', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await env.browser.fillDisk(true);
    try {
      await ui.ask('this will not fit');
      await expect.poll(() => ui.alert.textContent()).toMatch(/^Your disk is full/);
      expect(await ui.message.inputValue()).toBe('this will not fit');
      expect(await ui.send.isEnabled()).toBe(true);
    } finally {
      await env.browser.fillDisk(false);
    }
    await ui.retry.click();
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe('Echo (turn 1): this will not fit');
  });

  it('should end a reply as an error when the disk fills mid-stream, keeping what was saved', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.newChat.click();
    await ui.ask('@mock(tokens=400,slow=8)');
    await eventually(
      () => env.browser.storedReplyLength(),
      (length) => expect(length).toBeGreaterThan(20),
    );
    await env.browser.fillDisk(true);
    try {
      await waitForAttribute(ui.lastReply, 'data-message-status', 'error');
      await expect.poll(() => ui.alert.textContent()).toMatch(/^Your disk is full/);
      // What is shown is what the history holds: a reload changes nothing.
      const shown = await ui.replyText();
      expect(shown.length).toBeGreaterThan(20);
      expect(shown.split(/\s+/).length).toBeLessThan(400);
      await page.reload();
      const reopened = panel(page);
      await reopened.lastReply.waitFor();
      expect(await reopened.lastReply.getAttribute('data-message-status')).not.toBe('streaming');
      expect(await reopened.replyText()).toBe(shown);
      // The conversation is not stuck: Send, not Stop.
      await reopened.send.waitFor();
      expect(await reopened.stop.count()).toBe(0);
    } finally {
      await env.browser.fillDisk(false);
    }
    const after = panel(page);
    await after.ask('and now?');
    await expect.poll(() => after.user.count()).toBe(2);
    await waitForAttribute(after.lastReply, 'data-message-status', 'done');
  });
});

// Chromium only for the same reason: the test slows the background's settings read.
describe('two panels on one conversation (Chromium only)', () => {
  it('should refuse the second send with a sentence and keep its text', async () => {
    const first = await env.browser.openPanel();
    await panel(first).newChat.click();
    await panel(first).ask('start @mock(tokens=5)');
    await waitForAttribute(panel(first).lastReply, 'data-message-status', 'done');
    // The second panel opens on the same conversation (the one open last).
    const second = await env.browser.openPanel();
    await panel(second).lastReply.waitFor();
    const a = panel(first);
    const b = panel(second);
    await a.message.fill('from A @mock(tokens=200,slow=10)');
    await b.message.fill('from B');
    // A sends; while the background is still reading settings for it (held for a second,
    // as on a busy machine), the conversation is claimed but B has heard nothing: B sends.
    const held = env.browser.slowNextSettingsRead(1500);
    await a.message.press('Enter');
    await held.started;
    await b.message.press('Enter');
    await expect
      .poll(() => b.alert.textContent())
      .toMatch(/still being written in this conversation/);
    expect(await b.message.inputValue()).toBe('from B');
    // A's reply goes on, untouched; A shows no alert.
    await expect.poll(() => a.assistant.count(), { timeout: 15_000 }).toBe(2);
    await waitForAttribute(a.lastReply, 'data-message-status', 'done', 30_000);
    expect(await a.alert.count()).toBe(0);
    expect((await a.replyText()).split(/\s+/)).toHaveLength(200);
  });
});
