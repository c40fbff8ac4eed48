// The background's side of reading a tab: refuses what the user excluded, tells PDFs apart
// (the browsers' viewers cannot be scripted: the panel fetches and reads them), injects the
// reader into every frame it may, and joins the frames' answers.
import { browser, type Browser } from 'wxt/browser';
import { PAGE_READ_LIMITS } from '@/utils/limits';
import { hostOf, type PageRead, type PageReadResult } from './page-source';
import type { FrameReading } from './read-in-tab';
import { classify } from './selection';
import { isNeverRead } from './site-list';

/** Frames with less text than this are widgets (ads, buttons, counters), not content. */
const FRAME_MIN_CHARS = 500;
/** Reading never takes longer than this; a page that does is reported, not waited for. */
const READ_TIMEOUT_MS = 15_000;

/** Store pages refuse scripts on purpose; they are never mistaken for a PDF viewer. */
const STORE_HOSTS =
  /^(chromewebstore\.google\.com|chrome\.google\.com|addons\.mozilla\.org|microsoftedge\.microsoft\.com)$/;

/** A URL that names a PDF by its path (the common case; others are found by their type). */
export function looksLikePdf(url: string): boolean {
  try {
    return /\.pdf$/i.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/** The frames' answers as one page: the top frame's, then the text of same-tab frames. */
export function joinFrames(readings: readonly FrameReading[], tabTitle: string): PageReadResult {
  const top = readings.find((reading) => reading.top);
  if (!top) return { problem: 'page_restricted' };
  if ('pdf' in top) return { problem: 'pdf_unreadable' };
  const frames = readings.filter(
    (reading): reading is { page: PageRead; top: boolean } =>
      !reading.top && 'page' in reading && reading.page.text.length >= FRAME_MIN_CHARS,
  );
  if ('problem' in top && frames.length === 0) return { problem: top.problem };
  const base: PageRead =
    'page' in top
      ? top.page
      : { kind: 'page', title: tabTitle, url: '', text: '', truncated: false };
  if (base.kind !== 'page' || frames.length === 0) return { page: base };
  const limit = PAGE_READ_LIMITS.maxChars;
  let text = base.text;
  let truncated = base.truncated;
  for (const { page } of frames) {
    const section = `\n\n---\n\nFrame: ${page.title || page.url}\n\n${page.text}`;
    if (text.length + section.length > limit) {
      truncated = true;
      break;
    }
    text += section;
    truncated ||= page.truncated;
  }
  return { page: { ...base, text: text.trim(), truncated } };
}

async function injectReader(tabId: number): Promise<FrameReading[]> {
  const results = await browser.scripting.executeScript({
    target: { tabId, allFrames: true },
    files: ['/page-reader.js'],
  });
  return results
    .map((result) => result.result as FrameReading | undefined)
    .filter((reading): reading is FrameReading => typeof reading === 'object' && reading !== null);
}

/** Reads a tab for the panel; every way it can fail is an answer, never a throw or a hang. */
export async function readTab(
  tabId: number,
  neverRead: readonly string[],
): Promise<PageReadResult> {
  let tab: Browser.tabs.Tab;
  try {
    tab = await browser.tabs.get(tabId);
  } catch {
    return { problem: 'tab_gone' };
  }
  const url = tab.url ?? '';
  const title = tab.title ?? '';
  if (url && isNeverRead(url, neverRead)) return { problem: 'never_read' };
  if (/^https?:|^file:/i.test(url) && looksLikePdf(url)) return { pdf: { url, title } };
  let readings: FrameReading[] | 'timed_out';
  try {
    readings = await Promise.race([
      injectReader(tabId),
      new Promise<'timed_out'>((resolve) =>
        setTimeout(() => resolve('timed_out'), READ_TIMEOUT_MS),
      ),
    ]);
  } catch (error) {
    const problem = classify(error);
    if (problem === 'empty_selection') return { problem: 'no_text' };
    // Firefox's PDF viewer refuses scripts like a browser page does; a web address that is
    // not a store is a PDF candidate the panel checks by its bytes.
    if (problem === 'page_restricted' && /^https?:/i.test(url) && !STORE_HOSTS.test(hostOf(url))) {
      return { pdf: { url, title } };
    }
    return { problem };
  }
  if (readings === 'timed_out') return { problem: 'timed_out' };
  const top = readings.find((reading) => reading.top);
  if (top && 'pdf' in top && /^https?:|^file:/i.test(url)) return { pdf: { url, title } };
  // A page may re-read itself from its own code: never from a listed site, whatever it says.
  const joined = joinFrames(readings, title);
  if ('page' in joined && isNeverRead(joined.page.url, neverRead)) return { problem: 'never_read' };
  return joined;
}
