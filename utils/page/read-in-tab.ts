// Runs in each frame of the tab the user asked about (entrypoints/page-reader.ts): the
// frame's main content, a watch page's transcript, or word that the frame shows a PDF.
import { extractPage, DEFAULT_EXTRACT_LIMITS } from './page-extract';
import type { PageRead, PageProblem } from './page-source';
import {
  chooseTrack,
  json3Url,
  playerInfoOf,
  playerResponseIn,
  transcriptLines,
  type PlayerInfo,
} from './transcript';

/** What one frame answers. */
export type FrameReading =
  | { page: PageRead; top: boolean }
  | { pdf: true; top: boolean }
  | { problem: PageProblem; top: boolean };

/** The longest a caption request may take before the video is read without them. */
const CAPTIONS_TIMEOUT_MS = 8000;

/** The player response in the page's scripts; null when this is not a watch page. */
function pagePlayer(doc: Document): PlayerInfo | null {
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const text = script.textContent ?? '';
    if (!text.includes('ytInitialPlayerResponse')) continue;
    const info = playerInfoOf(playerResponseIn(text));
    if (info) return info;
  }
  return null;
}

/**
 * The player of the video the address names. A watch page changes videos without loading a
 * new document, and its scripts then still describe the first: the page is fetched anew.
 */
async function currentPlayer(doc: Document): Promise<PlayerInfo | null> {
  const info = pagePlayer(doc);
  const wanted = new URL(doc.URL).searchParams.get('v');
  if (!info || !wanted || info.videoId === wanted) return info;
  const response = await fetch(doc.URL, { credentials: 'include' });
  return playerInfoOf(playerResponseIn(await response.text())) ?? info;
}

async function readTranscript(doc: Document, info: PlayerInfo): Promise<FrameReading> {
  const track = chooseTrack(info.tracks, doc.documentElement.lang || navigator.language);
  if (!track) return { problem: 'no_captions', top: true };
  const response = await fetch(json3Url(track.baseUrl, doc.URL), {
    credentials: 'include',
    signal: AbortSignal.timeout(CAPTIONS_TIMEOUT_MS),
  });
  const text = response.ok ? transcriptLines(await response.text(), new DOMParser()) : null;
  if (!text) return { problem: 'no_captions', top: true };
  const limit = DEFAULT_EXTRACT_LIMITS.maxChars;
  return {
    page: {
      kind: 'video',
      title: info.title || doc.title,
      url: doc.URL,
      text: text.slice(0, limit),
      truncated: text.length > limit,
    },
    top: true,
  };
}

/** Reads this frame. Never throws: a failure is an answer too. */
export async function readThisFrame(doc: Document = document): Promise<FrameReading> {
  const top = window.top === window;
  if (doc.contentType === 'application/pdf') return { pdf: true, top };
  if (top) {
    const player = await currentPlayer(doc).catch(() => null);
    if (player) return readTranscript(doc, player).catch(() => ({ problem: 'no_captions', top }));
  }
  const read = extractPage(doc);
  if (!read.markdown.trim()) return { problem: 'no_text', top };
  return {
    page: {
      kind: 'page',
      title: read.title,
      url: read.url,
      text: read.markdown,
      truncated: read.truncated,
    },
    top,
  };
}
