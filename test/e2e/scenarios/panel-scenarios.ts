// Scenarios every browser must pass, written once against the driver (driver/driver.ts):
// what a user does in the panel and what they must see.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Harness, Panel } from '../driver/driver';

const REPLY = '[data-message-role="assistant"]';
const REPLY_TEXT = `${REPLY} [data-message-content]`;

async function ask(panel: Panel, text: string): Promise<void> {
  await panel.role('textbox', 'Message').fill(text);
  await panel.role('textbox', 'Message').press('Enter');
}

async function replyDone(panel: Panel, status = 'done'): Promise<string> {
  await panel.css(REPLY).waitFor({ attribute: ['data-message-status', status] });
  return panel.css(REPLY_TEXT).text();
}

/** The provider the harness's mock stands for, as the test's own profile. */
async function useMock(h: Harness): Promise<void> {
  await h.configure({
    provider: { baseURL: h.mock.url, apiKey: 'sk-e2e-secret-123456', model: 'mock-model' },
  });
}

export const SCENARIOS: Record<string, (h: Harness) => Promise<void>> = {
  async 'a new user goes from the welcome screen to a first answer'(h) {
    const panel = await h.openPanel();
    await panel.role('heading', 'Welcome to Sidechat').waitFor();
    await panel.label('Provider').select('custom');
    await panel.label('Base URL').fill(h.mock.url);
    await panel.label('API key').fill('sk-welcome-1');
    await panel.label('Model').fill('mock-model');
    await panel.role('button', 'Start chatting').click();
    await panel.role('textbox', 'Message').waitFor();
    await ask(panel, 'first words');
    expect(await replyDone(panel)).toBe('Echo (turn 1): first words');
  },

  async 'a reply streams from the background and is still there after a reload'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, 'Hello there @mock(slow=150)');
    await panel.css(REPLY).waitFor({ attribute: ['data-message-status', 'streaming'] });
    expect(await replyDone(panel)).toBe('Echo (turn 1): Hello there');
    expect(await panel.role('textbox', 'Message').value()).toBe('');
    await panel.reload();
    expect(await replyDone(panel)).toBe('Echo (turn 1): Hello there');
  },

  async 'Stop keeps the text that arrived, as stopped'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, '@mock(tokens=400,slow=15)');
    await panel.css(REPLY_TEXT).waitFor({ text: /\w+ \w+ \w+/ });
    await panel.role('button', 'Stop').click();
    const kept = await replyDone(panel, 'stopped');
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.split(' ').length).toBeLessThan(400);
  },

  async 'a rejected key is explained in an alert with Retry, keeping the prompt'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, 'my question @mock(status=401)');
    await panel.role('alert').waitFor({ text: /rejected the API key\. Check the key in Settings/ });
    expect(await panel.role('alert').text()).not.toContain('sk-e2e-secret');
    await panel.role('button', 'Retry').waitFor();
    expect(await panel.css('[data-message-role="user"]').text()).toContain('my question');
  },

  async 'each kind of failure is a sentence in an alert with Retry, the prompt kept'(h) {
    await h.configure({
      provider: { baseURL: h.mock.url, apiKey: 'sk-e2e-secret-123456', model: 'mock-model' },
      stallTimeoutMs: 1000,
    });
    const panel = await h.openPanel();
    const cases: [prompt: string, sentence: RegExp][] = [
      ['@mock(status=404)', /has no model “mock-model”, or the base URL is wrong/],
      ['@mock(status=429,retryAfter=20)', /rate-limiting requests\. Wait 20 s/],
      ['@mock(status=502)', /server error \(502\)/],
      ['@mock(drop=2)', /connection to 127\.0\.0\.1:\d+ broke mid-reply/],
      ['@mock(stall=1)', /sent nothing for 1 s/],
      ['@mock(streamerror=overloaded,tokens=2)', /server error/],
    ];
    for (const [prompt, sentence] of cases) {
      await panel.role('button', 'New chat').click();
      await ask(panel, `my question ${prompt}`);
      await panel.role('alert').waitFor({ text: sentence });
      await panel.role('button', 'Retry').waitFor();
      expect(await panel.css('[data-message-role="user"]').text()).toContain('my question');
      await panel.css(REPLY).waitFor({ attribute: ['data-message-status', 'error'] });
    }
  },

  async 'nothing scrolls sideways from 320 to 700 px, and every icon button is named'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, `@mock(verbatim=1)\n${WIDE_REPLY}`);
    await replyDone(panel);
    for (const width of [320, 400, 700]) {
      await panel.resize(width, 700);
      expect(await panel.measure(() => window.innerWidth)).toBe(width);
      for (const screen of ['chat', 'Conversations', 'Settings']) {
        if (screen !== 'chat') await panel.role('button', screen).click();
        if (screen === 'Settings') await panel.role('button', 'Save').waitFor();
        expect(await panel.measure(sidewaysOverflow), `${screen} at ${width}px`).toEqual([]);
        expect(await panel.measure(unnamedIconButtons), `${screen} at ${width}px`).toEqual([]);
      }
      await panel.role('button', 'Settings').click();
      await panel.role('textbox', 'Message').waitFor();
    }
  },

  async 'a local server that refuses extension origins still answers (the Origin rule)'(h) {
    await useMock(h);
    h.mock.setOriginCheck(true);
    try {
      const panel = await h.openPanel();
      await ask(panel, 'through the rule');
      expect(await replyDone(panel)).toBe('Echo (turn 1): through the rule');
    } finally {
      h.mock.setOriginCheck(false);
    }
  },

  async 'the whole panel switches to Chinese from Settings'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await panel.role('button', 'Settings').click();
    await panel.label('Language').select('zh_CN');
    await panel.role('button', 'Save').click();
    await panel.role('textbox', '消息').waitFor();
    await panel.role('button', '设置').waitFor();
  },

  async 'the selection is quoted, sent inside the message and kept with it'(h) {
    await useMock(h);
    const article = await h.openPage(`${h.mock.origin}/page.html`);
    await article.select('#para');
    const panel = await h.openPanel(`?tab=${article.tabId}`);
    await panel.role('button', 'Quote selection').click();
    await panel.css('[data-quote]').waitFor({ text: 'Rivers carry sediment to the sea.' });
    expect(await panel.css('[data-quote]').text()).toContain(
      `Test article · 127.0.0.1:${h.mock.port}`,
    );
    await ask(panel, 'Why does this happen?');
    await replyDone(panel);
    expect(await panel.css('[data-quote]').count()).toBe(0);
    const sent = h.mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    expect(sent).toContain('Rivers carry sediment to the sea.');
    expect(sent.endsWith('Why does this happen?')).toBe(true);
    expect(await panel.css('[data-message-role="user"] blockquote').text()).toBe(
      'Rivers carry sediment to the sea.',
    );
  },

  async 'an edit is a new version, the old one stays, and search finds either'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, 'What is a monad?');
    await replyDone(panel);
    await panel.role('button', 'Edit').click();
    await panel.role('textbox', 'Edit message').fill('What is a functor?');
    await panel.role('button', 'Submit edit').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Echo (turn 1): What is a functor?' });
    await panel.css('[data-message-role="user"]').waitFor({ text: '2 / 2' });
    await panel.role('button', 'Previous version').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Echo (turn 1): What is a monad?' });

    await panel.role('button', 'New chat').click();
    await ask(panel, 'Tell me about 流式传输');
    await replyDone(panel);
    await panel.role('button', 'Conversations').click();
    await panel.role('searchbox', 'Search conversations').fill('FUNCTOR');
    await panel.css('nav mark').waitFor({ text: 'functor' });
    await panel.css('nav mark').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Echo (turn 1): What is a functor?' });
  },

  async 'a reply renders its table, highlighted code and math'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, `@mock(verbatim=1)\n${RICH_REPLY}`);
    await replyDone(panel);
    await panel.css(`${REPLY_TEXT} table`).waitFor({ text: 'micromark' });
    await panel.css(`${REPLY_TEXT} .hljs-keyword`).waitFor({ text: 'return' });
    await panel.css(`${REPLY_TEXT} .katex`).waitFor();
    expect(await panel.css(`${REPLY_TEXT} script`).count()).toBe(0);
  },

  async 'a history file is imported and its conversation opens'(h) {
    await useMock(h);
    const file = join(tmpdir(), `sidechat-import-${randomUUID()}.json`);
    writeFileSync(file, JSON.stringify(historyFile('Rivers and deltas', 'How do deltas form?')));
    const panel = await h.openPanel();
    await panel.role('button', 'Conversations').click();
    // By its label attribute: Firefox leaves a visually hidden file input out of the
    // accessibility tree that puppeteer's role queries read.
    await panel.css('input[type="file"][aria-label="Import history"]').upload(file);
    await panel.css('nav [role="status"]').waitFor({ text: 'Imported 1 conversation' });
    await panel.role('button', 'Rivers and deltas').click();
    await panel.css(REPLY_TEXT).waitFor({ text: 'Sediment settles where the river slows.' });
  },
};

const RICH_REPLY = [
  '| parser | speed |',
  '| --- | --- |',
  '| micromark | slower |',
  '',
  '```ts',
  'function add(a: number, b: number) {',
  '  return a + b;',
  '}',
  '```',
  '',
  '$$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$',
  '',
  '<script>alert(1)</script>',
].join('\n');

/** A one-conversation history file in the published format (docs/export-format.md). */
function historyFile(title: string, question: string) {
  const at = Date.parse('2026-01-02T03:04:05Z');
  const message = (id: string, parentId: string | null, role: string, content: string) => ({
    id,
    parentId,
    role,
    content,
    reasoning: '',
    quote: null,
    status: 'done',
    feedback: null,
    model: role === 'assistant' ? 'mock-model' : null,
    usage: null,
    error: null,
    thinkingMs: null,
    createdAt: at,
    updatedAt: at,
  });
  return {
    format: 'sidechat-history',
    version: 1,
    exportedAt: new Date(at).toISOString(),
    conversations: [
      {
        id: 'c-imported',
        title,
        createdAt: at,
        updatedAt: at,
        systemPrompt: '',
        model: 'mock-model',
        currentLeafId: 'm-2',
        pinned: false,
        messages: [
          message('m-1', null, 'user', question),
          message('m-2', 'm-1', 'assistant', 'Sediment settles where the river slows.'),
        ],
      },
    ],
  };
}

const WIDE_REPLY = [
  'A long unbroken token: https://example.com/a/very/long/path/that/keeps/going/and/going/without/any/break',
  '',
  '| a column | another column | a third one | and a fourth |',
  '| --- | --- | --- | --- |',
  '| some text | more text here | even more | last |',
  '',
  '```js',
  'const aVeryLongLineOfCode = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => value * 2).join(", ");',
  '```',
  '',
  '中文段落：模型的回答也常常包含中文，没有空格也要正确换行，不能撑破侧边栏的宽度。',
].join('\n');

/** What scrolls sideways: the page, or a message (runs in the page). */
function sidewaysOverflow(): string[] {
  const wide: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth)
    wide.push(`page ${root.scrollWidth}>${root.clientWidth}`);
  for (const message of document.querySelectorAll<HTMLElement>('[data-message-role]')) {
    if (message.scrollWidth > message.clientWidth + 1) {
      wide.push(`${message.dataset.messageRole} ${message.scrollWidth}>${message.clientWidth}`);
    }
  }
  return wide;
}

/** Icon buttons without an accessible name or a tooltip (runs in the page). */
function unnamedIconButtons(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.icon-button')]
    .filter((button) => !button.getAttribute('aria-label')?.trim() || !button.dataset.tooltip)
    .map((button) => button.outerHTML.slice(0, 80));
}
