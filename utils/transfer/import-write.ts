import { getDB } from '@/utils/history/db';
import type { ExportedConversation } from './format';
import { toExported } from './exported';
import { isTemporary, type ChatMessage, type Conversation } from '@/utils/history/types';
import { pageUrlsOf, withPageLinks } from '@/utils/history/page-links';
import type { StoredImage } from '@/utils/history/stored-image';
import { dataUrlBytes } from '@/utils/images/image-upload';
import { pendingMark } from '@/utils/history/sync-marks';

/** What an import did. */
export interface ImportReport {
  conversations: number;
  messages: number;
  /** Conversations already here, byte for byte. */
  skipped: number;
  /** Conversations whose id existed with other content: imported as copies with new ids. */
  copies: number;
}

/** A conversation of a history file as the stores hold it. */
export function toStored(conversation: ExportedConversation): {
  conversation: Conversation;
  messages: ChatMessage[];
  images: StoredImage[];
} {
  const { messages, pinned, ...rest } = conversation;
  // The bytes go to the images store; the message keeps what the image was.
  const images = messages.flatMap((message) =>
    (message.attachments ?? []).flatMap((image) =>
      image.dataUrl
        ? [
            {
              id: image.id,
              conversationId: conversation.id,
              messageId: message.id,
              blob: new Blob([dataUrlBytes(image.dataUrl)], { type: image.type }),
            },
          ]
        : [],
    ),
  );
  return {
    images,
    // Which pages it was about is not in the file: it is read again from its messages.
    conversation: withPageLinks(
      { ...rest, pinnedAt: pinned ? conversation.updatedAt : 0 },
      messages.flatMap((message) => pageUrlsOf({ ...message, pages: message.pages ?? null })),
    ),
    messages: messages.map(({ attachments, ...message }) => ({
      ...message,
      conversationId: conversation.id,
      ...(attachments?.length && {
        attachments: attachments.map(({ dataUrl: _bytes, ...image }) => image),
      }),
    })),
  };
}

/** A conversation as compared with a stored one: the images' bytes are not stored inline. */
function withoutImageBytes(conversation: ExportedConversation): ExportedConversation {
  return {
    ...conversation,
    messages: conversation.messages.map((message) =>
      message.attachments
        ? {
            ...message,
            attachments: message.attachments.map(({ dataUrl: _bytes, ...image }) => image),
          }
        : message,
    ),
  };
}

/** The same conversation under new ids (conversation and messages), links kept. */
function withNewIds(conversation: ExportedConversation, newId: () => string): ExportedConversation {
  const ids = new Map(conversation.messages.map((message) => [message.id, newId()]));
  const mapped = (id: string | null) => (id === null ? null : (ids.get(id) ?? null));
  return {
    ...conversation,
    id: newId(),
    currentLeafId: mapped(conversation.currentLeafId),
    messages: conversation.messages.map((message) => ({
      ...message,
      id: ids.get(message.id) ?? newId(),
      parentId: mapped(message.parentId),
      // Image ids are keys of the images store too: a copy's images are its own.
      ...(message.attachments && {
        attachments: message.attachments.map((image) => ({ ...image, id: newId() })),
      }),
    })),
  };
}

/**
 * Writes validated conversations in one IndexedDB transaction (all or nothing). Nothing is
 * overwritten: an identical conversation is skipped, a different one with a taken id (or
 * taken message ids) comes in as a copy with new ids. Their search rows are written after,
 * by indexBacklog (utils/history/search-backlog.ts): each written conversation is queued.
 */
export async function writeImport(
  conversations: readonly ExportedConversation[],
  newId: () => string = () => crypto.randomUUID(),
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<ImportReport> {
  const db = await getDB();
  const tx = db.transaction(
    ['conversations', 'messages', 'images', 'unindexed', 'syncPending'],
    'readwrite',
  );
  const stores = {
    conversations: tx.objectStore('conversations'),
    messages: tx.objectStore('messages'),
    images: tx.objectStore('images'),
    unindexed: tx.objectStore('unindexed'),
    syncPending: tx.objectStore('syncPending'),
  };
  const report: ImportReport = { conversations: 0, messages: 0, skipped: 0, copies: 0 };
  // The ids already taken, read once: asking per message was 100,000 requests for a large
  // file, a third of its import time.
  const [messageIds, imageIds] = await Promise.all([
    stores.messages.getAllKeys().then((keys) => new Set(keys)),
    stores.images.getAllKeys().then((keys) => new Set(keys)),
  ]);
  /** The conversation to write (as it is, or as a copy), or null when it is here already. */
  const resolveIds = async (
    incoming: ExportedConversation,
  ): Promise<ExportedConversation | null> => {
    // The Temporary chat namespace is never stored: such an id would route to memory.
    if (isTemporary(incoming.id)) return withNewIds(incoming, newId);
    const existing = await stores.conversations.get(incoming.id);
    if (existing) {
      const stored = await stores.messages.index('by-conversation').getAll(incoming.id);
      const here = JSON.stringify(toExported(existing, stored));
      if (here === JSON.stringify(withoutImageBytes(incoming))) {
        report.skipped += 1;
        return null;
      }
      report.copies += 1;
      return withNewIds(incoming, newId);
    }
    const taken = incoming.messages.some(
      (message) =>
        messageIds.has(message.id) ||
        (message.attachments ?? []).some((image) => imageIds.has(image.id)),
    );
    if (!taken) return incoming;
    report.copies += 1;
    return withNewIds(incoming, newId);
  };
  const writes: Promise<unknown>[] = [];
  try {
    for (const [index, incoming] of conversations.entries()) {
      const target = await resolveIds(incoming);
      if (!target) continue;
      const { conversation, messages, images } = toStored(target);
      for (const image of images) {
        writes.push(stores.images.put(image));
        imageIds.add(image.id);
      }
      writes.push(
        stores.conversations.put(conversation),
        stores.unindexed.put({ conversationId: conversation.id }),
        stores.syncPending.put(pendingMark(conversation.id)),
      );
      // Taken from here on: a later conversation of the same file may reuse them (ChatGPT's do).
      for (const message of messages) {
        writes.push(stores.messages.put(message));
        messageIds.add(message.id);
      }
      report.conversations += 1;
      report.messages += messages.length;
      if (index % 100 === 0) onProgress(index, conversations.length);
    }
    onProgress(conversations.length, conversations.length);
    await Promise.all([...writes, tx.done]);
  } catch (error) {
    // All or nothing: a failure anywhere undoes every write of this import.
    try {
      tx.abort();
    } catch {
      // Already aborted by the failed request itself.
    }
    await Promise.allSettled([...writes, tx.done]);
    throw error;
  }
  return report;
}
