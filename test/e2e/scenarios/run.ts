// Runs a set of scenarios in Chromium and in Firefox ESR, each in a fresh browser against
// one mock server for the file.
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';
import { chromiumHarness } from '../driver/chromium-driver';
import type { Harness } from '../driver/driver';
import { firefoxHarness } from '../driver/firefox-driver';
import type { Scenario } from './steps';

const BROWSERS = [
  ['Chromium', chromiumHarness],
  ['Firefox', firefoxHarness],
] as const;

export function inBothBrowsers(scenarios: Record<string, Scenario>): void {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());
  for (const [name, launch] of BROWSERS) {
    describe(`in ${name}`, () => {
      let harness: Harness | undefined;
      afterEach(async () => {
        await harness?.close();
        harness = undefined;
        mock.setOriginCheck(false);
        mock.setModels(['mock-model']);
        mock.setRequiredKey('');
      });
      for (const [scenario, run] of Object.entries(scenarios)) {
        // Firefox over BiDi answers each query in a few round trips: give scenarios room.
        it(`${scenario} (${name})`, { timeout: 120_000 }, async () => {
          harness = await launch(mock);
          await run(harness);
        });
      }
    });
  }
}
