// The sync folder on the user's WebDAV server, through the `webdav` client library (PROPFIND
// parsing, paths, auth). Every write is conditional on the ETag read, so two computers
// syncing at once never overwrite each other: a 412 sends the caller back to read and merge.
// Background only; the library is bundled into the worker alone.
import { createClient, type FileStat, type WebDAVClient } from 'webdav';
import type { SyncConfig, SyncErrorCode } from './config';

/** A failed request, by what the user can do about it. */
export class SyncError extends Error {
  constructor(
    readonly code: SyncErrorCode,
    detail: string = code,
  ) {
    super(detail);
    this.name = 'SyncError';
  }
}

/** The HTTP status of a failed library call, if it got one. */
function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A library or network failure as a SyncError (the detail never holds the password). */
export function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const status = statusOf(error);
  if (status === undefined) return new SyncError('offline');
  if (status === 401 || status === 403) return new SyncError('auth', `HTTP ${status}`);
  if (status === 404 || status === 405 || status === 409)
    return new SyncError('not_found', `HTTP ${status}`);
  if (status === 507 || status === 413) return new SyncError('quota', `HTTP ${status}`);
  return new SyncError('server', `HTTP ${status}`);
}

/** A remote file as read: its text and the ETag to write it back against. */
export interface RemoteFile {
  text: string;
  etag: string | null;
}

/** Where a write landed: the file's new ETag when the server said it, or a conflict. */
export type WriteResult = { etag: string | null } | 'conflict';

/** The files of the sync folder and the few operations sync needs. */
export interface RemoteFolder {
  /** Every file in the folder with its ETag (one PROPFIND); null when the folder is missing. */
  list(): Promise<Map<string, string> | null>;
  /** Makes the folder (and the ones above it). */
  create(): Promise<void>;
  read(name: string): Promise<RemoteFile | null>;
  /** Writes a file if it is still at `etag` (null: only if it does not exist yet). */
  write(name: string, text: string, etag: string | null): Promise<WriteResult>;
  /** How many requests this folder has made (the benchmark prints it). */
  readonly requests: number;
}

function bare(tag: string | null | undefined): string | undefined {
  return tag?.replace(/^W\//, '').replace(/"/g, '');
}

/** An ETag as compared between a listing and a read: quotes and the weak mark dropped. */
export function sameEtag(a: string | null | undefined, b: string | null | undefined): boolean {
  return Boolean(a) && bare(a) === bare(b);
}

function folderPath(folder: string): string {
  const trimmed = folder
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean)
    .join('/');
  return `/${trimmed}`;
}

/** The folder named in the config, on its server. */
export function openRemoteFolder(config: SyncConfig): RemoteFolder {
  let client: WebDAVClient;
  try {
    client = createClient(config.url.trim(), {
      username: config.username,
      password: config.password,
    });
  } catch {
    throw new SyncError('bad_url');
  }
  const base = folderPath(config.folder);
  const path = (name: string) => `${base === '/' ? '' : base}/${name}`;
  let requests = 0;
  const call = async <T>(run: () => Promise<T>): Promise<T> => {
    requests += 1;
    try {
      return await run();
    } catch (error) {
      throw toSyncError(error);
    }
  };
  return {
    get requests() {
      return requests;
    },
    async list() {
      try {
        const files = await call(() => client.getDirectoryContents(base) as Promise<FileStat[]>);
        return new Map(
          files
            .filter((file) => file.type === 'file')
            .map((file) => [file.basename, file.etag ?? ''] as const),
        );
      } catch (error) {
        if (error instanceof SyncError && error.code === 'not_found') return null;
        throw error;
      }
    },
    async create() {
      await call(() => client.createDirectory(base, { recursive: true }));
    },
    async read(name) {
      requests += 1;
      // The library's own Response type (it also runs in Node), read through the fetch API.
      let response: { text(): Promise<string>; headers: { get(name: string): string | null } };
      try {
        // Never the browser's cached copy: its ETag would be stale, and every write would
        // then fail its If-Match.
        response = await client.customRequest(path(name), {
          method: 'GET',
          headers: { 'Cache-Control': 'no-cache' },
        });
      } catch (error) {
        if (statusOf(error) === 404) return null;
        throw toSyncError(error);
      }
      return { text: await response.text(), etag: response.headers.get('etag') };
    },
    async write(name, text, etag) {
      requests += 1;
      const headers: Record<string, string> = {
        'Content-Type': 'application/json',
        ...(etag === null ? { 'If-None-Match': '*' } : { 'If-Match': etag }),
      };
      try {
        const response = await client.customRequest(path(name), {
          method: 'PUT',
          headers,
          data: text,
        });
        return { etag: response.headers.get('etag') };
      } catch (error) {
        if (statusOf(error) === 412) return 'conflict';
        throw toSyncError(error);
      }
    },
  };
}
