// @vitest-environment node
// Sync between two devices through a real WebDAV server (Apache httpd with mod_dav, started
// by test/webdav/apache.mjs). Each device has its own IndexedDB; the test switches between
// them as two computers would take turns.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { closeDB, getDB } from '@/utils/history/db';
import { idbHistoryStore } from '@/utils/history/store';
import { DEFAULT_SYNC_CONFIG, type SyncConfig } from '@/utils/sync/config';
import { EMPTY_MEMORY, runSync, type SyncMemory, type SyncReport } from '@/utils/sync/run-sync';
import { openRemoteFolder, SyncError } from '@/utils/sync/webdav-folder';
import { shardFile, shardOf } from '@/utils/sync/shard';
import { HybridClock } from '@/utils/history/clock';
import type { PromptLibrary } from '@/utils/prompts/library';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings/model';
import {
  localSettingsOf,
  type LocalSettings,
  type SettingsPlace,
} from '@/utils/sync/local-settings';
import type { UnitTable } from '@/utils/sync/settings-file';
import { makeConversation, makeMessage } from '../fixtures';
import { startWebDav } from '../../webdav/apache.mjs';

let server: Awaited<ReturnType<typeof startWebDav>>;
beforeAll(async () => {
  server = await startWebDav({ users: { alice: 'correct horse' } });
});
afterAll(async () => {
  await server?.stop();
});

interface Device {
  name: string;
  idb: IDBFactory;
  memory: SyncMemory;
  /** The device's storage.local, as far as settings sync reads and writes it. */
  stored: { settings: Settings; library: PromptLibrary | null; table: UnitTable };
  settings: LocalSettings;
}

function newDevice(name: string): Device {
  const clock = new HybridClock(name);
  const stored: Device['stored'] = {
    settings: structuredClone(DEFAULT_SETTINGS),
    library: null,
    table: {},
  };
  const place: SettingsPlace = {
    read: async () => structuredClone({ settings: stored.settings, library: stored.library }),
    writeSettings: async (settings) => {
      stored.settings = structuredClone(settings);
    },
    writeLibrary: async (library) => {
      stored.library = structuredClone(library);
    },
    readTable: async () => structuredClone(stored.table),
    writeTable: async (table) => {
      stored.table = structuredClone(table);
    },
  };
  return {
    name,
    idb: new IDBFactory(),
    memory: EMPTY_MEMORY,
    stored,
    settings: localSettingsOf(place, () => clock.tick()),
  };
}

let folderSerial = 0;
let config: SyncConfig;
let laptop: Device;
let desktop: Device;

beforeEach(() => {
  folderSerial += 1;
  config = {
    ...DEFAULT_SYNC_CONFIG,
    url: server.url,
    username: 'alice',
    password: 'correct horse',
    folder: `Sidechat-${folderSerial}`,
  };
  laptop = newDevice('laptop');
  desktop = newDevice('desktop');
});

/** Makes `device` the one whose history the store reads and writes. */
async function use(device: Device): Promise<void> {
  await closeDB();
  globalThis.indexedDB = device.idb;
}

async function sync(
  device: Device,
  overrides: Partial<SyncConfig> = {},
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<SyncReport> {
  await use(device);
  const deviceConfig = { ...config, ...overrides };
  return runSync({
    config: deviceConfig,
    folder: openRemoteFolder(deviceConfig),
    loadMemory: async () => structuredClone(device.memory),
    saveMemory: async (memory) => {
      device.memory = structuredClone(memory);
    },
    onProgress,
    receiveClock: () => undefined,
    wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    localSettings: () => device.settings.stamp().then(({ table }) => table),
    applySettings: (merged) => device.settings.apply(merged).then(() => undefined),
  });
}

/** A conversation with a question and its answer, written as the engine writes them. */
async function chat(device: Device, id: string, question: string, at = Date.now()) {
  await use(device);
  const conversation = makeConversation({ id, title: question, createdAt: at, updatedAt: at });
  await idbHistoryStore.saveMessage(
    makeMessage(`${id}-q`, null, { conversationId: id, content: question, createdAt: at }),
    conversation,
  );
  await idbHistoryStore.saveMessage(
    makeMessage(`${id}-a`, `${id}-q`, {
      conversationId: id,
      role: 'assistant',
      content: `Answer to ${question}`,
      createdAt: at + 1,
    }),
    (stored) => ({ ...stored, currentLeafId: `${id}-a`, updatedAt: at + 1 }),
  );
}

async function history(device: Device) {
  await use(device);
  const db = await getDB();
  const conversations = await db.getAll('conversations');
  const messages = await db.getAll('messages');
  return {
    titles: conversations.map((item) => item.title).toSorted(),
    messages: messages.map((item) => item.id).toSorted(),
    conversations,
  };
}

async function serverFile(name: string): Promise<string | null> {
  const response = await fetch(`${server.url}${config.folder}/${name}`, {
    headers: { Authorization: `Basic ${btoa('alice:correct horse')}` },
  });
  return response.ok ? response.text() : null;
}

describe('sync through a real WebDAV server', () => {
  it('should bring a chat from one computer to the other, then cost one request when nothing changed', async () => {
    await chat(laptop, 'c1', 'How do rivers shape deltas?');
    const sent = await sync(laptop);
    expect(sent.sent).toBe(1);
    // Its own conversation did not "come in": it is not written again or re-indexed.
    expect(sent.received).toEqual([]);
    const received = await sync(desktop);
    expect(received.received).toEqual(['c1']);
    expect((await history(desktop)).messages).toEqual(['c1-a', 'c1-q']);
    // The desktop wrote nothing new: its next sync only lists the folder.
    expect((await sync(desktop)).requests).toBe(1);
    // The laptop has not read back its own write yet (Apache answers a PUT without an ETag).
    await sync(laptop);
    expect((await sync(laptop)).requests).toBe(1);
  });

  it('should keep both versions when both computers edit at once, and the later rename', async () => {
    await chat(laptop, 'c1', 'Rivers');
    await sync(laptop);
    await sync(desktop);
    await use(laptop);
    await idbHistoryStore.saveMessage(
      makeMessage('edit-laptop', null, { conversationId: 'c1', content: 'Rivers, laptop' }),
      (stored) => ({ ...stored, currentLeafId: 'edit-laptop', title: 'Laptop title' }),
    );
    await use(desktop);
    await idbHistoryStore.saveMessage(
      makeMessage('edit-desktop', null, { conversationId: 'c1', content: 'Rivers, desktop' }),
      (stored) => ({ ...stored, currentLeafId: 'edit-desktop', title: 'Desktop title' }),
    );
    await sync(laptop);
    await sync(desktop);
    await sync(laptop);
    const onLaptop = await history(laptop);
    const onDesktop = await history(desktop);
    expect(onLaptop.messages).toEqual(['c1-a', 'c1-q', 'edit-desktop', 'edit-laptop']);
    expect(onDesktop.messages).toEqual(onLaptop.messages);
    // The desktop renamed last.
    expect(onLaptop.titles).toEqual(['Desktop title']);
    expect(onDesktop.titles).toEqual(['Desktop title']);
  });

  it('should delete on one computer what was deleted on the other, for good', async () => {
    await chat(laptop, 'c1', 'Keep me');
    await chat(laptop, 'c2', 'Delete me');
    await sync(laptop);
    await sync(desktop);
    await use(desktop);
    await idbHistoryStore.deleteConversation('c2');
    await sync(desktop);
    await sync(laptop);
    expect((await history(laptop)).titles).toEqual(['Keep me']);
    // The laptop syncing again does not bring it back.
    await sync(laptop);
    await sync(desktop);
    expect((await history(desktop)).titles).toEqual(['Keep me']);
  });

  it('should merge settings per setting and never send a key', async () => {
    const provider = {
      id: 'p1',
      preset: 'openai' as const,
      name: 'Work OpenAI',
      baseURL: 'https://api.openai.com/v1',
      apiKey: 'sk-laptop-secret-123456',
      model: 'gpt-4o-mini',
      headers: { 'X-Gateway-Token': 'gateway-secret' },
    };
    const persona = {
      id: 'r1',
      name: 'Translator',
      prompt: 'Translate into French.',
      temperature: null,
      maxTokens: null,
      topP: null,
      model: '',
    };
    laptop.stored.settings = {
      ...laptop.stored.settings,
      profiles: [provider],
      activeProfileId: 'p1',
      personas: [persona],
    };
    await sync(laptop);
    // A fresh computer's defaults do not undo the laptop's choices; its own choice travels.
    desktop.stored.settings = { ...desktop.stored.settings, theme: 'dark' };
    await sync(desktop);
    expect(desktop.stored.settings.personas).toEqual([persona]);
    expect(desktop.stored.settings.profiles).toEqual([
      { ...provider, apiKey: '', headers: {}, contextWindow: undefined },
    ]);
    const onServer = await serverFile('settings.json');
    expect(onServer).toContain('Work OpenAI');
    expect(onServer).not.toContain('secret');

    // Both change something at once: both changes survive; a deleted persona stays deleted.
    laptop.stored.settings = { ...laptop.stored.settings, personas: [], systemPrompt: 'Be brief.' };
    desktop.stored.settings = { ...desktop.stored.settings, temperature: 0.4 };
    await sync(laptop);
    await sync(desktop);
    await sync(laptop);
    for (const computer of [laptop, desktop]) {
      const { settings } = computer.stored;
      expect([settings.theme, settings.systemPrompt, settings.temperature]).toEqual([
        'dark',
        'Be brief.',
        0.4,
      ]);
      expect(settings.personas).toEqual([]);
    }
    // The laptop kept its key; nothing changed since, so the next sync is one request.
    expect(laptop.stored.settings.profiles[0]?.apiKey).toBe('sk-laptop-secret-123456');
    expect((await sync(laptop)).requests).toBe(1);
  });

  it('should encrypt everything with a passphrase and refuse a wrong one without writing', async () => {
    await chat(laptop, 'c1', 'Secret plans for the garden');
    await sync(laptop, { passphrase: 'blue heron' });
    const shard = await serverFile(shardFile(shardOf('c1')));
    expect(shard).not.toBeNull();
    expect(shard).not.toContain('garden');
    expect(shard).toContain('sidechat-encrypted');

    await chat(desktop, 'd1', 'Mine');
    await expect(sync(desktop, { passphrase: 'grey heron' })).rejects.toMatchObject({
      code: 'wrong_passphrase',
    });
    await expect(sync(desktop)).rejects.toMatchObject({ code: 'passphrase_needed' });
    expect((await history(desktop)).titles).toEqual(['Mine']);
    await sync(desktop, { passphrase: 'blue heron' });
    expect((await history(desktop)).titles).toEqual(['Mine', 'Secret plans for the garden']);
  });

  it('should say a wrong password is wrong (401) and change nothing', async () => {
    await chat(laptop, 'c1', 'Hello');
    const error = await sync(laptop, { password: 'wrong' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SyncError);
    expect(error).toMatchObject({ code: 'auth' });
    expect(String((error as Error).message)).not.toContain('wrong');
    expect((await history(laptop)).titles).toEqual(['Hello']);
  });

  it('should say when the server is down', async () => {
    await chat(laptop, 'c1', 'Hello');
    await expect(sync(laptop, { url: 'http://127.0.0.1:9/dav/' })).rejects.toMatchObject({
      code: 'offline',
    });
  });

  it('should say a server out of space is full and keep the history as it was', async () => {
    await chat(laptop, 'c1', 'A long answer worth keeping');
    const before = await history(laptop);
    await expect(sync(laptop, { folder: 'full' })).rejects.toMatchObject({ code: 'quota' });
    expect(await history(laptop)).toEqual(before);
    // Still marked to send: another folder takes it at once.
    expect((await sync(laptop)).sent).toBe(1);
  });

  it('should repair a damaged shard from the local copy, and stop at a newer format', async () => {
    await chat(laptop, 'c1', 'Hello');
    await sync(laptop);
    const name = shardFile(shardOf('c1'));
    const put = (text: string) =>
      fetch(`${server.url}${config.folder}/${name}`, {
        method: 'PUT',
        body: text,
        headers: { Authorization: `Basic ${btoa('alice:correct horse')}` },
      });
    await put('{"format":"sidechat-sync-shard","version":1,"conver');
    await chat(desktop, 'd1', 'Desktop');
    const report = await sync(desktop);
    expect(report.repaired).toEqual([name]);
    // The laptop's copy comes back on its next sync.
    await sync(laptop);
    await sync(desktop);
    expect((await history(desktop)).titles).toEqual(['Desktop', 'Hello']);

    await put('{"format":"sidechat-sync-shard","version":9,"conversations":[],"tombstones":[]}');
    const before = await serverFile(name);
    await expect(sync(desktop)).rejects.toMatchObject({ code: 'newer_version' });
    expect(await serverFile(name)).toBe(before);
    expect((await history(desktop)).titles).toEqual(['Desktop', 'Hello']);
  });

  it('should resume a first sync that was cut short', async () => {
    // Conversations in several shards.
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'].map((letter) => `conv-${letter}`);
    for (const id of ids) await chat(laptop, id, id);
    const shards = new Set(ids.map(shardOf)).size;
    expect(shards).toBeGreaterThan(2);
    let seen = 0;
    await expect(
      sync(laptop, {}, (done) => {
        seen = done;
        if (done === 2) throw new Error('worker stopped');
      }),
    ).rejects.toThrow('worker stopped');
    expect(seen).toBe(2);
    const resumed = await sync(laptop);
    expect(resumed.sent).toBe(shards - 2);
    await sync(desktop);
    expect((await history(desktop)).titles).toEqual(ids);
  });
});
