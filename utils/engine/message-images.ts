// The images of a turn: the uploads a send carries, turned into stored Blobs and the
// message's attachment list; and, for a reply, the path's images back as data URLs.
import type { HistoryStore } from '@/utils/history/store';
import type { StoredImage } from '@/utils/history/stored-image';
import type { ChatMessage, ImageAttachment } from '@/utils/history/types';
import {
  attachmentOf,
  blobToDataUrl,
  dataUrlBytes,
  type ImageUpload,
} from '@/utils/images/image-upload';

/** What a user message stores of its uploads: the Blobs, and the list on the record. */
export function imagesForMessage(
  uploads: readonly ImageUpload[],
  message: Pick<ChatMessage, 'id' | 'conversationId'>,
): { images: StoredImage[]; attachments: ImageAttachment[] } {
  const images = uploads.map((upload) => ({
    id: upload.id,
    conversationId: message.conversationId,
    messageId: message.id,
    blob: new Blob([dataUrlBytes(upload.dataUrl)], { type: upload.type }),
  }));
  const attachments = uploads.map((upload, index) =>
    attachmentOf(upload, images[index]?.blob.size ?? 0),
  );
  return { images, attachments };
}

/** True when any of these ids is stored already: a fresh id never is, a replayed one is. */
export async function anyStored(store: HistoryStore, ids: readonly string[]): Promise<boolean> {
  return ids.length > 0 && (await store.getImages(ids)).length > 0;
}

/** The images a path's messages carry, as data URLs by attachment id (what models read). */
export async function imageUrlsOf(
  store: HistoryStore,
  path: readonly ChatMessage[],
): Promise<Map<string, string>> {
  const ids = path.flatMap((message) => message.attachments?.map((image) => image.id) ?? []);
  if (ids.length === 0) return new Map();
  const images = await store.getImages(ids);
  const urls = await Promise.all(images.map((image) => blobToDataUrl(image.blob)));
  return new Map(images.map((image, index) => [image.id, urls[index] ?? '']));
}
