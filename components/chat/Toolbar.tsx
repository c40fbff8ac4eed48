import { t } from '@/utils/i18n/translate';

/** What the toolbar shows and does. */
export interface ToolbarProps {
  title: string;
  view: 'chat' | 'settings' | 'history';
  temporary: boolean;
  /** The chat in view has messages (copy and export need some). */
  hasMessages: boolean;
  onToggle(view: 'settings' | 'history'): void;
  onNewChat(temporary: boolean): void;
  onCopyConversation(): void;
  onExportConversation(format: 'json' | 'md'): void;
}

/** The panel's header: the conversation's title, the views, and the ⋯ menu. */
export function Toolbar(props: ToolbarProps) {
  const { view, temporary, hasMessages } = props;
  return (
    <header class="toolbar">
      <h1 class="toolbar__title">{props.title || t('extName')}</h1>
      <button
        type="button"
        class="button"
        aria-pressed={view === 'history'}
        onClick={() => props.onToggle('history')}
      >
        {t('conversations')}
      </button>
      <button type="button" class="button" onClick={() => props.onNewChat(false)}>
        {t('newChat')}
      </button>
      <details class="toolbar__more">
        <summary class="button">⋯</summary>
        <div class="toolbar__menu">
          <button
            type="button"
            class="button"
            aria-pressed={temporary}
            onClick={() => props.onNewChat(true)}
          >
            {t('temporaryChat')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!hasMessages}
            onClick={props.onCopyConversation}
          >
            {t('copyConversation')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!hasMessages || temporary}
            onClick={() => props.onExportConversation('json')}
          >
            {t('exportConversation')}
          </button>
          <button
            type="button"
            class="button"
            disabled={!hasMessages}
            onClick={() => props.onExportConversation('md')}
          >
            {t('exportMarkdown')}
          </button>
        </div>
      </details>
      <button
        type="button"
        class="button"
        aria-pressed={view === 'settings'}
        onClick={() => props.onToggle('settings')}
      >
        {t('settings')}
      </button>
    </header>
  );
}
