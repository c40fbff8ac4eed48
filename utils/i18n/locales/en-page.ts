/** English strings of the page context: pages, tabs, PDFs and transcripts. */
export const enPage = {
  useThisPage: 'Use this page',
  shortcutUsePage: 'Use this page: Alt+P (⌥+P)',
  addTab: 'Add a tab',
  tabsListLabel: 'Tabs',
  noOtherTabs: 'No other tabs to add in this window.',
  removePage: 'Remove page',
  showPageText: 'Show the text that will be sent',
  hidePageText: 'Hide the text',
  pageCaption: 'Page · {title} · {host} · ≈{tokens} tokens',
  pdfCaption: 'PDF · {title} · {host} · ≈{tokens} tokens',
  videoCaption: 'Transcript · {title} · {host} · ≈{tokens} tokens',
  readingPage: 'Reading {title}…',
  pageCut:
    'Only {kept} of ≈{total} tokens ({percent}%) of “{title}” fit in what is left of the model’s context window: the rest is left out.',
  pageReaderCut: '“{title}” is very long: only its first {chars} characters were read.',
  pageNeverRead:
    'This site is on your “Never read these sites” list, so Sidechat did not read it. Remove it from the list in Settings to use the page.',
  pageNoText: 'This page has no text to read. If it is still loading, wait and try again.',
  pageTimedOut:
    'This page took too long to read and was left out. Select the part you need and use Quote selection instead.',
  pageRestricted:
    'The browser does not let extensions read this page (browser pages, the extension store). Copy the text and paste it instead.',
  pageNeedsPermission:
    'To read this site, Sidechat needs your permission. It reads a page only when you ask it to.',
  pageFileAccess:
    'To read local files, turn on “Allow access to file URLs” for Sidechat on the browser’s extensions page.',
  pageTabGone: 'That tab was closed. Choose another tab and try again.',
  pageNoTab: 'There is no page to read in this window.',
  pageAlready: 'This page is already attached.',
  pageTooMany: 'A message can carry up to {count} pages. Remove one to add another.',
  pdfNoText:
    'This PDF has no text to read: it seems to be scanned images. Sidechat cannot read text from images yet.',
  pdfUnreadable:
    'This PDF could not be read (it may be damaged or protected). Open it in the browser to check, or copy its text.',
  pdfLogin:
    'This PDF is behind a login Sidechat cannot use. Download it, open the file in the browser, and try again.',
  pdfTooLong: 'This PDF has {pages} pages; the first {read} were read.',
  noCaptions: 'This video has no captions, so there is no transcript to read.',
  thisSiteOnly: 'Only chats about this site',
  noSiteChats:
    'No chats about this site yet. Use this page or quote it, and the chat is listed here.',
  continuePageChat: 'You talked about this page in “{title}”.',
  continueChat: 'Continue that chat',
  menuAskPage: 'Ask about this page',
  pagesTitle: 'Reading pages',
  neverReadSites: 'Never read these sites',
  neverReadSitesHint:
    'One site per line (subdomains included). Sidechat will not read their pages, even when you ask.',
  pageSourceSummary: 'Page: {title}',
  pdfSourceSummary: 'PDF: {title}',
  videoSourceSummary: 'Transcript: {title}',
  pageSourceCut: 'Cut to fit: part of it was not sent.',
  insertIntoPage: 'Insert into page',
  replaceSelection: 'Replace selection',
  copyInstead: 'Copy',
};
