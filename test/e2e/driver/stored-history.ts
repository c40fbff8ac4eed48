// Reads and clears the extension's IndexedDB the way a test must: opened directly in the
// extension's origin, without our code. Each function runs there (a Chrome service worker or
// a Firefox extension page), so it is self-contained: no imports, no outer variables.

/** How many records a history store ('conversations', 'messages', 'search') holds. */
export async function countStored(name: string): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('sidechat');
    open.addEventListener('success', () => resolve(open.result));
    open.addEventListener('error', () => reject(open.error));
  });
  const count = await new Promise<number>((resolve) => {
    const request = db.transaction(name).objectStore(name).count();
    request.addEventListener('success', () => resolve(request.result));
  });
  db.close();
  return count;
}

/** Empties the history, as a new install would have it. */
export async function wipeHistory(): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('sidechat');
    open.addEventListener('success', () => resolve(open.result));
    open.addEventListener('error', () => reject(open.error));
  });
  const names = [...db.objectStoreNames];
  const tx = db.transaction(names, 'readwrite');
  for (const name of names) tx.objectStore(name).clear();
  await new Promise((resolve) => tx.addEventListener('complete', resolve));
  db.close();
}

/** How many characters of the newest reply are stored (what survives a closed panel). */
export async function storedReplyLength(): Promise<number> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('sidechat');
    open.addEventListener('success', () => resolve(open.result));
    open.addEventListener('error', () => reject(open.error));
  });
  const all = await new Promise<{ role: string; content: string; createdAt: number }[]>(
    (resolve) => {
      const request = db.transaction('messages').objectStore('messages').getAll();
      request.addEventListener('success', () => resolve(request.result));
    },
  );
  db.close();
  const replies = all.filter((message) => message.role === 'assistant');
  replies.sort((a, b) => a.createdAt - b.createdAt);
  return replies.at(-1)?.content.length ?? 0;
}

/** The SHA-256 of every stored image's bytes, sorted: the same list means the same images. */
export async function storedImageDigests(): Promise<string[]> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open('sidechat');
    open.addEventListener('success', () => resolve(open.result));
    open.addEventListener('error', () => reject(open.error));
  });
  const all = await new Promise<{ blob: Blob }[]>((resolve) => {
    const request = db.transaction('images').objectStore('images').getAll();
    request.addEventListener('success', () => resolve(request.result));
  });
  db.close();
  const digests = await Promise.all(
    all.map(async ({ blob }) => {
      const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
      return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    }),
  );
  return digests.toSorted();
}
