import { t } from '@/utils/i18n/translate';
import type { ChatState } from '@/utils/panel/chat-state';
import { downloadBlob } from '@/utils/transfer/download';
import {
  exportConversationFile,
  exportFileName,
  readConversationForExport,
} from '@/utils/transfer/export';
import { transcriptMarkdown } from '@/utils/transfer/transcript';
import { SUMMARIES } from '@/components/chat/PageSourceBlock';

/** "Copy conversation" and "Export conversation" (JSON or Markdown) for the chat in view. */
export function useConversationExport(state: ChatState) {
  const transcript = (): string =>
    transcriptMarkdown(state.conversation?.title ?? '', state.messages, {
      user: t('roleUser'),
      assistant: t('roleAssistant'),
      system: t('roleSystem'),
      reasoning: t('reasoningLabel'),
      page: (page) => t(SUMMARIES[page.kind], { title: page.title || page.url }),
      image: (name) => t('imageAlt', { name }),
    });

  const exportConversation = async (format: 'json' | 'md'): Promise<void> => {
    const title = state.conversation?.title ?? '';
    if (format === 'md') {
      downloadBlob(
        new Blob([transcript()], { type: 'text/markdown' }),
        exportFileName(title, 'md'),
      );
      return;
    }
    const exported =
      state.conversationId && (await readConversationForExport(state.conversationId));
    if (exported) downloadBlob(exportConversationFile(exported), exportFileName(title, 'json'));
  };

  const copyConversation = (): void => {
    navigator.clipboard
      .writeText(transcript())
      .catch((error: unknown) => console.warn('Sidechat: copy failed', error));
  };

  return { exportConversation, copyConversation };
}
