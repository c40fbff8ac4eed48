// npm run bench:render: how fast the panel draws long markdown replies, in real Chromium
// through the mock server. Prints numbers; asserts nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import { CHROME_EXTENSION, useExtensionAgainstMock } from '../e2e/chromium';
import { panel, waitForAttribute } from '../e2e/panel';

const env = useExtensionAgainstMock();

interface Run {
  paintMs: number;
  paints: number;
  longestPaintMs: number;
  wallMs: number;
  longTasks: number[];
}

/** Sends one prompt and measures the panel's drawing of the reply. */
async function measure(page: Page, prompt: string, expectedReplies: number): Promise<Run> {
  const ui = panel(page);
  await page.evaluate(() => {
    const stats = (globalThis as unknown as { sidechatRenderStats: Record<string, number> })
      .sidechatRenderStats;
    stats.paints = 0;
    stats.totalMs = 0;
    stats.longestMs = 0;
    const tasks: number[] = [];
    (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await ui.ask(prompt);
  await ui.assistant.nth(expectedReplies - 1).waitFor();
  await waitForAttribute(ui.lastReply, 'data-message-status', 'done', 120_000);
  // Drawing goes on for a few frames after "done" (a budget per frame): wait until it stops.
  await page.evaluate(async () => {
    const stats = (globalThis as unknown as { sidechatRenderStats: { paints: number } })
      .sidechatRenderStats;
    let seen = -1;
    while (seen !== stats.paints) {
      seen = stats.paints;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  });
  const wallMs = Date.now() - started;
  const result = await page.evaluate(() => {
    const g = globalThis as unknown as {
      sidechatRenderStats: { paints: number; totalMs: number; longestMs: number };
      benchLongTasks: number[];
    };
    return { ...g.sidechatRenderStats, longTasks: [...g.benchLongTasks] };
  });
  return {
    paintMs: result.totalMs,
    paints: result.paints,
    longestPaintMs: result.longestMs,
    wallMs,
    longTasks: result.longTasks,
  };
}

function initialPanelJsGzip(): { files: string[]; bytes: number } {
  const html = readFileSync(join(CHROME_EXTENSION, 'sidepanel.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1] as string);
  const bytes = files.reduce(
    (sum, file) => sum + gzipSync(readFileSync(join(CHROME_EXTENSION, file))).length,
    0,
  );
  return { files, bytes };
}

/** Seeds a conversation of `count` markdown messages, then times opening it in a fresh panel. */
async function openLongConversation(count: number) {
  const worker = await env.browser.worker();
  await worker.evaluate(async (total) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('sidechat');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['messages', 'conversations'], 'readwrite');
    const body = (i: number) =>
      i % 2
        ? `### Answer ${i}\n\nSome **markdown** with \`code\`, a list:\n\n- one\n- two\n\n\`\`\`js\nconst x = ${i};\n\`\`\``
        : `Question number ${i}: how does this work?`;
    let parentId: string | null = null;
    for (let i = 0; i < total; i += 1) {
      const id = `long-${i}`;
      tx.objectStore('messages').put({
        id,
        conversationId: 'long',
        parentId,
        role: i % 2 ? 'assistant' : 'user',
        content: body(i),
        reasoning: '',
        status: 'done',
        model: 'mock-model',
        usage: null,
        error: null,
        createdAt: i,
        updatedAt: i,
      });
      parentId = id;
    }
    tx.objectStore('conversations').put({
      id: 'long',
      title: 'Long',
      createdAt: 0,
      updatedAt: 0,
      currentLeafId: parentId,
      systemPrompt: '',
      model: 'mock-model',
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
  }, count);
  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (globalThis as unknown as { benchLongTasks: number[] }).benchLongTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  const started = Date.now();
  await page.goto(`chrome-extension://${env.browser.extensionId}/sidepanel.html?conversation=long`);
  await page.locator(`[data-message-id="long-${count - 1}"] .markdown h3`).waitFor();
  const ms = Date.now() - started;
  await page.waitForTimeout(500);
  const result = await page.evaluate(() => {
    const g = globalThis as unknown as {
      sidechatRenderStats: { paints: number; totalMs: number };
      benchLongTasks: number[];
    };
    return { ...g.sidechatRenderStats, longTasks: g.benchLongTasks };
  });
  await page.close();
  return { ms, paintMs: result.totalMs, paints: result.paints, longTasks: result.longTasks };
}

const fmt = (run: Run) =>
  `paint ${run.paintMs.toFixed(1)} ms in ${run.paints} frames (longest ${run.longestPaintMs.toFixed(1)} ms), wall ${run.wallMs} ms, long tasks > 50 ms: ${run.longTasks.length ? run.longTasks.map((d) => d.toFixed(0)).join(', ') : 'none'}`;

it('prints render cost of long markdown replies', { timeout: 300_000 }, async () => {
  const page = await env.browser.openPanel();
  await page.setViewportSize({ width: 420, height: 900 });
  // Warm up: load the highlighter and KaTeX so they do not count against the first run.
  await measure(page, 'warm up @mock(md=200)', 1);
  await page.locator('.katex').first().waitFor();

  const lines: string[] = [];
  let replies = 1;
  const run = async (label: string, prompt: string) => {
    replies += 1;
    const result = await measure(page, prompt, replies);
    lines.push(`  ${label.padEnd(34)} ${fmt(result)}`);
    return result;
  };
  const oneChunk = await run('8,000 tokens in one chunk', '@mock(md=8000,onechunk=1)');
  const full8k = await run('8,000 tokens streamed, full speed', '@mock(md=8000)');
  const paced2k = await run('2,000 tokens streamed, 1 ms/token', '@mock(md=2000,slow=1)');
  const paced8k = await run('8,000 tokens streamed, 1 ms/token', '@mock(md=8000,slow=1)');
  const longConversation = await openLongConversation(1000);
  lines.push(
    `  open a 1,000-message conversation   ${longConversation.ms} ms to the last message drawn, paint ${longConversation.paintMs.toFixed(1)} ms in ${longConversation.paints} frames, long tasks > 50 ms: ${longConversation.longTasks.length ? longConversation.longTasks.map((d) => d.toFixed(0)).join(', ') : 'none'}`,
  );
  const size = initialPanelJsGzip();

  console.log(
    [
      '\nRender benchmark (Chromium, mock server)',
      ...lines,
      `  (a) streamed / one chunk, paint time: full speed ${(full8k.paintMs / oneChunk.paintMs).toFixed(2)}, paced ${(paced8k.paintMs / oneChunk.paintMs).toFixed(2)} (goal ≤ 2)`,
      `  (b) 8,000 / 2,000 tokens streamed, paint time: ${(paced8k.paintMs / paced2k.paintMs).toFixed(2)} (goal ≤ 4.5, linear)`,
      `  (c) long tasks > 50 ms while streaming: ${full8k.longTasks.length + paced2k.longTasks.length + paced8k.longTasks.length} (goal none)`,
      `  side panel initial JS, gzip: ${(size.bytes / 1024).toFixed(1)} KB in ${size.files.join(', ')} (goal ≤ 80 KB)`,
    ].join('\n'),
  );
});
