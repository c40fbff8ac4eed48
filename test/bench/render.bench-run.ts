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
