import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionAgainstMock } from './chromium';
import { panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

/** Icon buttons without an accessible name or a tooltip. */
function unnamedIcons(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.icon-button')]
      .filter((button) => !button.getAttribute('aria-label')?.trim() || !button.dataset.tooltip)
      .map((button) => button.outerHTML.slice(0, 80)),
  );
}

// The widths check runs in both browsers: scenarios/panel-scenarios.ts.
describe('shortcuts dialog and theme (Chromium)', () => {
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
