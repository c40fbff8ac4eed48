// End-to-end encryption of the sync folder with Web Crypto: AES-GCM 256 with a random IV per
// file, under a key from PBKDF2-SHA-256 (the slow KDF Web Crypto has, so no library). The
// server only ever sees these envelopes and the salt; the passphrase never leaves the device.

const ENVELOPE = 'sidechat-encrypted';
export const KDF_ITERATIONS = 600_000;
/** Encrypted into the manifest: a wrong passphrase fails to open it, before anything else. */
export const KEY_CHECK = 'sidechat-key-check';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** A new random salt, as the manifest stores it. */
export function newSalt(): string {
  return toBase64(crypto.getRandomValues(new Uint8Array(16)));
}

/** The key of a passphrase and salt (about half a second: that is the point). */
export async function deriveKey(
  passphrase: string,
  salt: string,
  iterations = KDF_ITERATIONS,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** The envelope of a text: JSON holding the IV and the ciphertext. */
export async function encryptText(key: CryptoKey, text: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(text),
  );
  return JSON.stringify({ [ENVELOPE]: 1, iv: toBase64(iv), data: toBase64(new Uint8Array(data)) });
}

/** True when a remote file is an envelope (whatever its key). */
export function isEnvelope(text: string): boolean {
  return text.startsWith(`{"${ENVELOPE}":`);
}

/** The text inside an envelope, or null when the key is not the one it was sealed with. */
export async function decryptText(key: CryptoKey, envelope: string): Promise<string | null> {
  try {
    const parsed = JSON.parse(envelope) as { iv?: unknown; data?: unknown };
    if (typeof parsed.iv !== 'string' || typeof parsed.data !== 'string') return null;
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(parsed.iv) },
      key,
      fromBase64(parsed.data),
    );
    return new TextDecoder().decode(plain);
  } catch {
    return null;
  }
}
