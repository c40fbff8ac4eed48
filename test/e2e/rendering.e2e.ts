import { describe, expect, it } from 'vitest';
import { hostilePayloads } from '../fixtures/hostile';
import { useExtensionAgainstMock } from './chromium';
import { eventually, panel, waitForAttribute } from './panel';

const env = useExtensionAgainstMock();

const SHOWCASE = [
  '# Release notes',
  '',
  'Prices stay text: $5 and $10. Inline math: $e^{i\\pi} + 1 = 0$.',
  '',
  '| feature | status |',
  '| --- | --- |',
  '| tables | ✓ |',
  '',
  '- [x] task lists',
  '- ~~strikethrough~~',
  '',
  '```js',
  'const answer = 42;',
  'function greet(name) { return `hi ${name}`; }',
  '```',
  '',
  '$$',
  '\\sum_{n=1}^{\\infty} \\frac{1}{n^2} = \\frac{\\pi^2}{6}',
  '$$',
].join('\n');

describe('rendering replies (Chromium)', () => {
  it('should render markdown, highlighted code and KaTeX', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask(`@mock(verbatim=1,slow=2)\n${SHOWCASE}`);
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    const reply = ui.lastReply;
    await reply.getByRole('heading', { name: 'Release notes' }).waitFor();
    await reply.getByRole('table').waitFor();
    expect(await reply.getByRole('cell', { name: 'tables' }).count()).toBe(1);
    expect(await reply.locator('del').textContent()).toBe('strikethrough');
    // The highlighter and KaTeX load on first need, then the reply is drawn again with them.
    await reply.locator('.hljs-keyword').first().waitFor();
    expect(await reply.locator('.code-block__lang').textContent()).toBe('js');
    await reply.getByRole('button', { name: 'Copy code' }).waitFor();
    await reply.locator('.math-display .katex-display').waitFor();
    expect(await reply.locator('.katex').count()).toBe(2);
    expect(await ui.replyText()).toContain('Prices stay text: $5 and $10.');
  });

  it('should show reasoning apart: open while thinking, folded with its duration after', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    await ui.ask('think first @mock(reasoning=40,slow=25)');
    const reasoning = ui.lastReply.locator('details[data-reasoning]');
    await reasoning.waitFor();
    expect(await reasoning.getAttribute('open')).not.toBeNull();
    expect(await reasoning.locator('summary').textContent()).toBe('Thinking…');
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await reasoning.getAttribute('open')).toBeNull();
    expect(await reasoning.locator('summary').textContent()).toMatch(/^Thought for \d+ s$/);
    expect(await ui.replyText()).toBe('Echo (turn 1): think first');

    // Inline <think> tags from local models end up in the same place.
    await ui.ask('again @mock(thinktags=5)');
    await expect.poll(() => ui.assistant.count()).toBe(2);
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    expect(await ui.replyText()).toBe('Echo (turn 2): again');
    expect(await ui.lastReply.locator('details[data-reasoning]').textContent()).toContain(
      'the quick brown fox jumps',
    );
  });

  it('should show a streamed reply exactly as it shows after reopening', async () => {
    const cases = [
      '1. First item\n\n2. Second item\n\n3. Third item',
      '1. a\n\n  2. b',
      'See [foo] and [bar].\n\nA middle paragraph.\n\n[foo]: https://example.com/foo\n[bar]:\n  https://example.com/bar\n  "Bar"',
      'Title\n=====\n\nA line\n| a | b |\n| --- | --- |\n| 1 | 2 |',
      'Press <kbd> <img src=x x= and **bold**',
    ];
    const page = await env.browser.openPanel();
    const ui = panel(page);
    // The blocks as drawn, without the chunks the panel groups them in per frame.
    const blocks = () =>
      ui.lastReply
        .locator(
          '[data-message-content] .markdown__chunk > *, [data-message-content] .markdown__tail > *',
        )
        .evaluateAll((elements) => elements.map((element) => element.outerHTML).join('\n'));
    const streamed: string[] = [];
    for (const [index, markdown] of cases.entries()) {
      await ui.ask(`@mock(verbatim=1,slow=4)\n${markdown}`);
      await expect.poll(() => ui.assistant.count()).toBe(index + 1);
      await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
      streamed.push(await blocks());
    }
    expect(streamed[0]?.match(/<ol/g)).toHaveLength(1);
    expect(streamed[2]).toContain('href="https://example.com/bar"');
    expect(streamed[4]).not.toContain('<img');
    await page.reload();
    const reopened = panel(page);
    await expect.poll(() => reopened.assistant.count()).toBe(cases.length);
    for (const [index, html] of streamed.entries()) {
      const reply = reopened.assistant.nth(index);
      await reply.scrollIntoViewIfNeeded();
      // Replies out of view are drawn when they come near it: wait for the drawing.
      await eventually(
        () =>
          reply
            .locator(
              '[data-message-content] .markdown__chunk > *, [data-message-content] .markdown__tail > *',
            )
            .evaluateAll((elements) => elements.map((element) => element.outerHTML).join('\n')),
        (shown) => expect(shown, cases[index]).toBe(html),
      );
    }
  });

  it('should keep every hostile payload inert: nothing runs, nothing remote loads', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const outside: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('chrome-extension://')) outside.push(request.url());
    });
    const leak = `${env.mock.origin}/leak`;
    const payloads = hostilePayloads(leak);
    for (const [index, payload] of payloads.entries()) {
      await ui.ask(`@mock(verbatim=1)\n${payload.markdown}`);
      await expect.poll(() => ui.assistant.count()).toBe(index + 1);
      await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    }
    // Anything a payload could trigger (image errors, refreshes, fonts) is a request:
    // wait until the network has been quiet, rather than for a fixed time.
    await page.waitForLoadState('networkidle');

    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => 'sidechatPwned' in window)).toBe(false);
    expect(env.mock.hits.filter((path) => path.startsWith('/leak'))).toEqual([]);
    expect(outside).toEqual([]);
    const log = page.getByRole('log');
    const forbidden = 'script, iframe, object, embed, form, base, meta, link, style, video, audio';
    expect(await log.locator(forbidden).count()).toBe(0);
    const unsafe = await page.evaluate(() =>
      [...document.querySelectorAll('[role="log"] *')].flatMap((element) =>
        [...element.attributes]
          .filter(
            (attribute) =>
              /^on/i.test(attribute.name) ||
              /^\s*(javascript|vbscript|data:text)/i.test(attribute.value),
          )
          .map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`),
      ),
    );
    expect(unsafe).toEqual([]);
    // The phishing link shows where it really goes.
    await log.getByText('(evil.example.net)').waitFor();
  });

  it('should load a remote image only when the user asks', async () => {
    const page = await env.browser.openPanel();
    const ui = panel(page);
    const url = `${env.mock.origin}/leak/picture.png`;
    await ui.ask(`@mock(verbatim=1)\n![a picture](${url})`);
    await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    await ui.lastReply.getByText(`Image from 127.0.0.1:${env.mock.port}`).waitFor();
    expect(env.mock.hits).not.toContain('/leak/picture.png');
    await ui.lastReply.getByRole('button', { name: 'Load image' }).click();
    await eventually(
      async () => env.mock.hits,
      (hits) => expect(hits).toContain('/leak/picture.png'),
    );
  });
});
