import { describe, expect, it } from 'vitest';
import { stopServiceWorker, useExtensionAgainstMock } from './chromium';
import { eventually, panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

describe('chat in the side panel (Chromium)', () => {
  it('should stream a reply token by token, finish, and still show it after a reload', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask('Hello there, how are you? @mock(slow=40)');
    await expect.poll(() => ui.user.count()).toBe(1);
    // Seen mid-stream: some text, status streaming.
    const partial = await eventually(
      async () => ({
        text: await ui.replyText(),
        status: await ui.lastReply.getAttribute('data-message-status'),
      }),
      (seen) => {
        expect(seen.status).toBe('streaming');
        expect(seen.text?.length).toBeGreaterThan(0);
      },
    );
    const final = 'Echo (turn 1): Hello there, how are you?';
    expect(final.startsWith(partial.text ?? ''), JSON.stringify(partial.text)).toBe(true);
    expect(partial.text).not.toBe(final);
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe(final);
    expect(await ui.message.inputValue()).toBe('');

    await page.reload();
    await waitForAttribute(panel(page).lastReply, 'data-message-status', 'done');
    expect(await panel(page).replyText()).toBe(final);
    expect(await panel(page).user.textContent()).toContain('Hello there, how are you?');
  });

  it('should send the earlier turns with the second message', async () => {
    await env.browser.configure({ systemPrompt: 'You are terse.' });
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask('first question');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    await ui.ask('second question');
    await expect.poll(() => ui.assistant.count()).toBe(2);
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe('Echo (turn 2): second question');
    const sent = env.mock.requests.at(-1)?.body.messages.map((m) => `${m.role}: ${m.content}`);
    expect(sent).toEqual([
      'system: You are terse.',
      'user: first question',
      'assistant: Echo (turn 1): first question',
      'user: second question',
    ]);
  });

  it('should keep the partial text as stopped when the user presses Stop', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask('@mock(tokens=400,slow=15)');
    await eventually(
      () => ui.replyText(),
      (text) => expect(text?.length).toBeGreaterThan(20),
    );
    await ui.stop.click();
    await waitForAttribute(ui.lastReply, 'data-message-status', 'stopped');
    const kept = await ui.replyText();
    expect(kept?.length).toBeGreaterThan(20);
    await expect.poll(() => ui.send.isVisible()).toBe(true);

    await page.reload();
    await waitForAttribute(panel(page).lastReply, 'data-message-status', 'stopped');
    expect(await panel(page).replyText()).toBe(kept);
  });

  it('should finish a reply while the panel is closed and show it when reopened', async () => {
    let page = await env.browser.openPanel();
    await panel(page).ask('@mock(tokens=80,slow=25)');
    await eventually(
      () => panel(page).replyText(),
      (text) => expect(text?.length).toBeGreaterThan(0),
    );
    const shownBeforeClosing = (await panel(page).replyText())?.length ?? 0;
    await page.close();
    // The reply goes on without a panel: wait until more of it than was shown is saved.
    await eventually(
      () => env.browser.storedReplyLength(),
      (length) => expect(length).toBeGreaterThan(shownBeforeClosing),
    );

    // Reopened mid-stream, on the conversation that was open last: it attaches to the reply.
    page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.lastReply.waitFor();
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const shown = await ui.replyText();
    expect(shown?.trim().split(/\s+/)).toHaveLength(80);
    await page.reload();
    await waitForAttribute(panel(page).lastReply, 'data-message-status', 'done');
    expect(await panel(page).replyText()).toBe(shown);
  });

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
