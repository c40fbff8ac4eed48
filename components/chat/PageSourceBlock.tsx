import { useState } from 'preact/hooks';
import { httpHost } from '@/utils/markdown/escape';
import { t } from '@/utils/i18n/translate';
import type { MessageKey } from '@/utils/i18n/locales/en';
import type { PageKind, PageSource } from '@/utils/page/page-source';

/** The folded line of a page sent with a message, by kind (also the Markdown export's). */
export const SUMMARIES: Record<PageKind, MessageKey> = {
  page: 'pageSourceSummary',
  pdf: 'pdfSourceSummary',
  video: 'videoSourceSummary',
};

/** A page sent with a message, folded: its title linking to it, and the text that was sent. */
export function PageSourceBlock({ page }: { page: PageSource }) {
  const host = httpHost(page.url);
  const title = page.title || host || page.url;
  // A page can be long: its text joins the document only while the block is open.
  const [open, setOpen] = useState(false);
  return (
    <details
      class="message__page"
      data-page-source={page.kind}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <span>{t(SUMMARIES[page.kind], { title })}</span>
        <span class="message__page-tokens">≈{page.tokens.toLocaleString()}</span>
      </summary>
      {host && (
        <a href={page.url} target="_blank" rel="noopener noreferrer" title={page.url}>
          {page.url}
        </a>
      )}
      {page.truncated && <p class="message__page-note">{t('pageSourceCut')}</p>}
      {open && <pre dir="auto">{page.text}</pre>}
    </details>
  );
}
