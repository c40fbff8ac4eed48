// A stored conversation as a history file holds it: used to write files (panel) and to tell
// whether an imported conversation is already here (background).
import type { ChatMessage, Conversation } from '@/utils/history/types';
import type { ExportedConversation } from './format';
import type { ImageType as ExportedImageType } from '@/utils/images/image-upload';

/** A conversation as written to a history file: fixed field order, all branches, no secrets. */
export function toExported(
  conversation: Conversation,
  messages: readonly ChatMessage[],
  /** The images' bytes as data URLs by id; an image not in it is named without its bytes. */
  imageUrls: ReadonlyMap<string, string> = new Map(),
): ExportedConversation {
  const ordered = messages.toSorted(
    (a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id),
  );
  return {
    id: conversation.id,
    title: conversation.title,
    createdAt: conversation.createdAt,
    updatedAt: conversation.updatedAt,
    systemPrompt: conversation.systemPrompt,
    model: conversation.model,
    currentLeafId: conversation.currentLeafId,
    pinned: Boolean(conversation.pinnedAt),
    ...(conversation.options && { options: conversation.options }),
    messages: ordered.map((message) => ({
      id: message.id,
      parentId: message.parentId,
      role: message.role,
      content: message.content,
      reasoning: message.reasoning,
      quote: message.quote ?? null,
      ...(message.pages?.length && { pages: message.pages }),
      ...(message.attachments?.length && {
        attachments: message.attachments.map((image) => {
          const dataUrl = imageUrls.get(image.id);
          return { ...image, type: image.type as ExportedImageType, ...(dataUrl && { dataUrl }) };
        }),
      }),
      // A reply still streaming while exporting is saved as what it is then: interrupted.
      status:
        message.status === 'streaming' || message.status === 'pending'
          ? 'interrupted'
          : message.status,
      feedback: message.feedback ?? null,
      model: message.model,
      usage: message.usage,
      error: message.error,
      thinkingMs: message.thinkingMs ?? null,
      createdAt: message.createdAt,
      updatedAt: message.updatedAt,
    })),
  };
}
