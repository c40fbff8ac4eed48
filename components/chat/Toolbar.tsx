import { IconButton } from '@/components/ui/IconButton';
import { ConversationsIcon, MoreIcon, NewChatIcon, SettingsIcon } from '@/components/ui/icons';
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
      <h1 class="toolbar__title" title={props.title || t('extName')}>
        {props.title || t('extName')}
      </h1>
      <IconButton
        label={t('conversations')}
        icon={ConversationsIcon}
        aria-pressed={view === 'history'}
        onClick={() => props.onToggle('history')}
      />
      <IconButton label={t('newChat')} icon={NewChatIcon} onClick={() => props.onNewChat(false)} />
      <details class="toolbar__more">
        <summary
          class="icon-button icon-button--quiet icon-button--medium"
          aria-label={t('moreActions')}
          data-tooltip={t('moreActions')}
        >
          <MoreIcon size={18} aria-hidden="true" />
        </summary>
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
      <IconButton
        label={t('settings')}
        icon={SettingsIcon}
        aria-pressed={view === 'settings'}
        onClick={() => props.onToggle('settings')}
      />
    </header>
  );
}
