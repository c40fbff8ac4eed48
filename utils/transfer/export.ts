import type { IDBPTransaction } from 'idb';
import { getDB, type SidechatDB } from '@/utils/history/db';
import type { ChatMessage } from '@/utils/history/types';
import { blobToDataUrl } from '@/utils/images/image-upload';
import { redactSecrets, secretsOf } from '@/utils/providers/redact';
import { loadSettings } from '@/utils/settings/storage';
import type { ExportedConversation } from './format';
import { toExported } from './exported';
import { EXPORT_FORMAT, EXPORT_VERSION } from './version';

/** The opening of a history file, up to the conversations array. */
function header(exportedAt: Date): string {
  return `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":"${exportedAt.toISOString()}","conversations":[`;
}

/** Conversations read per step while exporting everything. */
const PAGE = 200;

/**
 * Every conversation as one JSON file, written in pieces: each conversation becomes one part
 * of the Blob, so a large history is never held as one string or parsed object.
 */
export async function exportHistory(
  onProgress: (done: number, total: number) => void = () => undefined,
  now = new Date(),
  /** Carry the images' bytes (data URLs); without, the file only names them. */
  withImages = true,
): Promise<Blob> {
  const db = await getDB();
  const secrets = secretsOf(await loadSettings());
  const ids = (await db.getAllKeys('conversations')).toSorted();
  const parts: string[] = [header(now)];
  for (let start = 0; start < ids.length; start += PAGE) {
    const tx = db.transaction(['conversations', 'messages', 'images']);
    const slice = ids.slice(start, start + PAGE);
    const read = await Promise.all(
      slice.map(async (id) => {
        const conversation = await tx.objectStore('conversations').get(id);
        if (!conversation) return null;
        const messages = await tx.objectStore('messages').index('by-conversation').getAll(id);
        const images = withImages ? await imageBlobs(tx, messages) : [];
        return { conversation, messages, images };
      }),
    );
    // Encoded after the reads: the transaction would end while an encoding is awaited.
    const pieces = await Promise.all(
      read.map(async (entry) => {
        if (!entry) return null;
        const urls = await imageUrls(entry.images);
        const exported = toExported(entry.conversation, entry.messages, urls);
        return JSON.stringify(withoutSecrets(exported, secrets));
      }),
    );
    for (const piece of pieces) {
      if (piece) parts.push(parts.length > 1 ? `,${piece}` : piece);
    }
    onProgress(Math.min(start + PAGE, ids.length), ids.length);
  }
  parts.push(']}');
  return new Blob(parts, { type: 'application/json' });
}

/** One conversation as a history file of its own. */
export function exportConversationFile(exported: ExportedConversation, now = new Date()): Blob {
  return new Blob([header(now), JSON.stringify(exported), ']}'], { type: 'application/json' });
}

/** Reads one stored conversation for export (all branches). */
export async function readConversationForExport(
  id: string,
  withImages = true,
): Promise<ExportedConversation | null> {
  const db = await getDB();
  const tx = db.transaction(['conversations', 'messages', 'images']);
  const conversation = await tx.objectStore('conversations').get(id);
  if (!conversation) return null;
  const messages = await tx.objectStore('messages').index('by-conversation').getAll(id);
  const images = withImages ? await imageBlobs(tx, messages) : [];
  const exported = toExported(conversation, messages, await imageUrls(images));
  return withoutSecrets(exported, secretsOf(await loadSettings()));
}

type ReadTx = IDBPTransaction<SidechatDB, ('conversations' | 'messages' | 'images')[], 'readonly'>;

/** The stored bytes of the messages' images, read inside the export's transaction. */
async function imageBlobs(
  tx: ReadTx,
  messages: readonly ChatMessage[],
): Promise<{ id: string; blob: Blob }[]> {
  const ids = messages.flatMap((message) => message.attachments?.map((image) => image.id) ?? []);
  const found = await Promise.all(ids.map((id) => tx.objectStore('images').get(id)));
  return found.flatMap((image) => (image ? [{ id: image.id, blob: image.blob }] : []));
}

async function imageUrls(
  images: readonly { id: string; blob: Blob }[],
): Promise<Map<string, string>> {
  const urls = await Promise.all(images.map((image) => blobToDataUrl(image.blob)));
  return new Map(images.map((image, index) => [image.id, urls[index] ?? '']));
}

/** A file name for an export: the title, made safe, and the date. */
export function exportFileName(title: string, extension: 'json' | 'md', now = new Date()): string {
  const safe =
    title
      .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
      .trim()
      .slice(0, 60) || 'sidechat';
  return `${safe} ${now.toISOString().slice(0, 10)}.${extension}`;
}

/**
 * A conversation with any echo of the user's keys taken out of its stored error sentences
 * (written before redaction covered masked echoes, or by a provider we did not foresee).
 */
function withoutSecrets(
  exported: ExportedConversation,
  secrets: readonly string[],
): ExportedConversation {
  return {
    ...exported,
    messages: exported.messages.map((message) =>
      message.error
        ? {
            ...message,
            error: { ...message.error, message: redactSecrets(message.error.message, secrets) },
          }
        : message,
    ),
  };
}
