// Writes docs/screenshots/<screen>-<theme>-<language>.png at side-panel width, against the
// mock: welcome, empty chat, a rich reply, versions, the conversation list with a search,
// settings, the `/` prompt list, Settings → Prompts and Settings → Sync; light and dark;
// English and Chinese.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startMockServer, type MockServer } from '../mock-openai.mjs';
import { launchWithExtension, type ExtensionBrowser } from '../e2e/chromium';
import { waitForAttribute } from '../e2e/panel';
import { en } from '@/utils/i18n/locales/en';
import { zhCN } from '@/utils/i18n/locales/zh-CN';
import { enPromptLibrary } from '@/utils/i18n/locales/en-prompt-library';
import { zhCNPromptLibrary } from '@/utils/i18n/locales/zh-CN-prompt-library';

const OUT = 'docs/screenshots';
const WIDTH = Number(process.env.SCREENSHOT_WIDTH ?? 400);
const HEIGHT = 720;

const RICH = [
  'Here is a quick comparison:',
  '',
  '| option | speed | memory |',
  '| --- | ---: | ---: |',
  '| marked | fast | low |',
  '| micromark | slower | low |',
  '',
  '```ts',
  'export function add(a: number, b: number): number {',
  '  return a + b;',
  '}',
  '```',
  '',
  'And the sum: $$\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}$$',
].join('\n');

/** The part of the worker's `chrome` the screenshots use. */
interface ScreenshotChrome {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
}

let mock: MockServer;
beforeAll(async () => {
  // Without a CJK font the Chinese screens show boxes: say what to install instead.
  const cjk = execSync('fc-list :lang=zh family', { encoding: 'utf8' }).trim();
  if (!cjk) throw new Error('No Chinese font: apt-get install fonts-noto-cjk, then run again.');
  mock = await startMockServer();
  mkdirSync(OUT, { recursive: true });
});
afterAll(() => mock.close());

async function shoot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: `${OUT}/${name}.png` });
}

async function variant(theme: 'light' | 'dark', language: 'en' | 'zh_CN'): Promise<void> {
  const suffix = `${theme}-${language === 'en' ? 'en' : 'zh'}`;
  const browser: ExtensionBrowser = await launchWithExtension();
  try {
    await browser.configure({ language, theme });
    const welcome = await browser.context.newPage();
    await welcome.setViewportSize({ width: WIDTH, height: HEIGHT });
    await welcome.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await welcome.locator('#welcome-title').waitFor();
    await shoot(welcome, `welcome-${suffix}`);
    await welcome.close();

    await browser.configure({
      provider: { baseURL: mock.url, apiKey: 'sk-screenshot', model: 'mock-model' },
    });
    const page = await browser.openPanel();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.reload();
    // The UI's own words in this language, so the same steps work in both.
    const words = language === 'en' ? en : zhCN;
    const libraryWords = language === 'en' ? enPromptLibrary : zhCNPromptLibrary;
    const message = page.getByRole('textbox', { name: words.messageLabel });
    const ask = async (text: string) => {
      await message.fill(text);
      await message.press('Enter');
    };
    const lastReply = page.locator('[data-message-role="assistant"]').last();
    await message.waitFor();
    await shoot(page, `empty-chat-${suffix}`);

    await ask(`Which markdown parser suits a side panel?\n@mock(verbatim=1,slow=1)\n${RICH}`);
    await waitForAttribute(lastReply, 'data-message-status', 'done');
    await lastReply.locator('.katex').first().waitFor();
    await lastReply.locator('.hljs-keyword').first().waitFor();
    await shoot(page, `reply-${suffix}`);

    const question = page.locator('[data-message-role="user"]').last();
    await question.hover();
    await question.getByRole('button', { name: words.edit }).click();
    await page
      .getByRole('textbox', { name: words.editMessage })
      .fill('Compare marked and micromark in one sentence.');
    await page.getByRole('button', { name: words.submitEdit }).click();
    await page.getByText('2 / 2').first().waitFor();
    await waitForAttribute(lastReply, 'data-message-status', 'done');
    await shoot(page, `versions-${suffix}`);

    // The page as context: an article attached, its exact text shown, before sending.
    const article = await browser.context.newPage();
    await article.goto(`${mock.origin}/pages/article.html`);
    const worker = await browser.worker();
    const tabId = await worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: ScreenshotChrome }).chrome;
      return (await api.tabs.query({ url }))[0]?.id ?? -1;
    }, `${mock.origin}/pages/article.html`);
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tab=${tabId}`);
    await page.getByRole('button', { name: words.newChat }).click();
    await page.getByRole('button', { name: words.useThisPage }).click();
    const chip = page.locator('[data-page]');
    await chip.getByRole('button', { name: words.showPageText }).click();
    await chip.locator('[data-page-text]').waitFor();
    await message.fill(language === 'en' ? 'What builds a delta?' : '三角洲是怎样形成的？');
    await shoot(page, `page-${suffix}`);
    await chip.getByRole('button', { name: words.removePage }).click();
    await message.fill('');

    await page.getByRole('button', { name: words.newChat }).click();
    await ask('Plan a weekend in Kyoto\n@mock(tokens=40)');
    await waitForAttribute(lastReply, 'data-message-status', 'done');
    await page.getByRole('button', { name: words.conversations }).click();
    await page.getByRole('searchbox', { name: words.searchConversations }).fill('marked');
    await page.locator('nav mark').first().waitFor();
    await shoot(page, `conversations-${suffix}`);

    await page.getByRole('button', { name: words.newChat }).click();
    await message.fill('/');
    await page.getByRole('listbox', { name: words.promptsListLabel }).waitFor();
    await shoot(page, `prompts-${suffix}`);
    await message.fill('');

    await page.getByRole('button', { name: words.settings }).click();
    await page.getByRole('button', { name: words.save }).waitFor();
    await shoot(page, `settings-${suffix}`);
    const library = page.getByRole('group', { name: libraryWords.promptsTitle, exact: true });
    await library.locator('[data-prompt-id]').nth(2).getByRole('button').first().click();
    await library.locator('.prompt-editor').waitFor();
    // The list's first rows, and the editor open in place of the third.
    await page.evaluate(() =>
      document.querySelector('#settings-section-prompts')?.scrollIntoView(),
    );
    await shoot(page, `prompt-library-${suffix}`);

    // Settings → Sync as someone filling it in sees it.
    const sync = page.locator('#settings-section-sync');
    await sync
      .locator('input[type="url"], input')
      .first()
      .fill('https://cloud.example.com/remote.php/dav/files/alice/');
    await sync.locator('input').nth(1).fill('alice');
    await page.evaluate(() => document.querySelector('#settings-section-sync')?.scrollIntoView());
    await shoot(page, `sync-${suffix}`);
  } finally {
    await browser.close();
  }
}

it('writes the screenshots', async () => {
  for (const theme of ['light', 'dark'] as const) {
    for (const language of ['en', 'zh_CN'] as const) await variant(theme, language);
  }
  console.log(`Screenshots written to ${OUT}/ at ${WIDTH} px wide.`);
});
