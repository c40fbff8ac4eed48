import { IconButton } from '@/components/ui/IconButton';
import { Menu } from '@/components/ui/Menu';
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
  onShowShortcuts(): void;
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
      <Menu
        class="toolbar__more"
        label={t('moreActions')}
        icon={MoreIcon}
        items={[
          { label: t('temporaryChat'), checked: temporary, onSelect: () => props.onNewChat(true) },
          ...(props.onRename
            ? [
                {
                  label: t('renameConversation'),
                  onSelect: () => setRenameRequest((count) => count + 1),
                },
              ]
            : []),
          {
            label: t('copyConversation'),
            disabled: !hasMessages,
            onSelect: props.onCopyConversation,
          },
          {
            label: t('exportConversation'),
            disabled: !hasMessages || temporary,
            onSelect: () => props.onExportConversation('json'),
          },
          {
            label: t('exportMarkdown'),
            disabled: !hasMessages,
            onSelect: () => props.onExportConversation('md'),
          },
          { label: t('shortcuts'), onSelect: props.onShowShortcuts },
        ]}
      />
      <IconButton
        label={t('settings')}
        icon={SettingsIcon}
        aria-pressed={view === 'settings'}
        onClick={() => props.onToggle('settings')}
      />
    </header>
  );
}
