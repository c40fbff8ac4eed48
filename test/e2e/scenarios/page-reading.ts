// Reading whole pages: what the user sees attached, and exactly what the model receives.
import { expect } from 'vitest';
import type { Harness, Panel } from '../driver/driver';
import { USER, askAndWait, useMock, type Scenario } from './steps';

/** What the model was sent last as the user's message. */
const lastSent = (h: Harness): string => {
  const content = h.mock.requests.at(-1)?.body.messages.at(-1)?.content;
  return typeof content === 'string' ? content : '';
};

/** Opens a page of the mock and the panel pinned to it. */
async function panelBeside(h: Harness, path: string): Promise<Panel> {
  await useMock(h);
  const page = await h.openPage(`${h.mock.origin}${path}`);
  return h.openPanel(`?tab=${page.tabId}`);
}

export const PAGE_READING_SCENARIOS: Record<string, Scenario> = {
  async 'an article is sent as markdown, without its navigation, ads, footer or fields'(h) {
    const panel = await panelBeside(h, '/pages/article.html');
    await panel.role('button', 'Use this page').click();
    const chip = panel.css('[data-page]');
    await chip.waitFor({ text: `Page · How rivers shape deltas · 127.0.0.1:${h.mock.port} · ≈` });
    const tokens = Number(await chip.attribute('data-page-tokens'));
    expect(tokens).toBeGreaterThan(50);
    // By keyboard: Firefox's driver lands clicks beside this text button (see README).
    await chip.role('button', 'Show the text that will be sent').press('Enter');
    await chip
      .css('[data-page-text]')
      .waitFor({ text: 'where the current slows the sediment settles' });

    await askAndWait(panel, 'Summarize the article.', 1);
    await chip.waitFor({ gone: true });
    const sent = lastSent(h);
    expect(sent).toContain('Page: How rivers shape deltas');
    expect(sent).toContain('builds a delta, a fan of land');
    expect(sent).toContain('most fertile lands on earth');
    expect(sent).toContain(`[distributaries](${h.mock.origin}/glossary#distributary)`);
    for (const absent of [
      'News desk',
      'Premium Kayak',
      'Accept all cookies',
      'We use cookies',
      'Copyright Example News',
      'hunter2-secret',
      'csrf-token-secret',
      'typed-name-value',
    ]) {
      expect(sent).not.toContain(absent);
    }
    expect(sent.endsWith('Summarize the article.')).toBe(true);

    // The page travels with the message, folded, and is still there after a reload.
    const source = panel.css(`${USER} [data-page-source]`);
    await source.waitFor({ text: 'Page: How rivers shape deltas' });
    await panel.reload();
    await panel.css(`${USER} [data-page-source]`).waitFor();
  },

  async 'code blocks and tables stay markdown; a removed page is not sent'(h) {
    const panel = await panelBeside(h, '/pages/code.html');
    await panel.role('button', 'Use this page').click();
    await panel.css('[data-page]').waitFor({ text: 'Sorting in JavaScript' });
    await askAndWait(panel, 'Explain the table.', 1);
    const sent = lastSent(h);
    expect(sent).toMatch(
      /```js?\nconst numbers = \[10, 9, 1\];\nnumbers\.sort\(\(a, b\) => a - b\);\n```/,
    );
    expect(sent).toContain('| Call | Result |');
    expect(sent).toContain('| sort((a, b) => a - b) | 1, 9, 10 |');

    await panel.role('button', 'Use this page').click();
    await panel.css('[data-page]').waitFor();
    await panel.role('button', 'Remove page').click();
    await panel.css('[data-page]').waitFor({ gone: true });
    await askAndWait(panel, 'And without the page?', 2);
    expect(lastSent(h)).toBe('And without the page?');
  },

  async 'a huge page is read within bounds and says it was cut'(h) {
    const panel = await panelBeside(h, '/pages/huge.html');
    await panel.role('button', 'Use this page').click();
    const chip = panel.css('[data-page]');
    await chip.waitFor({ attribute: ['data-page-truncated', 'true'] });
    await chip.waitFor({ text: 'very long: only its first' });
    // A short reply: the mock would otherwise echo the whole page back.
    await askAndWait(panel, 'What is listed? @mock(tokens=20)', 1);
    const sent = lastSent(h);
    expect(sent).toContain('Row 0 of the endless listing');
    expect(sent).toContain('Only part of it is included');
    expect(sent.length).toBeLessThan(420_000);
  },

  async 'a small context window cuts the page and says how much was kept'(h) {
    await useMock(h, { provider: { contextWindow: 4096 } });
    const page = await h.openPage(`${h.mock.origin}/pages/huge.html`);
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await panel.role('button', 'Use this page').click();
    const chip = panel.css('[data-page]');
    await chip.css('[data-page-cut]').waitFor({ text: /Only [\d,]+ of ≈[\d,]+ tokens/ });
    expect(Number(await chip.attribute('data-page-tokens'))).toBeLessThanOrEqual(4096);
    await askAndWait(panel, 'Summarize. @mock(tokens=20)', 1);
    expect(lastSent(h).length).toBeLessThan(4096 * 4);
  },

  async 'two tabs are attached with @ and share the budget'(h) {
    await useMock(h);
    await h.openPage(`${h.mock.origin}/pages/second.html`);
    const page = await h.openPage(`${h.mock.origin}/pages/article.html`);
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    const box = panel.role('textbox', 'Message');
    await box.fill('Compare @tides');
    const tabs = panel.role('listbox', 'Tabs');
    await tabs.role('option', 'Tides and estuaries').waitFor();
    await box.press('Enter');
    await panel.css('[data-page]').waitFor({ text: 'Tides and estuaries' });
    expect(await box.value()).toBe('Compare ');
    await tabs.waitFor({ gone: true });

    await box.fill('Compare @');
    await tabs.role('option', 'How rivers shape deltas').click();
    await panel.css('[data-page]').nth(1).waitFor({ text: 'How rivers shape deltas' });
    await box.fill('Compare the two.');
    await box.press('Enter');
    await panel.css(USER).waitFor();
    await panel.css('[data-message-role="assistant"]').waitFor({
      attribute: ['data-message-status', 'done'],
    });
    const sent = lastSent(h);
    expect(sent.indexOf('Page: Tides and estuaries')).toBeLessThan(
      sent.indexOf('Page: How rivers shape deltas'),
    );
    expect(sent).toContain('brackish water shelters young fish');
    expect(sent).toContain('builds a delta');
    expect(await panel.css(`${USER} [data-page-source]`).count()).toBe(2);
  },

  async 'a PDF is read with its page numbers; a scanned or private one is explained'(h) {
    const panel = await panelBeside(h, '/pages/report.pdf');
    await panel.role('button', 'Use this page').click();
    const chip = panel.css('[data-page="pdf"]');
    await chip.waitFor({ text: 'PDF · ' });
    await askAndWait(panel, 'What rose?', 1);
    const sent = lastSent(h);
    expect(sent).toContain('— Page 1 —\nReport page 1: the water table rose by 1 centimetres.');
    expect(sent).toContain('— Page 12 —\nReport page 12');

    for (const [path, sentence] of [
      ['/pages/scanned.pdf', 'This PDF has no text to read'],
      ['/pages/private.pdf', 'This PDF is behind a login'],
    ] as const) {
      const other = await h.openPage(`${h.mock.origin}${path}`);
      const beside = await h.openPanel(`?tab=${other.tabId}`);
      await beside.role('button', 'Use this page').click();
      await beside.role('alert').withText(sentence).waitFor();
      await beside.close();
    }
  },

  async 'a video watch page is read as its timed transcript; no captions is said'(h) {
    const panel = await panelBeside(h, '/pages/watch?v=river2');
    await panel.role('button', 'Use this page').click();
    const chip = panel.css('[data-page="video"]');
    await chip.waitFor({ text: 'Transcript · The river series, part 2' });
    await askAndWait(panel, 'What is the video about?', 1);
    const sent = lastSent(h);
    expect(sent).toContain('[0:00] welcome back to the river series');
    expect(sent).toContain('[0:02] today sediment reaches the delta');
    expect(sent).toContain("[1:15] and that's & all");
    expect(sent).not.toContain('Comments and recommendations');

    const silent = await h.openPage(`${h.mock.origin}/pages/watch?v=nocaptions`);
    const beside = await h.openPanel(`?tab=${silent.tabId}`);
    await beside.role('button', 'Use this page').click();
    await beside.role('alert').withText('This video has no captions').waitFor();
  },

  async 'a chat remembers its page: offered again beside it, listed under its site'(h) {
    const panel = await panelBeside(h, '/pages/article.html');
    await panel.role('button', 'Use this page').click();
    await panel.css('[data-page]').waitFor();
    await askAndWait(panel, 'Summarize the article.', 1);

    await panel.role('button', 'New chat').click();
    const offer = panel.css('[data-page-offer]');
    await offer.waitFor({ text: 'You talked about this page in “Summarize the article.”' });
    await offer.role('button', 'Continue that chat').click();
    await panel.css(`${USER} [data-page-source]`).waitFor();
    await offer.waitFor({ gone: true });

    await panel.role('button', 'Conversations').click();
    await panel.label('Only chats about this site').click();
    const list = panel.css('[data-site-filter="127.0.0.1"]');
    await list.role('button', 'Summarize the article.').waitFor();
  },

  async 'a site on the never-read list is not read, and what was typed stays'(h) {
    await useMock(h, { neverReadSites: ['127.0.0.1'] });
    const page = await h.openPage(`${h.mock.origin}/pages/article.html`);
    const panel = await h.openPanel(`?tab=${page.tabId}`);
    await panel.role('textbox', 'Message').fill('Typed before reading');
    await panel.role('button', 'Use this page').click();
    await panel.role('alert').withText('Never read these sites').waitFor();
    expect(await panel.css('[data-page]').count()).toBe(0);
    expect(await panel.role('textbox', 'Message').value()).toBe('Typed before reading');
  },
};
