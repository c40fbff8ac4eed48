// Receives a history file from a panel in pieces, then checks it whole and writes it in one
// transaction. Any problem rejects the whole file; the database is then unchanged.
import type { EventSink } from '@/utils/engine/event-hub';
import { RequestRefused } from '@/utils/engine/refusal';
import { t } from '@/utils/i18n/translate';
import type { ImportOutcome } from '@/utils/protocol/answers';
import type { RequestOf } from '@/utils/protocol/requests';
import { parseImport } from './import';
import { writeImport } from './import-write';

/** A file arriving in pieces, and the port it arrives on. */
interface PendingFile {
  owner: EventSink;
  /** Undefined until that piece arrives. */
  pieces: (string | undefined)[];
}

/** Puts imports together piece by piece and writes each once it is whole. */
export class Importer {
  private readonly pending = new Map<string, PendingFile>();

  constructor(private readonly onImported: () => void) {}

  /**
   * Takes one piece; answers null until the last, then the import's outcome. Refuses (with
   * the sentence saying where the file is wrong) when nothing could be written.
   */
  async receive(chunk: RequestOf<'importChunk'>, owner: EventSink): Promise<ImportOutcome | null> {
    // Each piece is a request of its own; the upload id ties the pieces of one file together.
    const { requestId, uploadId } = chunk;
    const file: PendingFile = this.pending.get(uploadId) ?? {
      owner,
      pieces: Array.from({ length: chunk.count }, () => undefined),
    };
    // Another port's upload is not this one's to add to.
    if (file.owner !== owner || file.pieces.length !== chunk.count) {
      throw new RequestRefused({ code: 'import_rejected', message: t('importConnectionLost') });
    }
    file.pieces[chunk.index] = chunk.text;
    this.pending.set(uploadId, file);
    if (chunk.index < chunk.count - 1) return null;
    this.pending.delete(uploadId);
    if (file.pieces.includes(undefined)) {
      throw new RequestRefused({ code: 'import_rejected', message: t('importConnectionLost') });
    }
    owner({ type: 'importProgress', requestId, phase: 'validating', done: 0, total: 0 });
    const parsed = parseImport(file.pieces.join(''));
    if (!parsed.ok) throw new RequestRefused({ code: 'import_rejected', message: parsed.message });
    let report;
    try {
      report = await writeImport(parsed.conversations, undefined, (done, total) =>
        owner({ type: 'importProgress', requestId, phase: 'writing', done, total }),
      );
    } catch (error) {
      throw new RequestRefused(
        { code: 'import_rejected', message: t('importWriteFailed') },
        { cause: error },
      );
    }
    this.onImported();
    const counts = {
      conversations: report.conversations,
      messages: report.messages,
      skipped: report.skipped,
    };
    const summary = report.skipped ? t('importDoneSkipped', counts) : t('importDone', counts);
    const copies = report.copies ? ` ${t('importCopies', { copies: report.copies })}` : '';
    return { message: `${summary}${copies}` };
  }

  /** Forgets the unfinished files of a port that closed: their last pieces will never come. */
  drop(owner: EventSink): void {
    for (const [uploadId, file] of this.pending) {
      if (file.owner === owner) this.pending.delete(uploadId);
    }
  }

  /** How many files are still arriving (for tests). */
  get unfinished(): number {
    return this.pending.size;
  }
}
