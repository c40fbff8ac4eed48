// Writing a reply back into the page: where the user was typing, as one undoable edit, into
// a rich editor's selection and a same-origin frame, and a sentence when there is nowhere.
import { expect } from 'vitest';
import type { WebPage } from '../driver/driver';
import { askAndWait, lastReply, useMock, type Scenario } from './steps';

const EDITOR = '/pages/editor.html';

/** The editor page's fields as the page sees them. */
function fields(page: WebPage) {
  return page.run(() => {
    const frame = document.querySelector<HTMLIFrameElement>('#frame');
    return {
      box: document.querySelector<HTMLTextAreaElement>('#box')?.value ?? '',
      rich: document.querySelector<HTMLElement>('#rich')?.innerText.trim() ?? '',
      inner: frame?.contentDocument?.querySelector<HTMLTextAreaElement>('#inner')?.value ?? '',
      title: document.title,
    };
  });
}

export const PAGE_WRITING_SCENARIOS: Record<string, Scenario> = {
  async 'a reply goes where the user was typing, as one edit Ctrl+Z takes back, and nothing is submitted'(
    h,
  ) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}${EDITOR}`);
    await page.run(() => {
      const box = document.querySelector<HTMLTextAreaElement>('#box');
      box?.focus();
      box?.setSelectionRange(box.value.length, box.value.length);
    });
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await askAndWait(panel, 'Thanks for the report', 1);
    await lastReply(panel).role('button', 'Insert into page').click();
    await panel.role('status').withText('Inserted into the page').waitFor();
    expect(await fields(page)).toMatchObject({
      box: 'Dear team,\nEcho (turn 1): Thanks for the report',
      title: 'Reply editor',
    });
    await page.run(() => document.execCommand('undo'));
    expect((await fields(page)).box).toBe('Dear team,\n');
  },

  async 'a selection in a rich editor is replaced, and a code block goes into a same-origin frame'(
    h,
  ) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}${EDITOR}`);
    await page.run(() => {
      const rich = document.querySelector<HTMLElement>('#rich');
      const text = rich?.querySelector('p')?.firstChild;
      rich?.focus();
      if (!text) return;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'Notes'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await askAndWait(panel, 'Summary', 1);
    await lastReply(panel).role('button', 'Replace selection').click();
    await panel.role('status').withText('Inserted into the page').waitFor();
    expect((await fields(page)).rich).toBe('Echo (turn 1): Summary:');

    // Into the frame's text box, from a code block's own button.
    await page.run(() => {
      const inner = document
        .querySelector<HTMLIFrameElement>('#frame')
        ?.contentDocument?.querySelector<HTMLTextAreaElement>('#inner');
      inner?.focus();
      inner?.setSelectionRange(inner.value.length, inner.value.length);
    });
    await askAndWait(panel, '```js\nconst x = 1;\n```\n@mock(verbatim=1)', 2);
    await lastReply(panel).role('button', 'Insert into page').first().click();
    await expect.poll(async () => (await fields(page)).inner).toBe('In the frame: const x = 1;');
  },

  async 'with no text box focused the panel says so and offers Copy'(h) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}${EDITOR}`);
    await page.run(() => (document.activeElement as HTMLElement | null)?.blur());
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await askAndWait(panel, 'Anything', 1);
    await lastReply(panel).role('button', 'Insert into page').click();
    const alert = panel.role('alert').withText('There is no text box focused on the page');
    await alert.waitFor();
    await alert.role('button', 'Copy').waitFor();
    expect(await fields(page)).toMatchObject({ box: 'Dear team,\n', title: 'Reply editor' });
  },
};
