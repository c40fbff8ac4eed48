import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './chromium';
import { eventually, expect, panel, waitForAttribute } from './panel';
import { startMockServer, type MockServer } from '../mock-openai.mjs';
import { inBothBrowsers } from './scenarios/run';
import { SETUP_SCENARIOS } from './scenarios/setup';

describe('first run, language and local servers', () => inBothBrowsers(SETUP_SCENARIOS));

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
});

// Chromium only: the test reads and removes the rule in the service worker; WebDriver BiDi
// does not expose Firefox's background page. Both browsers answer through the rule in
// scenarios/setup.ts.
describe('the Origin rule as installed (Chromium only)', () => {
  it('should remove Origin only from its own requests, and say how to allow extensions without it', async () => {
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
