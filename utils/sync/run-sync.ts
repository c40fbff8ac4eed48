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

/** A remote shard's content: the state, or why it cannot be used. */
async function readShardText(
  file: RemoteFile | null,
  key: CryptoKey | null,
): Promise<{ state: ShardState; plain: string | null } | 'corrupt'> {
  if (!file) return { state: EMPTY_SHARD, plain: null };
  let plain: string | null = file.text;
  if (key) plain = isEnvelope(file.text) ? await decryptText(key, file.text) : null;
  else if (isEnvelope(file.text)) throw new SyncError('corrupt');
  if (plain === null) return 'corrupt';
  const parsed = parseShard(plain);
  if ('problem' in parsed) {
    if (parsed.problem === 'newer_version') throw new SyncError('newer_version');
    return 'corrupt';
  }
  return { state: parsed, plain };
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

  const report: SyncReport = { received: [], sent: 0, requests: 0, repaired: [] };
  const shards = [...work].toSorted();
  deps.onProgress(0, shards.length);
  for (const [done, shard] of shards.entries()) {
    const file = shardFile(shard);
    const ids = index.conversations.get(shard) ?? [];
    const marks = new Map(
      [...index.pending].filter(([conversationId]) => shardOf(conversationId) === shard),
    );
    let finished = false;
    for (let round = 0; round < MAX_ROUNDS && !finished; round += 1) {
      if (round > 0) await deps.wait(400 * 2 ** (round - 1));
      const remoteFile = round > 0 || listing.has(file) ? await folder.read(file) : null;
      const remote = await readShardText(remoteFile, key);
      // A damaged shard cannot be merged; this device's copy takes its place and the other
      // devices add theirs on their next sync, so nothing readable is lost.
      const remoteState = remote === 'corrupt' ? EMPTY_SHARD : remote.state;
      const local = await readLocalShard(ids, index.tombstones.get(shard) ?? []);
      const merged = mergeShards(local, remoteState);
      for (const clock of latestClocks(remoteState)) deps.receiveClock(clock);
      report.received.push(...(await applyShard(merged)));
      const text = serializeShard(merged);
      if (remote !== 'corrupt' && remote.plain === text && remoteFile) {
        if (remoteFile.etag) memory.etags[shard] = remoteFile.etag;
        finished = true;
        break;
      }
      const body = key ? await encryptText(key, text) : text;
      const written = await folder.write(file, body, remoteFile?.etag ?? null);
      if (written === 'conflict') continue;
      if (remote === 'corrupt') report.repaired.push(file);
      report.sent += 1;
      // Without an ETag in the answer (Apache gives none), the next sync reads it once more.
      if (written.etag && !written.etag.startsWith('W/')) memory.etags[shard] = written.etag;
      else delete memory.etags[shard];
      finished = true;
    }
    if (!finished) throw new SyncError('busy', file);
    await clearPending(marks);
    if (!memory.firstSyncDone) memory.firstSyncShards.push(shard);
    await deps.saveMemory(memory);
    deps.onProgress(done + 1, shards.length);
  }
  if (!memory.firstSyncDone) {
    memory = { ...memory, firstSyncDone: true, firstSyncShards: [] };
    await deps.saveMemory(memory);
  }
  report.requests = folder.requests;
  report.received = [...new Set(report.received)];
  return report;
}
