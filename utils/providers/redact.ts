// Secrets out of text a provider sends back (and out of anything Sidechat writes from it):
// the key itself, any run of six of its characters (masked echoes such as "sk-abc…****WXYZ"
// or "…klmnopWXYZ"), and anything shaped like a key.
import type { Settings } from '@/utils/settings/model';

/** The shortest run of a key's characters that counts as an echo of it. */
const RUN = 6;
/** A word of text, as far as an echoed key would reach: up to spaces, quotes and brackets. */
const WORD = /[^\s"'`<>()[\]{},;]+/g;
/** Strings shaped like a key whoever's it is ("sk-proj-abc***xyz", "key_…"). */
const KEY_SHAPED = /\b(sk|key|api)[-_][A-Za-z0-9_*.…-]{6,}/gi;

/** `text` with every echo of the secrets, and anything key-shaped, replaced by "[key]". */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  for (const raw of secrets) {
    const secret = raw.trim();
    if (secret.length < 4) continue;
    clean = clean.split(secret).join('[key]');
    if (secret.length < RUN) continue;
    const runs = new Set<string>();
    for (let at = 0; at + RUN <= secret.length; at += 1) runs.add(secret.slice(at, at + RUN));
    // A word holding any run of the secret goes whole: its masked rest is part of the echo.
    clean = clean.replace(WORD, (word) => {
      // The sentence's own punctuation after an echo stays.
      const tail = /[.,:!?。，：！？]+$/.exec(word)?.[0] ?? '';
      const body = word.slice(0, word.length - tail.length);
      for (let at = 0; at + RUN <= body.length; at += 1) {
        if (runs.has(body.slice(at, at + RUN))) return `[key]${tail}`;
      }
      return word;
    });
  }
  return clean.replace(KEY_SHAPED, '[key]');
}

/** Every secret the settings hold: the profiles' keys and their extra headers' values. */
export function secretsOf(settings: Pick<Settings, 'profiles'>): string[] {
  return settings.profiles.flatMap((profile) => [
    profile.apiKey,
    ...Object.values(profile.headers),
  ]);
}
