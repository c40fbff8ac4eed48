// Replies as users read them: markdown, code, math and reasoning, drawn the same streamed
// and reopened, and model output that can never run or load anything.
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { hostilePayloads } from '../../fixtures/hostile';
import { until } from '../driver/driver';
import { REPLY, REPLY_TEXT, ask, askAndWait, lastReply, useMock, type Scenario } from './steps';

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
  '',
  '<script>alert(1)</script>',
].join('\n');

/** The blocks of a reply as drawn, without the chunks the panel groups them in per frame. */
const BLOCKS =
  '[data-message-content] .markdown__chunk > *, [data-message-content] .markdown__tail > *';

export const RENDERING_SCENARIOS: Record<string, Scenario> = {
  async 'a reply renders markdown, highlighted code and KaTeX'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await askAndWait(panel, `@mock(verbatim=1,slow=2)\n${SHOWCASE}`, 1);
    const reply = lastReply(panel);
    await reply.role('heading', 'Release notes').waitFor();
    await reply.role('table').waitFor();
    // Off screen, Firefox leaves a chunk's cells out of the accessibility tree (see below).
    await reply.role('table').scrollIntoView();
    await reply.role('cell', 'tables').waitFor();
    expect(await reply.role('cell', 'tables').count()).toBe(1);
    expect(await reply.css('del').read()).toBe('strikethrough');
    // The highlighter and KaTeX load on first need, then the reply is drawn again with them.
    await reply.css('.hljs-keyword').first().waitFor();
    expect(await reply.css('.code-block__lang').read()).toBe('js');
    // Chunks off screen skip layout (content-visibility: auto), and Firefox then leaves their
    // buttons out of the accessibility tree: the code block is brought into view first.
    await reply.css('.code-block').first().scrollIntoView();
    await reply.role('button', 'Copy code').waitFor();
    await reply.css('.math-display .katex-display').waitFor();
    expect(await reply.css('.katex').count()).toBe(2);
    expect(await reply.css('script').count()).toBe(0);
    expect(await panel.css(REPLY_TEXT).read()).toContain('Prices stay text: $5 and $10.');
  },

  async 'reasoning shows apart: open while thinking, folded with its duration after'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    await ask(panel, 'think first @mock(reasoning=40,slow=25)');
    const reasoning = lastReply(panel).css('details[data-reasoning]');
    await reasoning.waitFor();
    expect(await reasoning.attribute('open')).not.toBeNull();
    expect(await reasoning.css('summary').read()).toBe('Thinking…');
    await lastReply(panel).waitFor({ attribute: ['data-message-status', 'done'] });
    expect(await reasoning.attribute('open')).toBeNull();
    expect(await reasoning.css('summary').read()).toMatch(/^Thought for \d+ s$/);
    expect(await panel.css(REPLY_TEXT).read()).toBe('Echo (turn 1): think first');

    // Inline <think> tags from local models end up in the same place.
    expect(await askAndWait(panel, 'again @mock(thinktags=5)', 2)).toBe('Echo (turn 2): again');
    expect(await lastReply(panel).css('details[data-reasoning]').read()).toContain(
      'the quick brown fox jumps',
    );
  },

  async 'a streamed reply shows exactly as it shows after reopening'(h) {
    await useMock(h);
    const cases = [
      '1. First item\n\n2. Second item\n\n3. Third item',
      '1. a\n\n  2. b',
      'See [foo] and [bar].\n\nA middle paragraph.\n\n[foo]: https://example.com/foo\n[bar]:\n  https://example.com/bar\n  "Bar"',
      'Title\n=====\n\nA line\n| a | b |\n| --- | --- |\n| 1 | 2 |',
      'Press <kbd> <img src=x x= and **bold**',
    ];
    const panel = await h.openPanel();
    const streamed: string[] = [];
    for (const [index, markdown] of cases.entries()) {
      await askAndWait(panel, `@mock(verbatim=1,slow=4)\n${markdown}`, index + 1);
      streamed.push((await lastReply(panel).css(BLOCKS).htmls()).join('\n'));
    }
    expect(streamed[0]?.match(/<ol/g)).toHaveLength(1);
    expect(streamed[2]).toContain('href="https://example.com/bar"');
    expect(streamed[4]).not.toContain('<img');
    await panel.reload();
    await panel
      .css(REPLY)
      .nth(cases.length - 1)
      .waitFor();
    for (const [index, html] of streamed.entries()) {
      const reply = panel.css(REPLY).nth(index);
      await reply.scrollIntoView();
      // Replies out of view are drawn when they come near it: wait for the drawing.
      await until(async () => {
        expect((await reply.css(BLOCKS).htmls()).join('\n'), cases[index]).toBe(html);
      });
    }
  },

  async 'every hostile payload stays inert: nothing runs, nothing remote loads'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    const watch = panel.watch();
    // The mock serves every test of the file: only this test's requests count.
    const hitsBefore = h.mock.hits.length;
    const payloads = hostilePayloads(`${h.mock.origin}/leak`);
    // A few payloads a reply (one each is slow over BiDi), each followed by a marker line:
    // a marker that does not show means a payload swallowed what came after it.
    const BATCH = 5;
    for (let start = 0; start < payloads.length; start += BATCH) {
      const batch = payloads
        .slice(start, start + BATCH)
        .map((payload, offset) => `${payload.markdown}\n\nMarker ${start + offset} ends.`);
      await askAndWait(panel, `@mock(verbatim=1)\n${batch.join('\n\n')}`, start / BATCH + 1);
      // The reply is drawn a frame after it ends: wait for its last line first.
      await panel.css(REPLY_TEXT).waitFor({ text: `Marker ${start + batch.length - 1} ends.` });
      // textContent, not innerText: chunks out of view skip rendering (content-visibility).
      const shown = await panel.css(REPLY_TEXT).read();
      const lost = batch.filter((_, offset) => !shown.includes(`Marker ${start + offset} ends.`));
      expect(lost, 'payloads that swallowed the text after them').toEqual([]);
    }
    // Anything a payload could trigger (image errors, refreshes, fonts) is a request:
    // wait until the network has been quiet, rather than for a fixed time.
    await watch.quiet();
    expect(watch.dialogs).toEqual([]);
    expect(await panel.measure(() => 'sidechatPwned' in window)).toBe(false);
    const leaks = h.mock.hits.slice(hitsBefore).filter((path) => path.startsWith('/leak'));
    expect(leaks).toEqual([]);
    expect(watch.outsideRequests).toEqual([]);
    const log = panel.role('log');
    const forbidden = 'script, iframe, object, embed, form, base, meta, link, style, video, audio';
    expect(await log.css(forbidden).count()).toBe(0);
    expect(await panel.measure(unsafeAttributes)).toEqual([]);
    // The phishing link shows where it really goes.
    await log.text('(evil.example.net)').waitFor();
  },

  async 'a remote image loads only when the user asks'(h) {
    await useMock(h);
    const panel = await h.openPanel();
    // Its own address: the mock serves every test of the file.
    const path = `/leak/picture-${randomUUID()}.png`;
    const url = `${h.mock.origin}${path}`;
    await askAndWait(panel, `@mock(verbatim=1)\n![a picture](${url})`, 1);
    await lastReply(panel).text(`Image from 127.0.0.1:${h.mock.port}`).waitFor();
    expect(h.mock.hits).not.toContain(path);
    await lastReply(panel).role('button', 'Load image').click();
    await until(async () => {
      expect(h.mock.hits).toContain(path);
    });
  },
};

/** Event handlers and script URLs left on anything in the chat (runs in the page). */
function unsafeAttributes(): string[] {
  return [...document.querySelectorAll('[role="log"] *')].flatMap((element) =>
    [...element.attributes]
      .filter(
        (attribute) =>
          /^on/i.test(attribute.name) ||
          /^\s*(javascript|vbscript|data:text)/i.test(attribute.value),
      )
      .map((attribute) => `${element.tagName} ${attribute.name}=${attribute.value}`),
  );
}
