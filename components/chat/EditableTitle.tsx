import { useEffect, useState } from 'preact/hooks';
import { t } from '@/utils/i18n/translate';

/**
 * The conversation's title in the header; a click on it (or "Rename" in the ⋯ menu, for the
 * keyboard) edits it in place: Enter or leaving the field saves, Escape cancels. The title
 * stays a heading, not a button: a conversation named "Stop the bus" must not become a
 * second "Stop" button. Without a saved conversation it is plain text.
 */
export function EditableTitle({
  title,
  onRename,
  editRequest = 0,
}: {
  title: string;
  /** Absent when there is nothing to rename (a new or temporary chat). */
  onRename?: (title: string) => void;
  /** Bumped to start editing (the ⋯ menu's Rename). */
  editRequest?: number;
}) {
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(title);
  useEffect(() => {
    if (editRequest > 0 && onRename) {
      setText(title);
      setEditing(true);
    }
  }, [editRequest]);
  const shown = title || t('extName');
  if (!onRename) {
    return (
      <h1 class="toolbar__title" title={shown}>
        {shown}
      </h1>
    );
  }
  const commit = (): void => {
    setEditing(false);
    if (text.trim() && text !== title) onRename(text);
  };
  if (editing) {
    return (
      <input
        class="toolbar__title toolbar__title-input"
        aria-label={t('renameTitle')}
        value={text}
        maxLength={10_000}
        onInput={(event) => setText(event.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
          if (event.key === 'Escape') setEditing(false);
        }}
        // eslint-disable-next-line jsx-a11y/no-autofocus -- the user just asked to edit
        autoFocus
      />
    );
  }
  return (
    // The pointer's shortcut; the keyboard's way is Rename in the ⋯ menu.
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <h1
      class="toolbar__title toolbar__title--editable"
      title={t('renameHint', { title: shown })}
      onClick={() => {
        setText(title);
        setEditing(true);
      }}
    >
      {shown}
    </h1>
  );
}
