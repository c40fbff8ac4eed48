// Part of npm run bench:stream: click → request sent, in Chromium with the built extension,
// in conversations of 10, 100 and 1,000 messages. Prints numbers only.
import { expect, it } from 'vitest';
import { useExtensionAgainstMock } from '../e2e/chromium';
import { eventually, panel, waitForAttribute } from '../e2e/panel';

const env = useExtensionAgainstMock();

it('prints click → request latency in Chromium', { timeout: 300_000 }, async () => {
  const lines: string[] = [];
  for (const size of [10, 100, 1000]) {
    const worker = await env.browser.worker();
    // Seed the conversation straight into IndexedDB, as a long history would have it.
    await worker.evaluate(async (count) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('sidechat');
        open.addEventListener('success', () => resolve(open.result));
        open.addEventListener('error', () => reject(open.error));
      });
      const id = `long-${count}`;
      const tx = db.transaction(['conversations', 'messages'], 'readwrite');
      for (let index = 0; index < count; index += 1) {
        tx.objectStore('messages').put({
          id: `${id}-m${index}`,
          conversationId: id,
          parentId: index === 0 ? null : `${id}-m${index - 1}`,
          role: index % 2 ? 'assistant' : 'user',
          content: `Message ${index}: a reply of ordinary length, about a short paragraph long.`,
          reasoning: '',
          status: 'done',
          model: null,
          usage: null,
          error: null,
          createdAt: index + 1,
          updatedAt: index + 1,
        });
      }
      tx.objectStore('conversations').put({
        id,
        title: `Long ${count}`,
        createdAt: 1,
        updatedAt: count,
        currentLeafId: `${id}-m${count - 1}`,
        systemPrompt: '',
        model: 'mock-model',
      });
      await new Promise((resolve) => tx.addEventListener('complete', resolve));
      db.close();
    }, size);
    const page = await env.browser.openPanel(`?conversation=long-${size}`);
    const ui = panel(page);
    await expect.poll(() => ui.user.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      await ui.message.fill(`next @mock(tokens=3)`);
      const before = env.mock.requests.length;
      const clickedAt = await page.evaluate(() => {
        const at = Date.now();
        document
          .querySelector('textarea[aria-label="Message"]')
          ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        return at;
      });
      const request = await eventually(
        async () => env.mock.requests[before],
        (seen) => expect(seen).toBeDefined(),
      );
      times.push((request?.at ?? clickedAt) - clickedAt);
      await waitForAttribute(ui.lastReply, 'data-message-status', 'done');
    }
    times.sort((a, b) => a - b);
    lines.push(
      `  ${size.toLocaleString('en')} messages: ${times[2]} ms (fastest ${times[0]}, slowest ${times.at(-1)})`,
    );
    await page.close();
  }
  console.log(
    [
      '\nSend latency in Chromium (Enter → the provider receives the request; median of 5; goal ≤ 50 ms at 1,000)',
      ...lines,
    ].join('\n'),
  );
});
