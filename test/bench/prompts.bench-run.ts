// npm run bench:prompts: a library of 1,000 prompts (some of 100,000 characters) in the built
// extension: how fast `/` opens and filters the list, and Settings → Prompts shows it. Prints
// numbers; asserts nothing.
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { useExtensionAgainstMock } from '../e2e/chromium';
import { matchPrompts, type SavedPrompt } from '@/utils/prompts/library';
import { fillPrompt, variablesIn } from '@/utils/prompts/variables';

const env = useExtensionAgainstMock();

const COUNT = 1000;
/** The rows Settings → Prompts shows before the user scrolls for more. */
const SHOWN_ROWS = 50;
const median = (values: number[]): number =>
  values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

const library: SavedPrompt[] = Array.from({ length: COUNT }, (_, index) => ({
  id: `bench-${index}`,
  name: `Prompt number ${index}`,
  command: `command${index}`,
  // Ten at the limit: 100,000 characters with the input field.
  text: `${index % 100 === 0 ? 'x'.repeat(100_000 - 15) : 'Rewrite {{selection}} '.repeat(90)} {{input:Tone}}`,
  personaId: null,
  model: '',
  sendAtOnce: false,
  onSelection: index < 5,
  onPage: false,
}));

/** Types `text` into the message box and times it until the list shows `options` options. */
function typeAndTime(page: Page, text: string, options: number): Promise<number> {
  return page.evaluate(
    ({ value, expected }) =>
      new Promise<number>((resolve) => {
        const box = document.querySelector<HTMLTextAreaElement>('textarea[aria-label="Message"]');
        if (!box) throw new Error('no message box');
        const started = performance.now();
        box.value = value;
        box.dispatchEvent(new Event('input', { bubbles: true }));
        const check = () => {
          const shown = document.querySelectorAll('#prompt-picker [role="option"]').length;
          if (shown === expected) resolve(performance.now() - started);
          else requestAnimationFrame(check);
        };
        check();
      }),
    { value: text, expected: options },
  );
}

/** Opens Settings `runs` times; the median time until the library's last row is shown. */
async function settingsOpen(page: Page, lastRow: number, runs = 3): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = Date.now();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.locator('[data-prompt-id]').nth(lastRow).waitFor();
    times.push(Date.now() - started);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.locator('[data-prompt-id]').first().waitFor({ state: 'detached' });
  }
  return median(times);
}

it('prints prompt library numbers', { timeout: 300_000 }, async () => {
  // The settings view with the five default prompts, for comparison.
  const first = await env.browser.openPanel();
  await settingsOpen(first, 4, 1);
  const defaultsMs = await settingsOpen(first, 4);
  await first.close();

  const worker = await env.browser.worker();
  await worker.evaluate(async (prompts) => {
    const api = (
      globalThis as unknown as {
        chrome: { storage: { local: { set(items: object): Promise<void> } } };
      }
    ).chrome;
    await api.storage.local.set({ prompts: { prompts, translateTo: '' } });
  }, library);
  const page = await env.browser.openPanel();
  await page.getByRole('textbox', { name: 'Message' }).waitFor();

  const open: number[] = [];
  const filter: number[] = [];
  for (let run = 0; run < 7; run += 1) {
    await typeAndTime(page, '', 0);
    // `/` lists the first 50; `/command99` narrows to command99 and command990–999.
    open.push(await typeAndTime(page, '/', 50));
    filter.push(await typeAndTime(page, '/command99', 11));
  }
  await typeAndTime(page, '', 0);

  await settingsOpen(page, SHOWN_ROWS - 1, 1);
  const libraryMs = await settingsOpen(page, SHOWN_ROWS - 1);

  const matchTimes: number[] = [];
  for (let run = 0; run < 50; run += 1) {
    const started = performance.now();
    matchPrompts(library, 'command99');
    matchTimes.push(performance.now() - started);
  }
  const long = library[0]?.text ?? '';
  const expandStarted = performance.now();
  fillPrompt(long, { selection: 'text', inputs: { Tone: 'dry' } });
  variablesIn(long);
  const expandMs = performance.now() - expandStarted;

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `\nPrompt library of ${COUNT} prompts (10 of 100,000 characters), built extension in Chromium`,
  );
  console.log(`  "/" to the list shown (first 50):      median ${ms(median(open))}`);
  console.log(`  "/command99" to the list filtered:     median ${ms(median(filter))}`);
  console.log(
    `  Settings opened to row ${SHOWN_ROWS} of the library: median ${ms(libraryMs)} (with the 5 defaults: ${ms(defaultsMs)})`,
  );
  console.log(`  matchPrompts over ${COUNT} (Node):          median ${ms(median(matchTimes))}`);
  console.log(`  variables of a 100,000-character prompt: ${ms(expandMs)}`);
});
