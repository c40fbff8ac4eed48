// "Screenshot this tab": what the background answers, shared by the panel and the protocol.
import { dataUrlType } from './image-upload';
import { isShape } from '@/utils/protocol/shape';

/** Why a tab's visible area could not be captured. */
export const CAPTURE_PROBLEMS = [
  /** Browser pages, the extension store, other extensions: the browser refuses. */
  'page_restricted',
  /** The browser needs the user's permission first (asked for in the click). */
  'needs_permission',
  /** The tab closed, or is not the one showing in its window. */
  'tab_gone',
] as const;
export type CaptureProblem = (typeof CAPTURE_PROBLEMS)[number];

/** The capture as a PNG data URL, or why there is none. */
export type CaptureResult = { dataUrl: string; title: string } | { problem: CaptureProblem };

/** Checks an answer received from elsewhere; null if it is not one. */
export function parseCaptureResult(raw: unknown): CaptureResult | null {
  if (!isShape(raw)) return null;
  if (typeof raw.dataUrl === 'string' && typeof raw.title === 'string')
    return dataUrlType(raw.dataUrl) ? { dataUrl: raw.dataUrl, title: raw.title } : null;
  const problem = CAPTURE_PROBLEMS.find((known) => known === raw.problem);
  return problem ? { problem } : null;
}
