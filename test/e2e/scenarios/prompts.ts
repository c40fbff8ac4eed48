// The prompt library as a user meets it: `/` in the message box, a prompt's questions before
// it runs, a missing source said instead of sent, and the library shared as a file.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Panel } from '../driver/driver';
import { REPLY, replyDone, USER, useMock, type Scenario } from './steps';

/** The text of the last message the model received. */
const lastSent = (requests: { body: { messages: { content: string }[] } }[]): string =>
  requests.at(-1)?.body.messages.at(-1)?.content ?? '';

/** Settings → Prompts: the library's list. */
const library = (panel: Panel) => panel.role('group', 'Prompts');

/** Adds a prompt through Settings → Prompts, as a user types it. */
async function addPrompt(
  panel: Panel,
  prompt: { name: string; command: string; text: string; sendAtOnce?: boolean },
): Promise<void> {
  await library(panel).role('button', 'Add prompt').click();
  await panel.role('textbox', 'Prompt name').fill(prompt.name);
  await panel.role('textbox', 'Command').fill(prompt.command);
  await panel.role('textbox', 'Prompt text').fill(prompt.text);
  if (prompt.sendAtOnce) await panel.label('Send at once when chosen').click();
  await panel.role('button', 'Save prompt').click();
  await library(panel).css('[data-prompt-id]').withText(`/${prompt.command}`).waitFor();
}

export const PROMPT_SCENARIOS: Record<string, Scenario> = {
  async '/ lists the prompts as typed; Enter sends one at once, or fills the box'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    const box = panel.role('textbox', 'Message');

    // The default Summarize sends at once.
    await box.fill('/sum');
    const list = panel.role('listbox', 'Prompts');
    await list.role('option').first().waitFor({ text: '/summarize' });
    // Commands starting with what was typed come first, then names that contain it.
    expect(await list.role('option').texts()).toEqual([
      expect.stringContaining('/summarizeSummarize'),
      expect.stringContaining('/tldrSummarize this page'),
    ]);
    await box.press('Enter');
    await replyDone(panel);
    expect(lastSent(h.mock.requests)).toBe('Summarize this in a few bullet points.');
    expect(await box.value()).toBe('');

    // Arrows move through the list; Escape closes it and leaves the text alone.
    await box.fill('/');
    await list.role('option').nth(1).waitFor();
    await box.press('ArrowDown');
    await list
      .role('option')
      .nth(1)
      .waitFor({ attribute: ['aria-selected', 'true'] });
    await box.press('Escape');
    await list.waitFor({ gone: true });
    expect(await box.value()).toBe('/');

    // Tab takes a prompt too; what was typed on earlier lines stays before it.
    await box.fill('Context first.\n/expl');
    await list.role('option').first().waitFor({ text: '/explain' });
    await box.press('Tab');
    await panel.css(REPLY).nth(1).waitFor();
    await replyDone(panel);
    expect(lastSent(h.mock.requests)).toBe('Context first.\nExplain this clearly and concisely.');
  },

  async 'a prompt with {{input:…}} asks first; a missing selection is said and nothing is sent'(h) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}/page.html`);
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await panel.role('button', 'Settings').click();
    await addPrompt(panel, {
      name: 'Haiku',
      command: 'haiku',
      text: 'Write a haiku about {{input:Topic}} in {{input:Season}}. {{mood}}',
      sendAtOnce: true,
    });
    await panel.role('button', 'Settings').click();

    const box = panel.role('textbox', 'Message');
    await box.fill('/haiku');
    await panel.role('listbox', 'Prompts').role('option').first().waitFor({ text: 'Haiku' });
    await box.press('Enter');
    const form = panel.role('dialog', 'Haiku');
    await form.role('textbox', 'Topic').fill('rivers');
    await form.role('button', 'Run prompt').click();
    // Every box must be answered.
    await form.role('alert').withText('Fill in every box').waitFor();
    await form.role('textbox', 'Season').fill('autumn');
    await form.role('button', 'Run prompt').click();
    await form.waitFor({ gone: true });
    await replyDone(panel);
    // An unknown variable is sent as written, never dropped.
    expect(lastSent(h.mock.requests)).toBe('Write a haiku about rivers in autumn. {{mood}}');

    // Rewrite uses the page's selection, and nothing is selected there.
    const requestsBefore = h.mock.requests.length;
    await box.fill('/rewrite');
    await box.press('Enter');
    await panel.role('dialog', 'Rewrite').role('textbox', 'Tone').fill('friendly');
    await panel.role('dialog', 'Rewrite').role('button', 'Run prompt').click();
    await panel.text('nothing is selected there').waitFor();
    expect(h.mock.requests).toHaveLength(requestsBefore);
    expect(await panel.css(USER).count()).toBe(1);
    expect(await box.value()).toBe('/rewrite');

    // Once text is selected, the same prompt runs with it.
    await page.select('#para');
    await box.press('Enter');
    await panel.role('dialog', 'Rewrite').role('textbox', 'Tone').fill('friendly');
    await panel.role('dialog', 'Rewrite').role('button', 'Run prompt').click();
    await expect.poll(() => box.value()).toContain('in a friendly tone');
    expect(await box.value()).toContain('Rivers carry sediment');
    expect(await panel.css(REPLY).count()).toBe(1);
  },

  async 'a prompt with {{page}} reads the page beside the panel and sends it with the prompt'(h) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}/pages/article.html`);
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    const box = panel.role('textbox', 'Message');
    await box.fill('/tldr');
    await panel.role('listbox', 'Prompts').role('option').first().waitFor({ text: '/tldr' });
    await box.press('Enter');
    await replyDone(panel);
    const sent = lastSent(h.mock.requests);
    expect(sent).toContain('Summarize the page “How rivers shape deltas” in five bullet points');
    expect(sent).toContain('builds a delta, a fan of land');
    await panel.css('[data-page-source]').waitFor();
  },

  async 'the library refuses a taken command, reorders, and goes out and back as a file'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await panel.role('button', 'Settings').click();
    const rows = () => library(panel).css('[data-prompt-id]');

    // A command another prompt has is refused with a sentence, the form kept.
    await library(panel).role('button', 'Add prompt').click();
    await panel.role('textbox', 'Prompt name').fill('My summary');
    await panel.role('textbox', 'Command').fill('Summarize');
    await panel.role('textbox', 'Prompt text').fill('Summarize in one line: {{clipboard}}');
    await panel.role('button', 'Save prompt').click();
    await panel.text('/Summarize is already the command of another prompt').waitFor();
    await panel.role('textbox', 'Command').fill('oneline');
    await panel.role('button', 'Save prompt').click();
    await rows().withText('/oneline').waitFor();

    // Move it to the top: the list, and so the menus, follow.
    const place = async () => (await rows().texts()).findIndex((row) => row.includes('/oneline'));
    for (let target = 4; target >= 0; target -= 1) {
      await rows().withText('/oneline').role('button', 'Move up').click();
      await expect.poll(place).toBe(target);
    }

    const file = await panel.download(() =>
      library(panel).role('button', 'Export prompts').click(),
    );
    expect(file.name).toMatch(/^sidechat-prompts \d{4}-\d\d-\d\d\.json$/);
    const exported = JSON.parse(readFileSync(file.path, 'utf8'));
    expect(exported).toMatchObject({ format: 'sidechat-prompts', version: 1 });
    expect(exported.prompts[0]).toMatchObject({ name: 'My summary', command: 'oneline' });

    // Delete it, then import the file: it is back, first, as it was.
    await rows().withText('/oneline').role('button', 'Delete').click();
    await library(panel).role('status').withText('Deleted “My summary”').waitFor();
    await expect.poll(async () => (await rows().texts()).join()).not.toContain('/oneline');
    const importInput = library(panel).css('input[type="file"][aria-label="Import prompts"]');
    await importInput.upload(file.path);
    await library(panel).role('status').withText('Imported 1 new and 5 updated prompts.').waitFor();
    await expect.poll(async () => (await rows().texts())[5]).toContain('/oneline');

    // A broken file changes nothing and says why.
    const broken = join(tmpdir(), `sidechat-prompts-${randomUUID()}.json`);
    exported.prompts[2].command = 'two words';
    writeFileSync(broken, JSON.stringify(exported));
    await importInput.upload(broken);
    await library(panel).role('alert').withText('Prompt 3 in the file cannot be used').waitFor();
    expect(await rows().count()).toBe(6);
  },
};
