import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startMockServer, type MockServer } from '../mock-openai.mjs';
import { chromiumHarness } from './driver/chromium-driver';
import type { Harness } from './driver/driver';
import { firefoxHarness } from './driver/firefox-driver';
import { SCENARIOS } from './scenarios/panel-scenarios';

let mock: MockServer;
beforeAll(async () => {
  mock = await startMockServer();
});
afterAll(() => mock.close());

const BROWSERS = [
  ['Chromium', chromiumHarness],
  ['Firefox', firefoxHarness],
] as const;

for (const [name, launch] of BROWSERS) {
  describe(`the panel in ${name}`, () => {
    let harness: Harness | undefined;
    afterEach(async () => {
      await harness?.close();
      harness = undefined;
    });
    for (const [scenario, run] of Object.entries(SCENARIOS)) {
      // Firefox over BiDi answers each query in a few round trips: give scenarios room.
      it(`${scenario} (${name})`, { timeout: 60_000 }, async () => {
        harness = await launch(mock);
        await run(harness);
      });
    }
  });
}
