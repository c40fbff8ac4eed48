// Reading the page, as the panel asks for it: the answer, or a problem the panel can put in
// words (a lost connection reads as a tab that went away: try again).
import type { PageReadResult } from '@/utils/page/page-source';
import type { SelectionResult } from '@/utils/page/quote';
import type { WriteMode, WriteResult } from '@/utils/page/page-write';
import type { CaptureResult } from '@/utils/images/capture-result';
import type { PanelConnection } from './connection';

/** The selection of a tab ("Quote selection"). */
export function readSelectionThrough(
  connection: PanelConnection,
  tabId: number,
): Promise<SelectionResult> {
  return connection
    .request('readSelection', { tabId })
    .catch((): SelectionResult => ({ problem: 'tab_gone' }));
}

/** A tab's main content ("Use this page", the tab picker). */
export function readPageThrough(
  connection: PanelConnection,
  tabId: number,
): Promise<PageReadResult> {
  return connection
    .request('readPage', { tabId })
    .catch((): PageReadResult => ({ problem: 'tab_gone' }));
}

/** Writes into the focused editor of a tab's page ("Insert into page"), or probes it. */
export function writeToPageThrough(
  connection: PanelConnection,
  tabId: number,
  text: string,
  mode: WriteMode,
): Promise<WriteResult> {
  return connection
    .request('writeToPage', { tabId, text, mode })
    .catch((): WriteResult => ({ problem: 'tab_gone' }));
}

/** The visible area of a tab, as a PNG data URL ("Screenshot this tab"). */
export function captureTabThrough(
  connection: PanelConnection,
  tabId: number,
): Promise<CaptureResult> {
  return connection
    .request('captureTab', { tabId })
    .catch((): CaptureResult => ({ problem: 'tab_gone' }));
}

/** The page requests of one connection, as the session offers them (`session.page`). */
export function pageRequests(connection: PanelConnection) {
  return {
    /** The selection of a tab ("Quote selection", a prompt's {{selection}}). */
    readSelection: (tabId: number) => readSelectionThrough(connection, tabId),
    /** A tab's main content ("Use this page", the tab picker, {{page}}). */
    readPage: (tabId: number) => readPageThrough(connection, tabId),
    /** Writes into, or probes, the focused editor of a tab's page ("Insert into page"). */
    writeToPage: (tabId: number, text: string, mode: WriteMode) =>
      writeToPageThrough(connection, tabId, text, mode),
    /** The visible area of a tab ("Screenshot this tab"). */
    captureTab: (tabId: number) => captureTabThrough(connection, tabId),
  };
}

export type PageRequests = ReturnType<typeof pageRequests>;
