import { useContext, useState } from 'preact/hooks';
import type { ChatMessage } from '@/utils/history/types';
import { InlineConfirm } from '@/components/ui/InlineConfirm';
import { t } from '@/utils/i18n/translate';
import { ChatActionsContext } from './chat-actions';
import { CopyButton } from './CopyButton';
import { VersionSwitcher } from './VersionSwitcher';

/** The buttons under a message: versions, copy, edit or regenerate, continue, feedback, delete. */
export function MessageActions({
  message,
  versions,
  onEdit,
}: {
  message: ChatMessage;
  versions: readonly string[] | undefined;
  onEdit(): void;
}) {
  const { session, streaming } = useContext(ChatActionsContext);
  const [confirming, setConfirming] = useState(false);
  const { id, role, status, feedback } = message;
  const assistant = role === 'assistant';
  if (confirming) {
    return (
      <InlineConfirm
        class="message__actions message__actions--confirm"
        question={t('confirmDeleteBranch')}
        confirmLabel={t('confirmDelete')}
        onConfirm={() => session?.deleteBranch(id)}
        onCancel={() => setConfirming(false)}
      />
    );
  }
  return (
    <div class="message__actions">
      {versions && versions.length > 1 && (
        <VersionSwitcher
          ids={versions}
          current={id}
          disabled={streaming}
          onSwitch={(target) => session?.switchVersion(target)}
        />
      )}
      {message.content !== '' && <CopyButton text={message.content} />}
      {role === 'user' && (
        <button type="button" class="message__action" disabled={streaming} onClick={onEdit}>
          {t('edit')}
        </button>
      )}
      {assistant && (
        <button
          type="button"
          class="message__action"
          disabled={streaming}
          onClick={() => session?.retry(id)}
        >
          {t('regenerate')}
        </button>
      )}
      {assistant && (status === 'stopped' || status === 'interrupted') && (
        <button
          type="button"
          class="message__action"
          disabled={streaming}
          onClick={() => session?.continueReply(id)}
        >
          {t('continueReply')}
        </button>
      )}
      {assistant && (
        <>
          {(['like', 'dislike'] as const).map((verdict) => (
            <button
              key={verdict}
              type="button"
              class="message__action"
              aria-pressed={feedback === verdict}
              // Pressing the active verdict again clears it.
              onClick={() => session?.setFeedback(id, feedback === verdict ? null : verdict)}
            >
              {t(verdict)}
            </button>
          ))}
        </>
      )}
      <button
        type="button"
        class="message__action"
        disabled={streaming}
        onClick={() => setConfirming(true)}
      >
        {t('deleteBranch')}
      </button>
    </div>
  );
}
