import { getDB } from '@/utils/history/db';
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
): Promise<Blob> {
  const db = await getDB();
  const ids = (await db.getAllKeys('conversations')).toSorted();
  const parts: string[] = [header(now)];
  for (let start = 0; start < ids.length; start += PAGE) {
    const tx = db.transaction(['conversations', 'messages']);
    const slice = ids.slice(start, start + PAGE);
    const pieces = await Promise.all(
      slice.map(async (id) => {
        const conversation = await tx.objectStore('conversations').get(id);
        if (!conversation) return null;
        const messages = await tx.objectStore('messages').index('by-conversation').getAll(id);
        return JSON.stringify(toExported(conversation, messages));
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
export async function readConversationForExport(id: string): Promise<ExportedConversation | null> {
  const db = await getDB();
  const tx = db.transaction(['conversations', 'messages']);
  const conversation = await tx.objectStore('conversations').get(id);
  if (!conversation) return null;
  const messages = await tx.objectStore('messages').index('by-conversation').getAll(id);
  return toExported(conversation, messages);
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
