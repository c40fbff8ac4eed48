import { describe, expect, it, vi } from 'vitest';
import { setLocale } from '@/utils/i18n/translate';
import type { ServerEvent } from '@/utils/protocol/events';
import { Importer } from '@/utils/transfer/importer';

const FILE = JSON.stringify({
  format: 'sidechat-history',
  version: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  conversations: [],
});

describe('Importer', () => {
  it('should answer null per piece, then the outcome of the whole file', async () => {
    const importer = new Importer(() => undefined);
    const sink = vi.fn<(event: ServerEvent) => void>();
    const half = Math.ceil(FILE.length / 2);
    // As the panel sends them: a request per piece, one upload id for the file.
    const piece = { type: 'importChunk' as const, uploadId: 'u1', count: 2 };
    await expect(
      importer.receive({ ...piece, requestId: 'r1', index: 0, text: FILE.slice(0, half) }, sink),
    ).resolves.toBeNull();
    await expect(
      importer.receive({ ...piece, requestId: 'r2', index: 1, text: FILE.slice(half) }, sink),
    ).resolves.toMatchObject({ message: expect.stringMatching(/Imported 0 conversations/) });
    expect(importer.unfinished).toBe(0);
  });

  it('should refuse a file whose pieces did not all arrive, or another port’s pieces', async () => {
    const importer = new Importer(() => undefined);
    const sink = vi.fn();
    await expect(
      importer.receive(
        { type: 'importChunk', requestId: 'r1', uploadId: 'u', index: 2, count: 3, text: '}' },
        sink,
      ),
    ).rejects.toMatchObject({
      answer: { code: 'import_rejected', message: expect.stringMatching(/connection .* broke/) },
    });
    await importer.receive(
      { type: 'importChunk', requestId: 'r2', uploadId: 'v', index: 0, count: 2, text: '{' },
      sink,
    );
    await expect(
      importer.receive(
        { type: 'importChunk', requestId: 'r3', uploadId: 'v', index: 1, count: 2, text: '}' },
        vi.fn(),
      ),
    ).rejects.toMatchObject({
      answer: { code: 'import_rejected', message: expect.stringMatching(/connection .* broke/) },
    });
  });

  it('should forget an unfinished file when its port closes', async () => {
    const importer = new Importer(() => undefined);
    const sink = vi.fn();
    const other = vi.fn();
    await importer.receive(
      { type: 'importChunk', requestId: 'a', uploadId: 'ua', index: 0, count: 2, text: '{' },
      sink,
    );
    await importer.receive(
      { type: 'importChunk', requestId: 'b', uploadId: 'ub', index: 0, count: 2, text: '{' },
      other,
    );
    expect(importer.unfinished).toBe(2);
    importer.drop(sink);
    expect(importer.unfinished).toBe(1);
  });

  it('should say a failed write in the user’s language', async () => {
    setLocale('zh_CN');
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      const file = JSON.stringify({
        format: 'sidechat-history',
        version: 1,
        exportedAt: '2026-01-01T00:00:00.000Z',
        conversations: [
          {
            id: 'c1',
            title: 'T',
            createdAt: 1,
            updatedAt: 1,
            systemPrompt: '',
            model: '',
            currentLeafId: null,
            pinned: false,
            messages: [],
          },
        ],
      });
      const importer = new Importer(() => undefined);
      await expect(
        importer.receive(
          { type: 'importChunk', requestId: 'z', uploadId: 'uz', index: 0, count: 1, text: file },
          vi.fn(),
        ),
      ).rejects.toMatchObject({
        answer: { code: 'import_rejected', message: expect.stringContaining('未导入任何内容') },
      });
    } finally {
      put.mockRestore();
      setLocale('en');
    }
  });
});
