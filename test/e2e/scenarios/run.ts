// Runs a set of scenarios in Chromium and in Firefox ESR, each in a fresh browser against
// one mock server for the file.
import { afterAll, afterEach, beforeAll, describe, it } from 'vitest';
import { startMockServer, type MockServer } from '../../mock-openai.mjs';
import { chromiumHarness } from '../driver/chromium-driver';
import type { Harness, HarnessOptions, Panel } from '../driver/driver';
import { firefoxHarness } from '../driver/firefox-driver';
import type { Scenario } from './steps';

const BROWSERS = [
  ['Chromium', chromiumHarness],
  ['Firefox', firefoxHarness],
] as const;

export function inBothBrowsers(
  scenarios: Record<string, Scenario>,
  options: HarnessOptions = {},
): void {
  inBrowsers(scenarios, BROWSERS, options);
}

/**
 * Chromium only: for what a test can only do there (a paste or drop carrying files made in
 * the page; Firefox gives synthetic clipboard and drag events no files).
 */
export function inChromium(scenarios: Record<string, Scenario>): void {
  inBrowsers(scenarios, BROWSERS.slice(0, 1));
}

function inBrowsers(
  scenarios: Record<string, Scenario>,
  browsers: readonly (typeof BROWSERS)[number][],
  options: HarnessOptions = {},
): void {
  let mock: MockServer;
  beforeAll(async () => {
    mock = await startMockServer();
  });
  afterAll(() => mock.close());
  for (const [name, launch] of browsers) {
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
          harness = await launch(mock, options);
          const panels = recordPanels(harness);
          try {
            await run(harness);
          } catch (error) {
            throw await withWhatWasShown(error, panels);
          }
        });
      }
    });
  }
}

/** Keeps the panels a scenario opens, to tell what they showed when it fails. */
function recordPanels(harness: Harness): Panel[] {
  const panels: Panel[] = [];
  const open = harness.openPanel.bind(harness);
  harness.openPanel = async (query) => {
    const panel = await open(query);
    panels.push(panel);
    return panel;
  };
  return panels;
}

/**
 * A failure whose cause is not in the log (a flake on CI) is only found from what the user
 * would have seen: the failing error gets each panel's visible text appended.
 */
async function withWhatWasShown(error: unknown, panels: readonly Panel[]): Promise<unknown> {
  if (!(error instanceof Error)) return error;
  const shown: string[] = [];
  for (const [index, panel] of panels.entries()) {
    const text = await Promise.race([
      panel.measure(() => document.body.innerText.slice(0, 2000)).catch(() => '(closed)'),
      new Promise<string>((resolve) => setTimeout(() => resolve('(no answer)'), 5_000)),
    ]);
    shown.push(`--- panel ${index + 1} showed:\n${text}`);
    if (panel.errors.length)
      shown.push(`--- panel ${index + 1} logged:\n${panel.errors.join('\n').slice(0, 2000)}`);
  }
  if (shown.length) error.message += `\n${shown.join('\n')}`;
  return error;
}
