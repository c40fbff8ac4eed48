// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getDB } from '@/utils/history/db';
import { exportHistory } from '@/utils/transfer/export';
import { toExported } from '@/utils/transfer/exported';
import { EXPORT_VERSION, exportJsonSchema, type ExportFile } from '@/utils/transfer/format';
import { idbHistoryStore } from '@/utils/history/store';
import { setLocale } from '@/utils/i18n/translate';
import { parseImport } from '@/utils/transfer/import';
import { writeImport } from '@/utils/transfer/import-write';
import { searchBacklog, searchHistory } from '@/utils/history/queries';
import { indexBacklog } from '@/utils/history/search-backlog';
import { settingsItem } from '@/utils/settings/storage';
import { makeConversation, makeMessage, settingsWithEndpoint } from '../fixtures';

async function seed(): Promise<void> {
  await idbHistoryStore.saveMessage(
    makeMessage('m1', null, {
      content: 'What is <script>alert(1)</script>?',
      createdAt: 10,
      updatedAt: 10,
      quote: { text: 'quoted', title: 'Page', url: 'https://example.com/' },
      pages: [
        {
          kind: 'page',
          title: 'An article',
          url: 'https://example.com/article',
          text: '# Heading\n\nA paragraph with `code`.',
          tokens: 9,
          truncated: true,
        },
      ],
    }),
    makeConversation({
      id: 'c1',
      title: 'First',
      currentLeafId: 'm3',
      createdAt: 10,
      updatedAt: 40,
      pinnedAt: 40,
    }),
  );
  await idbHistoryStore.saveMessage(
    makeMessage('m2', 'm1', {
      role: 'assistant',
      content: 'v1',
      createdAt: 20,
      updatedAt: 20,
      feedback: 'like',
    }),
  );
  await idbHistoryStore.saveMessage(
    makeMessage('m3', 'm1', {
      role: 'assistant',
      content: 'v2 中文',
      reasoning: 'thinking',
      thinkingMs: 1200,
      createdAt: 30,
      updatedAt: 30,
    }),
  );
}

async function exportText(): Promise<string> {
  return (await exportHistory(undefined, new Date('2026-01-01T00:00:00Z'))).text();
}

async function wipe(): Promise<void> {
  const db = await getDB();
  const tx = db.transaction(['conversations', 'messages', 'search', 'images'], 'readwrite');
  await Promise.all([
    tx.objectStore('conversations').clear(),
    tx.objectStore('messages').clear(),
    tx.objectStore('search').clear(),
    tx.objectStore('images').clear(),
    tx.done,
  ]);
}

async function counts() {
  const db = await getDB();
  return { conversations: await db.count('conversations'), messages: await db.count('messages') };
}

describe('export', () => {
  it('should write a valid versioned file with every branch and no secrets', async () => {
    await seed();
    const text = await exportText();
    const file = JSON.parse(text) as ExportFile;
    expect(file).toMatchObject({
      format: 'sidechat-history',
      version: EXPORT_VERSION,
      exportedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(file.conversations[0]?.messages.map((m) => m.id)).toEqual(['m1', 'm2', 'm3']);
    expect(file.conversations[0]?.pinned).toBe(true);
    expect(text).not.toMatch(/apiKey|sk-/);
    expect(parseImport(text)).toMatchObject({ ok: true });
  });

  it('should take any echo of a saved key out of stored error sentences', async () => {
    await settingsItem.setValue(
      settingsWithEndpoint({ baseURL: 'https://gw.example/v1', apiKey: 'gw-abcdefghijkl5678' }),
    );
    await idbHistoryStore.saveMessage(
      makeMessage('e1', null, {
        role: 'assistant',
        status: 'error',
        error: {
          code: 'bad_request',
          message: 'The gateway said: key gw-abc…5678 (…ghijkl5678) is revoked.',
        },
      }),
      makeConversation({ currentLeafId: 'e1' }),
    );
    const text = await exportText();
    expect(text).toContain('The gateway said: key [key] ([key]) is revoked.');
    expect(text).not.toMatch(/ghijkl|gw-abc/);
  });

  it('should round-trip: export, delete everything, import, export the same', async () => {
    await seed();
    const before = await exportText();
    await wipe();
    const parsed = parseImport(before);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await writeImport(parsed.conversations)).toEqual({
      conversations: 1,
      messages: 3,
      skipped: 0,
      copies: 0,
    });
    expect(await exportText()).toBe(before);
    // Searchable once the indexer has worked through what the import queued.
    expect(await searchHistory('中文')).toEqual([]);
    expect(await searchBacklog()).toBe(1);
    expect(await indexBacklog()).toBe(1);
    expect(await searchBacklog()).toBe(0);
    expect((await searchHistory('中文')).map((r) => r.messageId)).toEqual(['m3']);
  });

  it('should skip identical conversations and import different ones as copies', async () => {
    await seed();
    const text = await exportText();
    const again = parseImport(text);
    if (!again.ok) throw new Error(again.message);
    expect(await writeImport(again.conversations)).toMatchObject({ skipped: 1, conversations: 0 });

    const changed = JSON.parse(text) as ExportFile;
    const first = changed.conversations[0];
    if (first) first.title = 'Edited elsewhere';
    const parsed = parseImport(JSON.stringify(changed));
    if (!parsed.ok) throw new Error(parsed.message);
    expect(await writeImport(parsed.conversations)).toMatchObject({ conversations: 1, copies: 1 });
    expect(await counts()).toEqual({ conversations: 2, messages: 6 });
    expect((await idbHistoryStore.getConversation('c1'))?.title).toBe('First');
  });

  it('should give a conversation new ids when an earlier one of the same import took them', async () => {
    await seed();
    const parsed = parseImport(await exportText());
    await wipe();
    if (!parsed.ok) throw new Error(parsed.message);
    const [first] = parsed.conversations;
    if (!first) throw new Error('seeded conversation missing');
    // Files are checked for repeated ids; what the writer is given must be safe on its own.
    const second = { ...first, id: 'c2', title: 'Second' };
    expect(await writeImport([first, second])).toMatchObject({ conversations: 2, copies: 1 });
    expect(await counts()).toEqual({ conversations: 2, messages: 6 });
  });

  it('should bring back the pages sent with a message', async () => {
    await seed();
    const text = await exportText();
    await wipe();
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.message);
    await writeImport(parsed.conversations);
    const [message] = await idbHistoryStore.getPath('c1', 'm1');
    expect(message?.pages).toEqual([
      expect.objectContaining({ kind: 'page', title: 'An article', truncated: true, tokens: 9 }),
    ]);
  });

  it('should still import a version 1 file (no pages)', () => {
    const file = valid() as unknown as Record<string, unknown>;
    const parsed = parseImport(JSON.stringify({ ...file, version: 1 }));
    expect(parsed.ok).toBe(true);
  });

  it('should match the JSON Schema published in docs/', () => {
    const published = JSON.parse(readFileSync('docs/export-format.schema.json', 'utf8'));
    expect(published).toEqual(exportJsonSchema());
  });
});

/** A small valid file to break in different ways. */
const valid = (): ExportFile => ({
  format: 'sidechat-history',
  version: EXPORT_VERSION,
  exportedAt: '2026-01-01T00:00:00.000Z',
  conversations: [
    toExported(makeConversation({ currentLeafId: 'a' }), [
      makeMessage('a', null, { content: 'hi' }),
    ]),
  ],
});

describe('import refuses bad files whole', () => {
  it.each<[string, (file: ExportFile) => unknown, RegExp]>([
    ['another shape', () => ({ hello: 'world' }), /not a Sidechat history export/],
    ['a newer version', (f) => ({ ...f, version: 99 }), /newer Sidechat \(format version 99/],
    [
      'a parent that points nowhere',
      (f) => {
        f.conversations[0]!.messages[0]!.parentId = 'ghost';
        return f;
      },
      /conversation 1, message 1: parentId “ghost” points to no message/,
    ],
    [
      'a cycle',
      (f) => {
        const c = f.conversations[0]!;
        c.messages = [makeM('x', 'y'), makeM('y', 'x')];
        c.currentLeafId = 'x';
        return f;
      },
      /cycle/,
    ],
    [
      'duplicate message ids',
      (f) => {
        const c = f.conversations[0]!;
        c.messages.push({ ...c.messages[0]! });
        return f;
      },
      /appears twice/,
    ],
    [
      'a wrong field type',
      (f) => {
        (f.conversations[0] as unknown as { title: number }).title = 5;
        return f;
      },
      /conversation 1, field “title”/,
    ],
    [
      'an empty conversation id',
      (f) => {
        f.conversations[0]!.id = '';
        return f;
      },
      /conversation 1, field “id”/,
    ],
    [
      'a leaf that points nowhere',
      (f) => {
        f.conversations[0]!.currentLeafId = 'nope';
        return f;
      },
      /currentLeafId/,
    ],
  ])('should refuse %s with a message saying where', async (_, mutate, message) => {
    const result = parseImport(JSON.stringify(mutate(valid())));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('should find a problem after a 20,000-message conversation, reading each message once', () => {
    const file = valid();
    const long = Array.from({ length: 20_000 }, (_, i) =>
      makeM(`m${i}`, i === 0 ? (null as unknown as string) : `m${i - 1}`),
    );
    file.conversations.unshift({
      ...toExported(makeConversation({ id: 'long', currentLeafId: 'm19999' }), []),
      messages: long,
    });
    file.conversations[1]!.messages[0]!.parentId = 'ghost';
    const result = parseImport(JSON.stringify(file));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/conversation 2, message 1: parentId “ghost”/);
  });

  it('should explain refusals in Chinese when the UI is Chinese', () => {
    setLocale('zh_CN');
    try {
      expect(parseImport('not json')).toMatchObject({
        message: expect.stringContaining('不是 JSON'),
      });
      const file = valid();
      file.conversations[0]!.messages[0]!.parentId = 'ghost';
      expect(parseImport(JSON.stringify(file))).toMatchObject({
        message: '未导入任何内容：第 1 个对话, 第 1 条消息：parentId“ghost”指向不存在的消息。',
      });
    } finally {
      setLocale('en');
    }
  });

  it('should refuse text that is not JSON', () => {
    expect(parseImport('not json {')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not JSON/),
    });
  });

  it('should accept 10,000-character titles and keep HTML as text', async () => {
    const file = valid();
    file.conversations[0]!.title = 't'.repeat(10_000);
    file.conversations[0]!.messages[0]!.content = '<img src=x onerror=alert(1)>';
    const parsed = parseImport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    await writeImport(parsed.conversations);
    expect((await idbHistoryStore.getMessage('a'))?.content).toBe('<img src=x onerror=alert(1)>');
  });

  it('should give a conversation in the Temporary chat namespace a new id, so it can be used', async () => {
    const file = valid();
    file.conversations[0]!.id = 'tmp-imported';
    const parsed = parseImport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    await writeImport(parsed.conversations);
    const ids = await (await getDB()).getAllKeys('conversations');
    expect(ids).toHaveLength(1);
    expect(ids[0]).not.toMatch(/^tmp-/);
    await idbHistoryStore.deleteConversation(ids[0] as string);
    expect(await (await getDB()).count('conversations')).toBe(0);
  });

  it('should leave the database unchanged when writing fails midway', async () => {
    await seed();
    const before = await counts();
    const file = valid();
    file.conversations.push(
      toExported(makeConversation({ id: 'c2', currentLeafId: null }), [makeMessage('b', null)]),
    );
    const parsed = parseImport(JSON.stringify(file));
    if (!parsed.ok) throw new Error(parsed.message);
    // The second conversation's message cannot be stored (no key): the first must not stay.
    const broken = parsed.conversations.map((c, i) =>
      i === 1
        ? { ...c, messages: c.messages.map((m) => ({ ...m, id: undefined as unknown as string })) }
        : c,
    );
    await expect(writeImport(broken)).rejects.toBeDefined();
    expect(await counts()).toEqual(before);
  });
});

function makeM(id: string, parentId: string) {
  return toExported(makeConversation(), [makeMessage(id, parentId)]).messages[0]!;
}

describe('history files with images', () => {
  const bytes = [82, 73, 70, 70, 9, 8, 7, 6, 5];
  const attachment = {
    id: 'img-1',
    name: 'chart.webp',
    type: 'image/webp',
    width: 800,
    height: 600,
    bytes: bytes.length,
  };

  async function seedImage(): Promise<void> {
    await wipe();
    await idbHistoryStore.saveMessage(
      makeMessage('u1', null, {
        conversationId: 'ci',
        content: 'What is this?',
        attachments: [attachment],
      }),
      makeConversation({ id: 'ci', title: 'Chart', currentLeafId: 'u1' }),
      [
        {
          id: 'img-1',
          conversationId: 'ci',
          messageId: 'u1',
          blob: new Blob([new Uint8Array(bytes)], { type: 'image/webp' }),
        },
      ],
    );
  }

  it('should carry the image bytes out and back in, the same bytes, and skip a second import', async () => {
    await seedImage();
    const text = await exportText();
    const file = JSON.parse(text) as ExportFile;
    const [image] = file.conversations[0]?.messages[0]?.attachments ?? [];
    expect(image?.dataUrl).toBe(`data:image/webp;base64,${btoa(String.fromCharCode(...bytes))}`);
    await wipe();
    const parsed = parseImport(text);
    if (!parsed.ok) throw new Error(parsed.message);
    await writeImport(parsed.conversations);
    const [back] = await idbHistoryStore.getImages(['img-1']);
    expect([...new Uint8Array(await (back?.blob ?? new Blob()).arrayBuffer())]).toEqual(bytes);
    // The message record names the image; its bytes are not inline.
    const message = await idbHistoryStore.getMessage('u1');
    expect(message?.attachments).toEqual([attachment]);
    expect(JSON.stringify(message)).not.toContain('base64');
    // The same file again: the conversation is here already, byte for byte.
    expect(await writeImport(parsed.conversations)).toMatchObject({ skipped: 1, copies: 0 });
  });

  it('should leave the bytes out when asked, naming the images', async () => {
    await seedImage();
    const blob = await exportHistory(undefined, new Date('2026-01-01T00:00:00Z'), false);
    const file = JSON.parse(await blob.text()) as ExportFile;
    expect(file.conversations[0]?.messages[0]?.attachments).toEqual([attachment]);
  });

  it('should give a copy its own image ids, and refuse a file whose image is not an image', async () => {
    await seedImage();
    const text = await exportText();
    const changed = text.replace('What is this?', 'What is that?');
    const parsed = parseImport(changed);
    if (!parsed.ok) throw new Error(parsed.message);
    const report = await writeImport(parsed.conversations);
    expect(report.copies).toBe(1);
    const db = await getDB();
    expect(await db.count('images')).toBe(2);
    const hostile = text.replace('data:image/webp;base64,', 'data:text/html;base64,');
    expect(parseImport(hostile)).toMatchObject({ ok: false });
  });
});
