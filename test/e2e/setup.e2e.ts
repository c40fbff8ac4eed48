import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { eventually, expect, panel, waitForAttribute } from './panel';
import { startMockServer, type MockServer } from '../mock-openai.mjs';

let mock: MockServer;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());
afterEach(async () => {
  await browser?.close();
  browser = undefined;
  mock.setOriginCheck(false);
  mock.setModels(['mock-model']);
  mock.setRequiredKey('');
});

/** A model list as long as a big gateway's. */
const MANY_MODELS = Array.from(
  { length: 2000 },
  (_, i) => `vendor/model-${String(i).padStart(4, '0')}`,
);

describe('first run', () => {
  it('should walk a new user from the welcome screen to a first answer', async () => {
    mock.setRequiredKey('sk-onboard-123');
    mock.setModels([...MANY_MODELS, 'mock-model']);
    browser = await launchWithExtension();
    const page = await browser.openPanel();
    await page.getByRole('heading', { name: 'Welcome to Sidechat' }).waitFor();

    // A preset fills its base URL (read-only) and names where to get a key.
    const provider = page.getByLabel('Provider', { exact: true });
    await provider.selectOption('deepseek');
    expect(await page.getByLabel('Base URL', { exact: true }).inputValue()).toBe(
      'https://api.deepseek.com/v1',
    );
    expect(
      await page.getByLabel('Base URL', { exact: true }).getAttribute('readonly'),
    ).not.toBeNull();
    await page.getByRole('link', { name: 'Get a key at platform.deepseek.com' }).waitFor();
    // An empty key for a provider that needs one is named before anything is sent.
    await page.getByRole('button', { name: 'Start chatting' }).click();
    await page.getByText('DeepSeek needs an API key.').waitFor();

    // Custom: the address is pasted the messy way users paste it.
    await provider.selectOption('custom');
    const baseURL = page.getByLabel('Base URL', { exact: true });
    await baseURL.fill(`  ${mock.origin}/v1/chat/completions  `);
    const key = page.getByLabel('API key', { exact: true });
    await key.fill('sk-wrong-key-0000');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByRole('alert').filter({ hasText: 'rejected the API key' }).waitFor();

    // The key is masked, and shown only while the user asks.
    expect(await key.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Show key' }).click();
    expect(await key.getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: 'Show key' }).click();
    expect(await key.getAttribute('type')).toBe('password');

    await key.fill('sk-onboard-123');
    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByRole('status').filter({ hasText: '2001 models available' }).waitFor();
    expect(await baseURL.inputValue()).toBe(mock.url);
    const options = page.locator('datalist option');
    expect(await options.count()).toBe(2001);
    await page.getByLabel('Model', { exact: true }).fill('mock-model');
    await page.getByRole('button', { name: 'Start chatting' }).click();

    // The chat, with example prompts that fill the composer.
    const ui = panel(page);
    const example = page.getByRole('button', { name: /Explain quantum entanglement/ });
    await example.click();
    expect(await ui.message.inputValue()).toBe(
      'Explain quantum entanglement in two short paragraphs.',
    );
    await ui.send.click();
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe(
      'Echo (turn 1): Explain quantum entanglement in two short paragraphs.',
    );
    expect(mock.requests.at(-1)?.headers.authorization).toBe('Bearer sk-onboard-123');
    // Token usage shows on the reply and for the chat.
    await ui.lastReply
      .locator('[data-usage]')
      .filter({ hasText: /\d+ tokens/ })
      .waitFor();
    await page.getByText(/This chat: \d+ tokens/).waitFor();
    // The key never reaches the page's markup.
    expect(await page.content()).not.toContain('sk-onboard-123');
  });
});

describe('language', () => {
  it('should switch the whole UI, background messages included, to Chinese', async () => {
    browser = await launchWithExtension();
    await browser.configure({ provider: { baseURL: mock.url, model: 'mock-model' } });
    const page = await browser.openPanel();
    await page.getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Language', { exact: true }).selectOption('zh_CN');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByRole('button', { name: '新对话' }).waitFor();
    await page.getByRole('button', { name: '设置' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const message = page.getByRole('textbox', { name: '消息' });
    await message.fill('@mock(status=429,retryAfter=5)');
    await message.press('Enter');
    await page
      .getByRole('alert')
      .filter({ hasText: '正在限制请求频率。请等待 5 秒后重试。' })
      .waitFor();
    await page.getByRole('button', { name: '重试' }).waitFor();

    // Back to English, without a reload.
    await page.getByRole('button', { name: '设置' }).click();
    await page.getByLabel('语言', { exact: true }).selectOption('en');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('button', { name: 'New chat' }).waitFor();
  });
});

describe('local servers', () => {
  it('should reach a server that refuses extension origins, thanks to the Origin rule', async () => {
    mock.setOriginCheck(true);
    browser = await launchWithExtension();
    await browser.configure({ provider: { baseURL: mock.url, model: 'mock-model' } });
    const worker = await browser.worker();
    const rules = await eventually(
      () =>
        worker.evaluate(() =>
          (
            globalThis as unknown as {
              chrome: { declarativeNetRequest: { getDynamicRules(): Promise<unknown[]> } };
            }
          ).chrome.declarativeNetRequest.getDynamicRules(),
        ),
      (found) => expect(found).toHaveLength(1),
    );
    expect(rules[0]).toMatchObject({
      action: {
        type: 'modifyHeaders',
        requestHeaders: [{ header: 'origin', operation: 'remove' }],
      },
      condition: { initiatorDomains: [browser.extensionId] },
    });

    const page = await browser.openPanel();
    const ui = panel(page);
    await ui.ask('hello local model');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(mock.requests.at(-1)?.headers.origin).toBeUndefined();

    // Without the rule the same server refuses, and the alert says how to allow extensions.
    await worker.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: {
            declarativeNetRequest: {
              updateDynamicRules(options: { removeRuleIds: number[] }): Promise<void>;
            };
          };
        }
      ).chrome.declarativeNetRequest.updateDynamicRules({ removeRuleIds: [1] }),
    );
    await ui.ask('hello again');
    await ui.alert.filter({ hasText: 'refused the request (403)' }).waitFor();
    expect(await ui.alert.textContent()).toMatch(/OLLAMA_ORIGINS/);
  });
});

describe('personas and chat options', () => {
  it('should send the chosen persona, model and overrides, and reset keeping the persona', async () => {
    browser = await launchWithExtension();
    await browser.configure({
      provider: { baseURL: mock.url, model: 'mock-model' },
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
    const page = await browser.openPanel();
    const ui = panel(page);
    await page.getByLabel('Persona', { exact: true }).selectOption({ label: 'Translator' });
    const model = page.getByLabel('Model for this chat', { exact: true });
    await model.fill('other-model');
    await model.press('Tab');
    await page.locator('.chat-overrides > summary').click();
    const maxTokens = page.getByLabel('Max tokens for this chat', { exact: true });
    await maxTokens.fill('256');
    await maxTokens.press('Tab');
    await ui.ask('bonjour');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const body = mock.requests.at(-1)?.body;
    expect(body?.model).toBe('other-model');
    expect(body?.temperature).toBe(0.2);
    expect(body?.max_tokens).toBe(256);
    expect(body?.messages[0]).toEqual({ role: 'system', content: 'Translate everything.' });

    await page.getByRole('button', { name: 'Reset conversation' }).click();
    await page.getByRole('button', { name: 'Confirm reset' }).click();
    await eventually(
      () => ui.user.count(),
      (count) => expect(count).toBe(0),
    );
    expect(await page.getByLabel('Persona', { exact: true }).inputValue()).toBe('tr');
    await ui.ask('encore');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(mock.requests.at(-1)?.body.messages.map((m) => m.content)).toEqual([
      'Translate everything.',
      'encore',
    ]);
  });
});
