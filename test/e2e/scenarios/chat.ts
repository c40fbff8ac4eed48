// Chatting: a reply streams from the background, survives reloads and closed panels, and
// carries the conversation, the persona and the chat's own choices.
import { expect } from 'vitest';
import { storedReplyLength } from '../driver/stored-history';
import { until } from '../driver/driver';
import {
  REPLY,
  REPLY_TEXT,
  USER,
  ask,
  askAndWait,
  lastReply,
  replyDone,
  useMock,
  type Scenario,
} from './steps';

export const CHAT_SCENARIOS: Record<string, Scenario> = {
  async 'a reply streams token by token, finishes, and is still there after a reload'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    // Slow enough that Firefox over BiDi, a few round trips a query, sees it mid-stream.
    await ask(panel, 'Hello there, how are you? @mock(slow=150)');
    // Seen mid-stream: some text while the status is still streaming.
    await lastReply(panel).waitFor({ attribute: ['data-message-status', 'streaming'] });
    await panel.css(REPLY_TEXT).waitFor({ text: /Echo/ });
    const partial = await panel.css(REPLY_TEXT).read();
    const final = 'Echo (turn 1): Hello there, how are you?';
    expect(final.startsWith(partial), JSON.stringify(partial)).toBe(true);
    expect(partial).not.toBe(final);
    expect(await replyDone(panel)).toBe(final);
    expect(await panel.role('textbox', 'Message').value()).toBe('');
    await panel.reload();
    expect(await replyDone(panel)).toBe(final);
    expect(await panel.css(USER).read()).toContain('Hello there, how are you?');
  },

  async 'the earlier turns go with the second message'(h) {
    await useMock(h, { systemPrompt: 'You are terse.' });
    const panel = await h.openPanel();
    await askAndWait(panel, 'first question', 1);
    expect(await askAndWait(panel, 'second question', 2)).toBe('Echo (turn 2): second question');
    const sent = h.mock.requests.at(-1)?.body.messages.map((m) => `${m.role}: ${m.content}`);
    expect(sent).toEqual([
      'system: You are terse.',
      'user: first question',
      'assistant: Echo (turn 1): first question',
      'user: second question',
    ]);
  },

  async 'Stop keeps the text that arrived, as stopped, also after a reload'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, '@mock(tokens=400,slow=15)');
    await panel.css(REPLY_TEXT).waitFor({ text: /(\w+ ){5}/ });
    await panel.role('button', 'Stop').click();
    const kept = await replyDone(panel, 'stopped');
    expect(kept.split(' ').length).toBeGreaterThan(4);
    expect(kept.split(' ').length).toBeLessThan(400);
    await panel.role('button', 'Send').waitFor();
    await panel.reload();
    expect(await replyDone(panel, 'stopped')).toBe(kept);
  },

  async 'a reply finishes while the panel is closed and shows when it is reopened'(h) {
    await useMock(h);
    let panel = await h.openPanel();
    await ask(panel, '@mock(tokens=80,slow=25)');
    await panel.css(REPLY_TEXT).waitFor({ text: /\w/ });
    const shownBeforeClosing = (await panel.css(REPLY_TEXT).read()).length;
    await panel.close();
    // The reply goes on without a panel: wait until more of it than was shown is saved.
    await until(async () => {
      const stored = await h.inExtension(storedReplyLength);
      if (stored <= shownBeforeClosing) throw new Error(`${stored} characters stored`);
    });
    // Reopened mid-stream, on the conversation that was open last: it attaches to the reply.
    panel = await h.openPanel();
    await replyDone(panel);
    const shown = await panel.css(REPLY_TEXT).shownText();
    expect(shown.split(/\s+/)).toHaveLength(80);
    await panel.reload();
    await replyDone(panel);
    expect(await panel.css(REPLY_TEXT).shownText()).toBe(shown);
  },

  async 'the chosen persona, model and overrides are sent; a reset keeps the persona'(h) {
    await useMock(h, {
      personas: [
        {
          id: 'tr',
          name: 'Translator',
          prompt: 'Translate everything.',
          temperature: 0.2,
          maxTokens: null,
          topP: null,
          model: '',
        },
      ],
    });
    const panel = await h.openPanel();
    await panel.label('Persona').select('tr');
    await panel.label('Model for this chat').fill('other-model');
    await panel.label('Model for this chat').press('Tab');
    await panel.css('.chat-overrides > summary').click();
    await panel.label('Max tokens for this chat').fill('256');
    await panel.label('Max tokens for this chat').press('Tab');
    await askAndWait(panel, 'bonjour', 1);
    const body = h.mock.requests.at(-1)?.body;
    expect(body?.model).toBe('other-model');
    expect(body?.temperature).toBe(0.2);
    expect(body?.max_tokens).toBe(256);
    expect(body?.messages[0]).toEqual({ role: 'system', content: 'Translate everything.' });

    await panel.role('button', 'Reset conversation').click();
    await panel.role('button', 'Confirm reset').click();
    await panel.css(USER).waitFor({ gone: true });
    expect(await panel.label('Persona').value()).toBe('tr');
    await askAndWait(panel, 'encore', 1);
    expect(h.mock.requests.at(-1)?.body.messages.map((m) => m.content)).toEqual([
      'Translate everything.',
      'encore',
    ]);
    expect(await panel.css(REPLY).count()).toBe(1);
  },
};
