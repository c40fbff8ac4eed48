import { describe, expect, it } from 'vitest';
import { stopServiceWorker, useExtensionAgainstMock } from './chromium';
import { eventually, panel, waitForAttribute } from './panel';
import { CHAT_SCENARIOS } from './scenarios/chat';
import { inBothBrowsers } from './scenarios/run';

describe('chat in the panel', () => inBothBrowsers(CHAT_SCENARIOS));

// Chromium only: Chrome stops an idle or crashed service worker, and CDP can do the same on
// purpose. Firefox runs the MV2 build's background page for the whole session, and nothing
// in WebDriver BiDi can stop it (docs/architecture.md, README "Firefox").
describe('a background that dies mid-reply (Chromium only)', () => {
  const env = useExtensionAgainstMock();

  it('should keep the prompt and partial text as interrupted when the service worker dies', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask('keep this prompt @mock(tokens=400,slow=20)');
    await eventually(
      () => ui.replyText(),
      (text) => expect(text?.length).toBeGreaterThan(30),
    );
    // Wait until a throttled flush has put more than a word of it in IndexedDB.
    await eventually(
      () => env.browser.storedReplyLength(),
      (length) => expect(length).toBeGreaterThan(10),
    );
    await stopServiceWorker(page);

    await waitForAttribute(ui.lastReply, 'data-message-status', 'interrupted');
    expect((await ui.replyText())?.length).toBeGreaterThan(10);
    expect(await ui.user.textContent()).toContain('keep this prompt');
    await page.reload();
    await waitForAttribute(panel(page).lastReply, 'data-message-status', 'interrupted');
  });
});
