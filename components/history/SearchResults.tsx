import type { SearchResult } from '@/utils/history/queries';
import { t } from '@/utils/i18n/translate';

/** Search hits, each with its conversation's title and the matching text marked. */
export function SearchResults({
  query,
  results,
  backlog = 0,
  onOpen,
}: {
  query: string;
  results: SearchResult[] | null;
  /** Conversations not indexed yet: said, so a missing hit is not taken for absent. */
  backlog?: number;
  onOpen(result: SearchResult): void;
}) {
  if (results === null) return null;
  const indexing = backlog > 0 && (
    <p class="history__indexing" role="status" data-search-indexing={backlog}>
      {t('searchIndexing', { count: backlog.toLocaleString() })}
    </p>
  );
  if (results.length === 0)
    return (
      <>
        {indexing}
        <p class="history__empty">{t('noResults', { query })}</p>
      </>
    );
  return (
    <>
      {indexing}
      <ul class="history__list" aria-label={t('searchConversations')}>
        {results.map((result) => (
          <li key={`${result.conversationId}:${result.messageId ?? 'title'}`}>
            <button type="button" class="history__result" onClick={() => onOpen(result)}>
              <span class="history__result-title">{result.title || t('untitled')}</span>
              <span class="history__snippet" dir="auto">
                {result.snippet.parts.map((part, index) =>
                  part.match ? <mark key={index}>{part.text}</mark> : part.text,
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
