// The panel's layout at side-panel widths, the shortcuts dialog and the theme.
import { expect } from 'vitest';
import { askAndWait, useMock, type Scenario } from './steps';

export const LAYOUT_SCENARIOS: Record<string, Scenario> = {
  async 'nothing scrolls sideways from 320 to 700 px, and every icon button is named'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await askAndWait(panel, `@mock(verbatim=1)\n${WIDE_REPLY}`, 1);
    for (const width of [320, 400, 700]) {
      await panel.resize(width, 700);
      expect(await panel.measure(() => window.innerWidth)).toBe(width);
      for (const screen of ['chat', 'Conversations', 'Settings']) {
        if (screen !== 'chat') await panel.role('button', screen).click();
        if (screen === 'Settings') await panel.role('button', 'Save').waitFor();
        expect(await panel.measure(sidewaysOverflow), `${screen} at ${width}px`).toEqual([]);
        expect(await panel.measure(unnamedIconButtons), `${screen} at ${width}px`).toEqual([]);
      }
      await panel.role('button', 'Settings').click();
      await panel.role('textbox', 'Message').waitFor();
    }
  },

  async 'the shortcuts open as a dialog from ? and from More, closing back to the chat'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    const message = panel.role('textbox', 'Message');
    await message.waitFor();
    // Outside a text field (the message box has focus when the panel opens).
    await panel.role('button', 'New chat').focus();
    await panel.press('?');
    const dialog = panel.role('dialog', 'Keyboard shortcuts');
    await dialog.text('Focus the message box: /').waitFor();
    expect(await panel.measure(unnamedIconButtons)).toEqual([]);
    await panel.press('Escape');
    await dialog.waitFor({ gone: true });

    await panel.role('button', 'More').click();
    await panel.role('menuitem', 'Keyboard shortcuts').click();
    await dialog.role('button', 'Close').click();
    await dialog.waitFor({ gone: true });
    // Typing a question mark in the message box is text, not a shortcut.
    await message.fill('why');
    await message.press('?');
    expect(await message.value()).toBe('why?');
    expect(await dialog.count()).toBe(0);
  },

  async 'the theme switches from its segmented control'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await panel.role('button', 'Settings').click();
    await panel.role('radio', 'Dark').click();
    await panel.role('button', 'Save').click();
    await panel.css('html').waitFor({ attribute: ['data-theme', 'dark'] });
    await panel.role('button', 'Settings').click();
    const theme = panel.role('group', 'Theme');
    expect(await theme.css('input:checked').attribute('value')).toBe('dark');
    await theme.role('radio', 'Light').click();
    await panel.role('button', 'Save').click();
    await panel.css('html').waitFor({ attribute: ['data-theme', 'light'] });
  },
};

const WIDE_REPLY = [
  'A long unbroken token: https://example.com/a/very/long/path/that/keeps/going/and/going/without/any/break',
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

/** What scrolls sideways: the page, or a message (runs in the page). */
function sidewaysOverflow(): string[] {
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
}

/** Icon buttons without an accessible name or a tooltip (runs in the page). */
function unnamedIconButtons(): string[] {
  return [...document.querySelectorAll<HTMLElement>('.icon-button')]
    .filter((button) => !button.getAttribute('aria-label')?.trim() || !button.dataset.tooltip)
    .map((button) => button.outerHTML.slice(0, 80));
}
