/**
 * English sentences about writing into the page, added the first time the panel writes
 * (components/hooks/use-page-writer.ts), so the panel's first bundle does not carry them.
 */
export const enWrite = {
  insertDone: 'Inserted into the page. Press Ctrl+Z there to take it back.',
  insertDoneNoUndo: 'Inserted into the page. This page does not let it be undone with Ctrl+Z.',
  insertNoTarget:
    'There is no text box focused on the page. Click where the text should go, then press Insert into page again, or copy it.',
  insertRefused: 'The page did not accept the text there. Copy it and paste it instead.',
  insertNeedsPermission:
    'Sidechat needs access to this site to write into it. Allow access, then try again.',
  insertRestricted:
    'Sidechat cannot write into this page (browser pages, the extension store and the PDF viewer are closed to extensions). Copy the text instead.',
  insertTabGone: 'That tab was closed or changed. Click in the text box again, then retry.',
};
