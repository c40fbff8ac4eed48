// npm run bench:history: 10,000 conversations and 100,000 messages in the extension's
// IndexedDB, then how fast the panel lists, opens and searches them. Prints numbers only.
import type { Page } from 'playwright-core';
import { it } from 'vitest';
import type { ChatMessage, Conversation } from '@/utils/history/types';
import {
  searchRowForMessage,
  searchRowForTitle,
  type SearchRow,
} from '@/utils/history/search-index';
import { useExtensionAgainstMock } from '../e2e/chromium';

// BENCH_PROFILE=/some/dir keeps the seeded profile, so later runs skip the slow seeding.
const env = useExtensionAgainstMock({}, process.env.BENCH_PROFILE ?? '');

const CONVERSATIONS = 10_000;
const MESSAGES = 100_000;
const LONG = 2000;

/** Deterministic pseudo-random numbers, so every run seeds the same history. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}
const rand = random(42);
const SYLLABLES = 'ka lo mi ne ta ri so vu pe da ze ru ho ni ba ke'.split(' ');
const VOCAB = Array.from({ length: 3000 }, (_, i) => {
  let word = '';
  for (let n = i; word.length < 4 || n > 0; n = Math.floor(n / 16)) word += SYLLABLES[n % 16];
  return word;
});
const COMMON = 'the of and to a in is it you that for on with as this are be at have'.split(' ');
const HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

function words(count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    out.push(
      rand() < 0.35
        ? (COMMON[Math.floor(rand() * COMMON.length)] ?? 'the')
        : (VOCAB[Math.floor(rand() ** 2 * VOCAB.length)] ?? 'ka'),
    );
  }
  return out.join(' ');
}

function hanzi(count: number): string {
  let out = '';
  for (let i = 0; i < count; i += 1) out += HANZI[Math.floor(rand() ** 1.5 * HANZI.length)] ?? '的';
  return `${out}。`;
}

function messageText(role: 'user' | 'assistant', chinese: boolean): string {
  if (chinese) return role === 'user' ? hanzi(10 + rand() * 40) : hanzi(80 + rand() * 400);
  return role === 'user' ? words(8 + rand() * 40) : words(60 + rand() * 300);
}

interface Batch {
  conversations: Conversation[];
  messages: ChatMessage[];
  rows: SearchRow[];
}

function conversationBatch(
  first: number,
  count: number,
  messagesEach: number,
  start: number,
): Batch {
  const batch: Batch = { conversations: [], messages: [], rows: [] };
  for (let c = first; c < first + count; c += 1) {
    const id = `c${c}`;
    const chinese = c % 10 === 0;
    const base = start + c * 60_000;
    let parentId: string | null = null;
    for (let m = 0; m < messagesEach; m += 1) {
      const role = m % 2 ? 'assistant' : 'user';
      const message: ChatMessage = {
        id: `${id}-m${m}`,
        conversationId: id,
        parentId,
        role,
        content: messageText(role, chinese),
        reasoning: '',
        status: 'done',
        model: role === 'assistant' ? 'mock-model' : null,
        usage: null,
        error: null,
        createdAt: base + m * 1000,
        updatedAt: base + m * 1000,
      };
      batch.messages.push(message);
      const row = searchRowForMessage(message);
      if (row) batch.rows.push(row);
      parentId = message.id;
    }
    const opening = batch.messages.at(-messagesEach);
    const conversation: Conversation = {
      id,
      title: (opening?.content ?? id).slice(0, 60),
      createdAt: base,
      updatedAt: base + messagesEach * 1000,
      currentLeafId: parentId,
      systemPrompt: '',
      model: 'mock-model',
      pinnedAt: 0,
    };
    batch.conversations.push(conversation);
    batch.rows.push(searchRowForTitle(conversation));
  }
  return batch;
}

async function write(batch: Batch): Promise<void> {
  const worker = await env.browser.worker();
  await worker.evaluate(async (data) => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const open = indexedDB.open('sidechat');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['conversations', 'messages', 'search'], 'readwrite');
    for (const conversation of data.conversations)
      tx.objectStore('conversations').put(conversation);
    for (const message of data.messages) tx.objectStore('messages').put(message);
    for (const row of data.rows) tx.objectStore('search').put(row);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, batch);
}

async function heapMb(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return (usedSize / 1024 / 1024).toFixed(1);
}

async function lastMeasure(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (entry) => performance.getEntriesByName(entry).at(-1)?.duration ?? Number.NaN,
    name,
  );
}

function percentile(values: number[], p: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

it('prints history scale numbers', { timeout: 900_000 }, async () => {
  // The background must have created the schema before we write raw rows.
  const warm = await env.browser.openPanel();
  await warm.close();

  const seedStarted = Date.now();
  const start = Date.UTC(2025, 0, 1);
  const messagesEach = (MESSAGES - LONG) / (CONVERSATIONS - 1);
  const seeded = await env.browser.countStored('messages');
  if (seeded < MESSAGES) {
    for (let first = 0; first < CONVERSATIONS - 1; first += 500) {
      await write(
        conversationBatch(first, Math.min(500, CONVERSATIONS - 1 - first), messagesEach, start),
      );
    }
    // One long conversation of 2,000 messages, the most recent.
    await write(conversationBatch(CONVERSATIONS - 1, 1, LONG, start));
  }
  const seedSeconds =
    seeded < MESSAGES
      ? `in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s`
      : '(reused profile)';

  const page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  await page.goto(`chrome-extension://${env.browser.extensionId}/sidepanel.html`);
  await page.waitForFunction(() => performance.getEntriesByName('sidechat:ready').length > 0);
  const readyMs = await page.evaluate(
    () => performance.getEntriesByName('sidechat:ready')[0]?.startTime ?? Number.NaN,
  );
  // Let the panel settle (it reopened the last conversation), then time the click in the page.
  await page.waitForTimeout(1000);
  const listMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const button = [...document.querySelectorAll('button')].find(
          (element) => element.textContent === 'Conversations',
        );
        const started = performance.now();
        const check = () => {
          if (document.querySelector('nav .history__open')) resolve(performance.now() - started);
          else requestAnimationFrame(check);
        };
        button?.click();
        check();
      }),
  );
  const nav = page.getByRole('navigation', { name: 'Conversations' });
  const listQueryMs = await lastMeasure(page, 'sidechat:list');

  const longTitle = await nav.locator('.history__open').first().textContent();
  const openStarted = Date.now();
  await nav.locator('.history__open').first().click();
  await page
    .locator(`[data-message-id="c${CONVERSATIONS - 1}-m${LONG - 1}"] [data-message-content]`)
    .waitFor();
  const openMs = Date.now() - openStarted;
  const snapshotMs = await lastMeasure(page, 'sidechat:open');

  const queries = [
    ...VOCAB.slice(0, 15),
    ...VOCAB.slice(1500, 1510),
    ...COMMON.slice(0, 5),
    'kalo mine',
    'tari so',
    ...VOCAB.slice(40, 45).map((word) => word.slice(0, 4)),
    '的',
    '中国',
    '发展',
    '经济',
    '时间',
    '学习',
    '问题',
    'zzzz nothing',
    '%',
    ...VOCAB.slice(2500, 2503),
  ].slice(0, 50);
  await page.getByRole('button', { name: 'Conversations' }).click();
  const box = nav.getByRole('searchbox', { name: 'Search conversations' });
  const counts: number[] = [];
  await page.evaluate(() => performance.clearMeasures('sidechat:search'));
  for (const query of queries) {
    await box.fill(query);
    await page.waitForFunction(
      (expected) => performance.getEntriesByName('sidechat:search').length >= expected,
      counts.length + 1,
    );
    counts.push(counts.length + 1);
  }
  const searchMs = await page.evaluate(() =>
    performance.getEntriesByName('sidechat:search').map((entry) => entry.duration),
  );
  const heap = await heapMb(page);

  console.log(
    [
      `\nHistory benchmark (Chromium): ${CONVERSATIONS.toLocaleString('en')} conversations, ${MESSAGES.toLocaleString('en')} messages (1 in 10 conversations Chinese), seeded ${seedSeconds}`,
      `  panel open → interactive: ${readyMs.toFixed(0)} ms; click Conversations → list shown: ${listMs.toFixed(0)} ms, of which the list query ${listQueryMs.toFixed(1)} ms (goal ≤ 300 ms in all)`,
      `  open a ${LONG.toLocaleString('en')}-message conversation ("${(longTitle ?? '').slice(0, 20)}…"): ${openMs} ms to its last message drawn, snapshot received after ${snapshotMs.toFixed(1)} ms (goal ≤ 200 ms)`,
      `  search over ${searchMs.length} queries: p50 ${percentile(searchMs, 50).toFixed(1)} ms, p95 ${percentile(searchMs, 95).toFixed(1)} ms, max ${Math.max(...searchMs).toFixed(1)} ms (goal p95 ≤ 100 ms)`,
      `  panel JS heap after these steps: ${heap} MB`,
    ].join('\n'),
  );
});
