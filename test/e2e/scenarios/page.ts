// The page next to the panel: quoting what the user selected, and nothing they did not.
import { expect } from 'vitest';
import { USER, askAndWait, useMock, type Scenario } from './steps';

export const PAGE_SCENARIOS: Record<string, Scenario> = {
  async 'the selection is quoted, sent inside the message, and kept with its source'(h) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}/page.html`);
    await page.select('#para');
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await panel.role('button', 'Quote selection').click();
    const chip = panel.css('[data-quote]');
    await chip.waitFor({ text: 'Rivers carry sediment to the sea.' });
    expect(await chip.read()).toContain(`Test article · 127.0.0.1:${h.mock.port}`);

    await askAndWait(panel, 'Why does this happen?', 1);
    expect(await chip.count()).toBe(0);
    const sent = h.mock.requests.at(-1)?.body.messages.at(-1)?.content ?? '';
    expect(sent).toContain('"""\nRivers carry sediment to the sea.\n"""');
    expect(sent).toContain('From "Test article"');
    expect(sent.endsWith('Why does this happen?')).toBe(true);
    const question = panel.css(USER);
    expect(await question.css('blockquote').read()).toBe('Rivers carry sediment to the sea.');
    const source = question.role('link', 'Test article');
    expect(await source.attribute('href')).toBe(`${h.mock.origin}/page.html`);
    await panel.reload();
    await panel.css(USER).css('blockquote').waitFor();
  },

  async 'text fields are quoted, markup stays text, and an empty selection is explained'(h) {
    await useMock(h);
    const page = await h.openPage(`${h.mock.origin}/page.html`);
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    const quote = panel.role('button', 'Quote selection');
    const chip = panel.css('[data-quote]');

    await page.run(() => window.getSelection()?.removeAllRanges());
    await quote.click();
    await panel.role('status').withText('Select some text on the page first').waitFor();

    await page.run(() => {
      const field = document.querySelector('textarea');
      field?.focus();
      field?.setSelectionRange(6, 16);
    });
    await quote.click();
    await chip.css('.quote-chip__text').waitFor({ text: /^beta gamma$/ });
    await panel.role('button', 'Remove quote').click();
    await chip.waitFor({ gone: true });

    await page.run(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.select('#markup');
    await quote.click();
    await chip.css('.quote-chip__text').waitFor({
      text: /^Markup as text: <img src=x onerror=alert\(1\)> and \*\*stars\*\*$/,
    });
    expect(await chip.css('img').count()).toBe(0);
  },
};
