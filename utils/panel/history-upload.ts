// Sends a history file to the background in pieces small enough for a port message.
import { t } from '@/utils/i18n/translate';
import { IMPORT_CHUNK_LENGTH, MAX_IMPORT_CHUNKS } from '@/utils/limits';
import { RequestFailed, type PanelConnection } from './connection';

/** How an import ended, in words. */
export interface ImportResult {
  ok: boolean;
  message: string;
}

/**
 * Uploads `text` as one import; resolves with its report, or why nothing was imported.
 * `onProgress` hears about validation and writing.
 */
export async function uploadHistory(
  connection: PanelConnection,
  text: string,
  onProgress: (phase: 'validating' | 'writing', done: number, total: number) => void,
): Promise<ImportResult> {
  const count = Math.max(1, Math.ceil(text.length / IMPORT_CHUNK_LENGTH));
  if (count > MAX_IMPORT_CHUNKS) return { ok: false, message: t('importTooLargeText') };
  const answers = [];
  const uploadId = crypto.randomUUID();
  for (let index = 0; index < count; index += 1) {
    const piece = text.slice(index * IMPORT_CHUNK_LENGTH, (index + 1) * IMPORT_CHUNK_LENGTH);
    const { answer } = connection.ask(
      'importChunk',
      { uploadId, index, count, text: piece },
      (progress) => onProgress(progress.phase, progress.done, progress.total),
    );
    answers.push(answer);
  }
  try {
    const outcomes = await Promise.all(answers);
    return { ok: true, message: outcomes.at(-1)?.message ?? '' };
  } catch (error) {
    // A file rejected by the background says where it is wrong; a lost port says to check.
    const refused = error instanceof RequestFailed && error.code !== 'connection_lost';
    return { ok: false, message: refused ? error.sentence : t('importConnectionLost') };
  }
}
