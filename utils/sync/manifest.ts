// The folder's manifest, `sidechat-sync.json`: the format version, and how the folder is
// encrypted (the salt and a key check), so a device knows before reading anything else whether
// it can read the folder, and a wrong passphrase is caught before anything is written.
import { decryptText, deriveKey, encryptText, KDF_ITERATIONS, KEY_CHECK, newSalt } from './crypto';
import { SyncError } from './webdav-folder';

export const MANIFEST_FILE = 'sidechat-sync.json';
const MANIFEST_FORMAT = 'sidechat-sync';
export const MANIFEST_VERSION = 1;

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  version: number;
  encryption: { kdf: 'PBKDF2-SHA-256'; iterations: number; salt: string; check: string } | null;
}

/** A new folder's manifest, encrypted when there is a passphrase. */
export async function newManifest(
  passphrase: string,
): Promise<{ manifest: Manifest; key: CryptoKey | null }> {
  if (!passphrase) {
    return {
      manifest: { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, encryption: null },
      key: null,
    };
  }
  const salt = newSalt();
  const key = await deriveKey(passphrase, salt, KDF_ITERATIONS);
  return {
    key,
    manifest: {
      format: MANIFEST_FORMAT,
      version: MANIFEST_VERSION,
      encryption: {
        kdf: 'PBKDF2-SHA-256',
        iterations: KDF_ITERATIONS,
        salt,
        check: await encryptText(key, KEY_CHECK),
      },
    },
  };
}

/** Reads a manifest, checked; throws the SyncError the user needs to see. */
export function parseManifest(text: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SyncError('corrupt', MANIFEST_FILE);
  }
  const manifest = data as Partial<Manifest> | null;
  if (manifest?.format !== MANIFEST_FORMAT || typeof manifest.version !== 'number')
    throw new SyncError('corrupt', MANIFEST_FILE);
  if (manifest.version > MANIFEST_VERSION) throw new SyncError('newer_version', MANIFEST_FILE);
  const encryption = manifest.encryption;
  if (encryption === null || encryption === undefined)
    return { format: MANIFEST_FORMAT, version: manifest.version, encryption: null };
  const { salt, check, iterations } = encryption;
  if (
    typeof salt !== 'string' ||
    typeof check !== 'string' ||
    typeof iterations !== 'number' ||
    !Number.isInteger(iterations) ||
    iterations < 100_000 ||
    iterations > 10_000_000
  )
    throw new SyncError('corrupt', MANIFEST_FILE);
  return {
    format: MANIFEST_FORMAT,
    version: manifest.version,
    encryption: { kdf: 'PBKDF2-SHA-256', iterations, salt, check },
  };
}

/**
 * The key to read and write the folder with: null for a plain folder. A passphrase that does
 * not open the key check, or a mismatch between folder and settings, stops the sync here.
 */
export async function folderKey(manifest: Manifest, passphrase: string): Promise<CryptoKey | null> {
  const { encryption } = manifest;
  if (!encryption) {
    if (passphrase) throw new SyncError('not_encrypted');
    return null;
  }
  if (!passphrase) throw new SyncError('passphrase_needed');
  const key = await deriveKey(passphrase, encryption.salt, encryption.iterations);
  if ((await decryptText(key, encryption.check)) !== KEY_CHECK)
    throw new SyncError('wrong_passphrase');
  return key;
}
