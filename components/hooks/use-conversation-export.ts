import { t } from '@/utils/i18n/translate';
import type { ChatState } from '@/utils/panel/chat-state';
import type { TranscriptLabels } from '@/utils/transfer/transcript';
import { SUMMARIES } from '@/components/chat/PageSourceBlock';

/**
 * The writers load on first use: most sessions never copy or export a chat, and the panel's
 * first paint should not carry them. Loading takes milliseconds, well inside the click's
 * user activation that the clipboard asks for.
 */
const loadWriters = () =>
  Promise.all([
    import('@/utils/transfer/download'),
    import('@/utils/transfer/export'),
    import('@/utils/transfer/transcript'),
  ]);

/** The transcript's words, in the UI language of the moment. */
const labels = (): TranscriptLabels => ({
  user: t('roleUser'),
  assistant: t('roleAssistant'),
  system: t('roleSystem'),
  reasoning: t('reasoningLabel'),
  page: (page) => t(SUMMARIES[page.kind], { title: page.title || page.url }),
  image: (name) => t('imageAlt', { name }),
});

/** "Copy conversation" and "Export conversation" (JSON or Markdown) for the chat in view. */
export function useConversationExport(state: ChatState) {
  const exportConversation = async (format: 'json' | 'md'): Promise<void> => {
    const [{ downloadBlob }, exporter, { transcriptMarkdown }] = await loadWriters();
    const title = state.conversation?.title ?? '';
    if (format === 'md') {
      const markdown = transcriptMarkdown(title, state.messages, labels());
      downloadBlob(
        new Blob([markdown], { type: 'text/markdown' }),
        exporter.exportFileName(title, 'md'),
      );
      return;
    }
    const exported =
      state.conversationId && (await exporter.readConversationForExport(state.conversationId));
    if (exported) {
      downloadBlob(
        exporter.exportConversationFile(exported),
        exporter.exportFileName(title, 'json'),
      );
    }
  };

  const copyConversation = (): void => {
    loadWriters()
      .then(([, , { transcriptMarkdown }]) =>
        navigator.clipboard.writeText(
          transcriptMarkdown(state.conversation?.title ?? '', state.messages, labels()),
        ),
      )
      .catch((error: unknown) => console.warn('Sidechat: copy failed', error));
  };

  return { exportConversation, copyConversation };
}
