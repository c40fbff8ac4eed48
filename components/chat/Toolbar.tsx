import { IconButton } from '@/components/ui/IconButton';
import { ConversationsIcon, MoreIcon, NewChatIcon, SettingsIcon } from '@/components/ui/icons';
import { useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';
import { EditableTitle } from './EditableTitle';

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
  /** Renames the conversation in view; absent when there is none to rename. */
  onRename?: (title: string) => void;
}

/** The panel's header: the conversation's title, the views, and the ⋯ menu. */
export function Toolbar(props: ToolbarProps) {
  const { view, temporary, hasMessages } = props;
  const [renameRequest, setRenameRequest] = useState(0);
  return (
    <header class="toolbar">
      <EditableTitle title={props.title} onRename={props.onRename} editRequest={renameRequest} />
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
          {props.onRename && (
            <button
              type="button"
              class="button"
              onClick={(event) => {
                event.currentTarget.closest('details')?.removeAttribute('open');
                setRenameRequest((count) => count + 1);
              }}
            >
              {t('renameConversation')}
            </button>
          )}
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
