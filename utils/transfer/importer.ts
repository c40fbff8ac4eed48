import type { EventSink } from '@/utils/engine/event-hub';
import { t } from '@/utils/i18n/translate';
import { parseImport } from './import';
import { writeImport } from './import-write';
import type { ClientRequest } from '@/utils/protocol/requests';

type ImportChunk = Extract<ClientRequest, { type: 'importChunk' }>;

/**
 * Receives a history file in pieces, then validates it whole and writes it in one
 * transaction. Any problem rejects the whole file; the database is then unchanged.
 */
export class Importer {
  private readonly pending = new Map<string, string[]>();

  constructor(private readonly onImported: () => void) {}

  async receive(chunk: ImportChunk, reply: EventSink): Promise<void> {
    const pieces =
      this.pending.get(chunk.requestId) ?? Array.from({ length: chunk.count }, () => '');
    pieces[chunk.index] = chunk.text;
    this.pending.set(chunk.requestId, pieces);
    if (chunk.index < chunk.count - 1) return;
    this.pending.delete(chunk.requestId);
    const { requestId } = chunk;
    reply({ type: 'importProgress', requestId, phase: 'validating', done: 0, total: 0 });
    const parsed = parseImport(pieces.join(''));
    if (!parsed.ok) {
      reply({ type: 'importResult', requestId, ok: false, message: parsed.message });
      return;
    }
    try {
      const report = await writeImport(parsed.conversations, undefined, (done, total) =>
        reply({ type: 'importProgress', requestId, phase: 'writing', done, total }),
      );
      const counts = {
        conversations: report.conversations,
        messages: report.messages,
        skipped: report.skipped,
      };
      const summary = report.skipped ? t('importDoneSkipped', counts) : t('importDone', counts);
      const copies = report.copies ? ` ${t('importCopies', { copies: report.copies })}` : '';
      reply({ type: 'importResult', requestId, ok: true, message: `${summary}${copies}` });
      this.onImported();
    } catch (error) {
      console.error('Sidechat: import failed', error);
      reply({
        type: 'importResult',
        requestId,
        ok: false,
        message:
          'Nothing was imported: the browser could not save the history (is the disk full?).',
      });
    }
  }
}
