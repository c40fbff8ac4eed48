// One sync: list the folder (one PROPFIND), read only the shards that changed on the server,
// merge each with the device's copy, write the merge into the device's history and, when the
// server lacks some of it, back to the server against the ETag it was read at. Each shard is
// finished and remembered before the next, so a sync cut short resumes where it stopped.
import { compareClocks } from '@/utils/history/clock';
import { decryptText, encryptText, isEnvelope } from './crypto';
import type { SyncConfig } from './config';
import { applyShard, clearPending, readLocalIndex, readLocalShard } from './local-shards';
import { folderKey, MANIFEST_FILE, newManifest, parseManifest, type Manifest } from './manifest';
import { mergeShards } from './merge';
import {
  mergeTables,
  NEVER,
  parseSettingsFile,
  serializeSettingsFile,
  SETTINGS_FILE,
  type UnitTable,
} from './settings-file';
import {
  ALL_SHARDS,
  EMPTY_SHARD,
  parseShard,
  serializeShard,
  shardFile,
  shardOf,
  type ShardState,
} from './shard';
import { SyncError, sameEtag, type RemoteFile, type RemoteFolder } from './webdav-folder';

/** What a device remembers of a folder between syncs (in storage.local, no secrets). */
export interface SyncMemory {
  /** The folder this is about: a different server, user or folder starts afresh. */
  target: string;
  /** The ETag each shard had when this device last read or wrote it. */
  etags: Record<string, string>;
  /** Whether every local shard has been through a sync with this folder once. */
  firstSyncDone: boolean;
  /** The first sync's finished shards, so a first sync cut short resumes. */
  firstSyncShards: string[];
  /** The manifest as last read, so an unchanged one is not read again (no secret in it). */
  manifest?: { etag: string; text: string };
  /** A digest of the settings units as last synced: unchanged ones are not sent again. */
  settingsDigest?: string;
}

export const EMPTY_MEMORY: SyncMemory = {
  target: '',
  etags: {},
  firstSyncDone: false,
  firstSyncShards: [],
};

/** The target a config names (no password in it). */
export function targetOf(config: SyncConfig): string {
  return JSON.stringify([config.url.trim(), config.username.trim(), config.folder.trim()]);
}

export interface SyncDeps {
  config: SyncConfig;
  folder: RemoteFolder;
  loadMemory(): Promise<SyncMemory>;
  saveMemory(memory: SyncMemory): Promise<void>;
  onProgress(done: number, total: number): void;
  /** Learns the clocks that came from the server (the local clock moves past them). */
  receiveClock(clock: string): void;
  /** Waits before writing again after a conflict. */
  wait(ms: number): Promise<void>;
  /** This computer's settings units, stamped up to now. */
  localSettings(): Promise<UnitTable>;
  /** Writes merged settings units into this computer's settings. */
  applySettings(merged: UnitTable): Promise<void>;
}

export interface SyncReport {
  /** Conversations this device took changes of (or deleted). */
  received: string[];
  /** Shards written to the server. */
  sent: number;
  requests: number;
  /** Damaged shards that were rewritten from this device's copy. */
  repaired: string[];
}

/** The settings file's entry among the remembered ETags (shards are two hex digits). */
const SETTINGS_KEY = 'settings';

/** Rounds of read, merge and conditional write before giving up on a busy shard. */
const MAX_ROUNDS = 5;

async function openManifest(
  folder: RemoteFolder,
  listing: Map<string, string>,
  passphrase: string,
  memory: SyncMemory,
): Promise<CryptoKey | null> {
  const listed = listing.get(MANIFEST_FILE);
  if (listed !== undefined && memory.manifest && sameEtag(listed, memory.manifest.etag))
    return folderKey(parseManifest(memory.manifest.text), passphrase);
  const existing = listed !== undefined ? await folder.read(MANIFEST_FILE) : null;
  if (existing) {
    const key = await folderKey(parseManifest(existing.text), passphrase);
    if (existing.etag) memory.manifest = { etag: existing.etag, text: existing.text };
    return key;
  }
  const { manifest, key } = await newManifest(passphrase);
  const written = await folder.write(MANIFEST_FILE, JSON.stringify(manifest), null);
  if (written !== 'conflict') return key;
  // Another device made the folder a moment ago: use its manifest.
  const theirs = await folder.read(MANIFEST_FILE);
  if (!theirs) throw new SyncError('server', MANIFEST_FILE);
  const parsed: Manifest = parseManifest(theirs.text);
  return folderKey(parsed, passphrase);
}

/** The plain text of a remote file, or null when it cannot be decrypted or is encrypted here
 * without a key. */
async function plainText(file: RemoteFile, key: CryptoKey | null): Promise<string | null> {
  if (key) return isEnvelope(file.text) ? decryptText(key, file.text) : null;
  if (isEnvelope(file.text)) throw new SyncError('corrupt');
  return file.text;
}

/** How one kind of file syncs: read, merged with this computer's copy, written back. */
interface FileSync<State> {
  name: string;
  empty: State;
  parse(text: string): { state: State } | { problem: 'corrupt' | 'newer_version' };
  local(): Promise<State>;
  merge(local: State, remote: State): State;
  /** Writes the merge into this computer's history or settings. */
  apply(merged: State, remote: State): Promise<void>;
  serialize(state: State): string;
}

/**
 * Read, merge, apply, write against the ETag read, until the write lands (another device's
 * write in between means read again). Answers the ETag to remember, or null when unknown.
 */
async function syncFile<State>(
  sync: FileSync<State>,
  listed: boolean,
  key: CryptoKey | null,
  deps: SyncDeps,
  report: SyncReport,
): Promise<string | null> {
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    if (round > 0) await deps.wait(400 * 2 ** (round - 1));
    const remoteFile = round > 0 || listed ? await deps.folder.read(sync.name) : null;
    const plain = remoteFile ? await plainText(remoteFile, key) : null;
    const parsed = plain === null ? null : sync.parse(plain);
    if (parsed && 'problem' in parsed && parsed.problem === 'newer_version')
      throw new SyncError('newer_version');
    // A damaged file cannot be merged; this device's copy takes its place and the other
    // devices add theirs on their next sync, so nothing readable is lost.
    const remote = parsed && 'state' in parsed ? parsed.state : sync.empty;
    const corrupt = remoteFile !== null && !(parsed && 'state' in parsed);
    const merged = sync.merge(await sync.local(), remote);
    await sync.apply(merged, remote);
    const text = sync.serialize(merged);
    if (!corrupt && remoteFile && plain === text) return remoteFile.etag ?? null;
    const body = key ? await encryptText(key, text) : text;
    const written = await deps.folder.write(sync.name, body, remoteFile?.etag ?? null);
    if (written === 'conflict') continue;
    if (corrupt) report.repaired.push(sync.name);
    report.sent += 1;
    // Without a strong ETag in the answer (Apache gives none), the next sync reads it again.
    return written.etag && !written.etag.startsWith('W/') ? written.etag : null;
  }
  throw new SyncError('busy', sync.name);
}

async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(hash), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function latestClocks(state: ShardState): string[] {
  const clocks: string[] = [];
  for (const conversation of state.conversations)
    clocks.push(
      ...Object.values(conversation.clocks).filter((at): at is string => at !== undefined),
    );
  for (const stone of state.tombstones) clocks.push(stone.at);
  const latest = clocks.toSorted(compareClocks).at(-1);
  return latest ? [latest] : [];
}

export async function runSync(deps: SyncDeps): Promise<SyncReport> {
  const { folder, config } = deps;
  let memory = await deps.loadMemory();
  if (memory.target !== targetOf(config)) memory = { ...EMPTY_MEMORY, target: targetOf(config) };

  let listing = await folder.list();
  if (!listing) {
    await folder.create();
    listing = new Map();
  }
  const key = await openManifest(folder, listing, config.passphrase, memory);
  const index = await readLocalIndex();

  const work = new Set<string>();
  if (!memory.firstSyncDone) {
    const finished = new Set(memory.firstSyncShards);
    for (const shard of [...index.conversations.keys(), ...index.tombstones.keys()])
      if (!finished.has(shard)) work.add(shard);
  }
  for (const conversationId of index.pending.keys()) work.add(shardOf(conversationId));
  for (const shard of ALL_SHARDS) {
    const etag = listing.get(shardFile(shard));
    if (etag !== undefined && !sameEtag(etag, memory.etags[shard])) work.add(shard);
  }

  // Settings: when they changed here since the last sync, or on the server.
  const localSettings = await deps.localSettings();
  const settingsEtag = listing.get(SETTINGS_FILE);
  // A fresh install's defaults are nothing to share until the folder has settings.
  const shareable =
    settingsEtag !== undefined || Object.values(localSettings).some((unit) => unit.at !== NEVER);
  const settingsWork =
    (shareable && memory.settingsDigest !== (await digest(serializeSettingsFile(localSettings)))) ||
    (settingsEtag !== undefined && !sameEtag(settingsEtag, memory.etags[SETTINGS_KEY]));

  const report: SyncReport = { received: [], sent: 0, requests: 0, repaired: [] };
  const shards = [...work].toSorted();
  const total = shards.length + (settingsWork ? 1 : 0);
  deps.onProgress(0, total);
  for (const [done, shard] of shards.entries()) {
    const ids = index.conversations.get(shard) ?? [];
    const marks = new Map(
      [...index.pending].filter(([conversationId]) => shardOf(conversationId) === shard),
    );
    const etag = await syncFile<ShardState>(
      {
        name: shardFile(shard),
        empty: EMPTY_SHARD,
        parse: (text) => {
          const parsed = parseShard(text);
          return 'problem' in parsed ? parsed : { state: parsed };
        },
        local: () => readLocalShard(ids, index.tombstones.get(shard) ?? []),
        merge: mergeShards,
        apply: async (merged, remote) => {
          for (const clock of latestClocks(remote)) deps.receiveClock(clock);
          report.received.push(...(await applyShard(merged)));
        },
        serialize: serializeShard,
      },
      listing.has(shardFile(shard)),
      key,
      deps,
      report,
    );
    if (etag) memory.etags[shard] = etag;
    else delete memory.etags[shard];
    await clearPending(marks);
    if (!memory.firstSyncDone) memory.firstSyncShards.push(shard);
    await deps.saveMemory(memory);
    deps.onProgress(done + 1, total);
  }
  if (!memory.firstSyncDone) {
    memory = { ...memory, firstSyncDone: true, firstSyncShards: [] };
    await deps.saveMemory(memory);
  }
  if (settingsWork) {
    const etag = await syncFile<UnitTable>(
      {
        name: SETTINGS_FILE,
        empty: {},
        parse: (text) => {
          const parsed = parseSettingsFile(text);
          return 'problem' in parsed ? parsed : { state: parsed.table };
        },
        local: () => deps.localSettings(),
        merge: mergeTables,
        apply: async (merged, remote) => {
          for (const unit of Object.values(remote)) deps.receiveClock(unit.at);
          await deps.applySettings(merged);
        },
        serialize: serializeSettingsFile,
      },
      listing.has(SETTINGS_FILE),
      key,
      deps,
      report,
    );
    if (etag) memory.etags[SETTINGS_KEY] = etag;
    else delete memory.etags[SETTINGS_KEY];
    memory.settingsDigest = await digest(serializeSettingsFile(await deps.localSettings()));
    await deps.saveMemory(memory);
    deps.onProgress(total, total);
  }
  report.requests = folder.requests;
  report.received = [...new Set(report.received)];
  return report;
}
