// A PDF's text with its page numbers, read by pdf.js. The browsers' PDF viewers cannot be
// scripted, so the panel fetches the file by its address (with the user's access to the
// site) and reads it here. The reader is bounded in characters, pages and time.
import type { PageProblem, PageRead } from './page-source';

/** The parts of pdf.js this module uses (the browser build in the panel, the legacy in Node). */
export interface PdfJs {
  getDocument(source: { data: Uint8Array; isEvalSupported?: boolean }): {
    promise: Promise<PdfDocument>;
    destroy(): Promise<void>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage(number: number): Promise<{
    getTextContent(): Promise<{ items: readonly (TextPiece | object)[] }>;
    cleanup(): void;
  }>;
  destroy(): Promise<void>;
}
interface TextPiece {
  str: string;
  hasEOL: boolean;
}

export interface PdfLimits {
  maxChars: number;
  maxPages: number;
  /** Reading stops after this long, keeping the pages read so far. */
  maxMs: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxChars: 400_000, maxPages: 1000, maxMs: 10_000 };

/** The text read, with how much of the file it covers. */
export interface PdfText {
  text: string;
  pagesRead: number;
  pageCount: number;
  truncated: boolean;
}

const isTextPiece = (item: object): item is TextPiece => 'str' in item;

/** One page's text: pdf.js's pieces joined, line ends where the file has them. */
function pageText(items: readonly (TextPiece | object)[]): string {
  let text = '';
  for (const item of items) {
    if (!isTextPiece(item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Reads a PDF's text, page by page, marked "— Page N —"; throws on a file pdf.js refuses. */
export async function pdfText(
  pdfjs: PdfJs,
  data: Uint8Array,
  limits: PdfLimits = DEFAULT_PDF_LIMITS,
  now: () => number = () => performance.now(),
): Promise<PdfText> {
  const task = pdfjs.getDocument({ data, isEvalSupported: false });
  const started = now();
  try {
    const doc = await task.promise;
    const parts: string[] = [];
    let length = 0;
    let pagesRead = 0;
    const last = Math.min(doc.numPages, limits.maxPages);
    for (let number = 1; number <= last; number++) {
      if (length >= limits.maxChars || now() - started > limits.maxMs) break;
      const page = await doc.getPage(number);
      const text = pageText((await page.getTextContent()).items);
      page.cleanup();
      pagesRead = number;
      if (!text) continue;
      const part = `— Page ${number} —\n${text}`;
      parts.push(part);
      length += part.length + 2;
    }
    const joined = parts.join('\n\n');
    const cut = joined.length > limits.maxChars;
    return {
      text: cut ? joined.slice(0, limits.maxChars) : joined,
      pagesRead,
      pageCount: doc.numPages,
      truncated: cut || pagesRead < doc.numPages,
    };
  } finally {
    await task.destroy();
  }
}

/** Largest PDF fetched (bytes): bigger files are refused with a sentence, not read. */
const MAX_PDF_BYTES = 100 * 1024 * 1024;

/** What reading a PDF by its address gave. */
export type PdfReadResult =
  { page: PageRead; pagesRead: number; pageCount: number } | { problem: PageProblem };

async function fetchPdf(url: string): Promise<Uint8Array | PageProblem> {
  let response: Response;
  try {
    // A server that never finishes sending is given up on, not waited for.
    response = await fetch(url, { credentials: 'include', signal: AbortSignal.timeout(60_000) });
  } catch (error) {
    if (url.startsWith('file:')) return 'file_access';
    return error instanceof DOMException && error.name === 'TimeoutError'
      ? 'timed_out'
      : 'pdf_unreadable';
  }
  if (response.status === 401 || response.status === 403) return 'pdf_login';
  if (!response.ok) return 'pdf_unreadable';
  if (Number(response.headers.get('content-length')) > MAX_PDF_BYTES) return 'pdf_unreadable';
  const data = new Uint8Array(await response.arrayBuffer());
  if (data.byteLength > MAX_PDF_BYTES) return 'pdf_unreadable';
  // "%PDF-" near the start; a login page sent instead of the file is HTML.
  const head = new TextDecoder().decode(data.subarray(0, 1024));
  if (!head.includes('%PDF-')) return response.redirected ? 'pdf_login' : 'page_restricted';
  return data;
}

/**
 * Fetches and reads a PDF in the panel; pdf.js (about 1.6 MB with its worker) is loaded only
 * now, the first time a PDF is read.
 */
export async function readPdfFrom(url: string, title: string): Promise<PdfReadResult> {
  const data = await fetchPdf(url);
  if (typeof data === 'string') return { problem: data };
  const [pdfjs, worker] = await Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  let read: PdfText;
  try {
    read = await pdfText(pdfjs, data);
  } catch {
    return { problem: 'pdf_unreadable' };
  }
  if (!read.text.trim()) return { problem: 'pdf_no_text' };
  const name = decodeURIComponent(new URL(url).pathname.split('/').at(-1) ?? '');
  return {
    page: { kind: 'pdf', title: title || name, url, text: read.text, truncated: read.truncated },
    pagesRead: read.pagesRead,
    pageCount: read.pageCount,
  };
}
