import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionAgainstMock } from './chromium';
import { panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

const WIDE_REPLY = [
  'A long unbroken token: https://example.com/a/very/long/path/that/keeps/going/and/going/without/any/break/at/all',
  '',
  '| a column | another column | a third one | and a fourth |',
  '| --- | --- | --- | --- |',
  '| some text | more text here | even more | last |',
  '',
  '```js',
  'const aVeryLongLineOfCode = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => value * 2).join(", ");',
  '```',
  '',
  '中文段落：模型的回答也常常包含中文，没有空格也要正确换行，不能撑破侧边栏的宽度。',
].join('\n');

/** What overflows sideways: the page itself, and each message. */
function overflow(page: Page) {
  return page.evaluate(() => {
    const wide: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
      wide.push(`page ${root.scrollWidth}>${root.clientWidth}`);
    for (const message of document.querySelectorAll<HTMLElement>('[data-message-role]')) {
      if (message.scrollWidth > message.clientWidth + 1) {
        wide.push(`${message.dataset.messageRole} ${message.scrollWidth}>${message.clientWidth}`);
      }
    }
    return wide;
  });
}

/** Icon buttons without an accessible name or a tooltip. */
function unnamedIcons(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.icon-button')]
      .filter((button) => !button.getAttribute('aria-label')?.trim() || !button.dataset.tooltip)
      .map((button) => button.outerHTML.slice(0, 80)),
  );
}

describe('layout at side-panel widths, 320 to 700 px (Chromium)', () => {
  it('should never scroll sideways, and name every icon button with a tooltip', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask(`@mock(verbatim=1,slow=1)\n${WIDE_REPLY}`);
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    for (const width of [320, 400, 700]) {
      await page.setViewportSize({ width, height: 700 });
      expect(await overflow(page), `chat at ${width}px`).toEqual([]);
      expect(await unnamedIcons(page), `chat at ${width}px`).toEqual([]);

      await page.getByRole('button', { name: 'Conversations' }).click();
      await page.getByRole('navigation', { name: 'Conversations' }).waitFor();
      expect(await overflow(page), `conversations at ${width}px`).toEqual([]);
      expect(await unnamedIcons(page), `conversations at ${width}px`).toEqual([]);

      await page.getByRole('button', { name: 'Settings' }).click();
      await page.getByRole('button', { name: 'Save' }).waitFor();
      expect(await overflow(page), `settings at ${width}px`).toEqual([]);
      expect(await unnamedIcons(page), `settings at ${width}px`).toEqual([]);
      await page.getByRole('button', { name: 'Settings' }).click();
      await ui.message.waitFor();
    }
  });

  it('should open the shortcuts as a dialog from ? and from More, closing back to the chat', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.message.waitFor();
    // Outside a text field (the message box has focus when the panel opens).
    await page.getByRole('button', { name: 'New chat' }).focus();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.getByText('Focus the message box: /').waitFor();
    expect(await unnamedIcons(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    const more = page.getByRole('button', { name: 'More' });
    await more.click();
    await page.getByRole('menuitem', { name: 'Keyboard shortcuts' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Typing a question mark in the message box is text, not a shortcut.
    await ui.message.fill('why');
    await ui.message.press('?');
    expect(await ui.message.inputValue()).toBe('why?');
    expect(await dialog.count()).toBe(0);
  });

  it('should switch the theme from its segmented control', async () => {
    const page = await env.browser.openPanel();
    const settings = page.getByRole('button', { name: 'Settings' });
    const save = page.getByRole('button', { name: 'Save' });
    await settings.click();
    await page.getByRole('radio', { name: 'Dark' }).check();
    await save.click();
    await waitForAttribute(page.locator('html'), 'data-theme', 'dark');
    await settings.click();
    const theme = page.getByRole('group', { name: 'Theme' });
    expect(await theme.getByRole('radio', { checked: true }).getAttribute('value')).toBe('dark');
    await theme.getByRole('radio', { name: 'Light' }).check();
    await save.click();
    await waitForAttribute(page.locator('html'), 'data-theme', 'light');
  });
});
