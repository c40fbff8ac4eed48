// First run, language and local servers: what a new user meets before the first answer.
import { expect } from 'vitest';
import { REPLY, REPLY_TEXT, ask, lastReply, replyDone, useMock, type Scenario } from './steps';

/** A model list as long as a big gateway's. */
const MANY_MODELS = Array.from(
  { length: 2000 },
  (_, i) => `vendor/model-${String(i).padStart(4, '0')}`,
);

export const SETUP_SCENARIOS: Record<string, Scenario> = {
  async 'a new user goes from the welcome screen to a first answer'(h) {
    h.mock.setRequiredKey('sk-onboard-123');
    h.mock.setModels([...MANY_MODELS, 'mock-model']);
    const panel = await h.openPanel();
    await panel.role('heading', 'Welcome to Sidechat').waitFor();

    // A preset fills its base URL (read-only) and names where to get a key.
    await panel.label('Provider').select('deepseek');
    expect(await panel.label('Base URL').value()).toBe('https://api.deepseek.com/v1');
    expect(await panel.label('Base URL').attribute('readonly')).not.toBeNull();
    await panel.role('link', 'Get a key at platform.deepseek.com').waitFor();
    // An empty key for a provider that needs one is named before anything is sent.
    await panel.role('button', 'Start chatting').click();
    await panel.text('DeepSeek needs an API key.').waitFor();

    // Custom: the address is pasted the messy way users paste it.
    await panel.label('Provider').select('custom');
    await panel.label('Base URL').fill(`  ${h.mock.origin}/v1/chat/completions  `);
    const key = panel.label('API key');
    await key.fill('sk-wrong-key-0000');
    await panel.role('button', 'Test connection').click();
    await panel.role('alert').withText('rejected the API key').waitFor();

    // The key is masked, and shown only while the user asks.
    expect(await key.attribute('type')).toBe('password');
    await panel.role('button', 'Show key').click();
    expect(await key.attribute('type')).toBe('text');
    await panel.role('button', 'Show key').click();
    expect(await key.attribute('type')).toBe('password');

    await key.fill('sk-onboard-123');
    await panel.role('button', 'Test connection').click();
    await panel.role('status').withText('2001 models available').waitFor();
    expect(await panel.label('Base URL').value()).toBe(h.mock.url);
    // Counted in the page: one element handle each over BiDi would take seconds.
    expect(await panel.measure(() => document.querySelectorAll('datalist option').length)).toBe(
      2001,
    );
    await panel.label('Model').fill('mock-model');
    await panel.role('button', 'Start chatting').click();

    // The chat, with example prompts that fill the composer.
    await panel.css('button').withText('Explain quantum entanglement').click();
    expect(await panel.role('textbox', 'Message').value()).toBe(
      'Explain quantum entanglement in two short paragraphs.',
    );
    await panel.role('button', 'Send').click();
    expect(await replyDone(panel)).toBe(
      'Echo (turn 1): Explain quantum entanglement in two short paragraphs.',
    );
    expect(h.mock.requests.at(-1)?.headers.authorization).toBe('Bearer sk-onboard-123');
    // Token usage shows on the reply and for the chat.
    await lastReply(panel)
      .css('[data-usage]')
      .waitFor({ text: /\d+ tokens/ });
    await panel
      .css('[data-usage]')
      .withText(/This chat: \d+ tokens/)
      .waitFor();
    // The key never reaches the page's markup.
    const markup = await panel.measure(() => document.documentElement.outerHTML);
    expect(markup).not.toContain('sk-onboard-123');
  },

  async 'the whole panel, background sentences included, switches to Chinese and back'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await panel.role('button', 'Settings').click();
    await panel.label('Language').select('zh_CN');
    await panel.role('button', 'Save').click();
    await panel.role('button', '新对话').waitFor();
    expect(await panel.css('html').attribute('lang')).toBe('zh-CN');
    await panel.role('textbox', '消息').fill('@mock(status=429,retryAfter=5)');
    await panel.role('textbox', '消息').press('Enter');
    await panel.role('alert').waitFor({ text: '正在限制请求频率。请等待 5 秒后重试。' });
    await panel.role('button', '重试').waitFor();

    // Back to English, without a reload.
    await panel.role('button', '设置').click();
    await panel.label('语言').select('en');
    await panel.role('button', '保存').click();
    await panel.role('button', 'New chat').waitFor();
  },

  async 'a local server that refuses extension origins still answers (the Origin rule)'(h) {
    await useMock(h);
    h.mock.setOriginCheck(true);
    const panel = await h.openPanel();
    await ask(panel, 'through the rule');
    expect(await replyDone(panel)).toBe('Echo (turn 1): through the rule');
    expect(h.mock.requests.at(-1)?.headers.origin).toBeUndefined();
    expect(await panel.css(REPLY).count()).toBe(1);
    expect(await panel.css(REPLY_TEXT).read()).toContain('through the rule');
  },
};
