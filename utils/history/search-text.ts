// Text normalization and tokens for history search. Chinese and Japanese have no spaces,
// so runs of CJK characters are indexed as overlapping bigrams (plus each run's last
// character), and everything else as words. Search is case- and accent-insensitive.

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+|\p{Extended_Pictographic}/gu;
/** Longest word kept whole; longer runs (hashes, base64) are cut. */
const MAX_WORD = 32;

/** Lower-cases, folds width (ｆｕｌｌ → full) and strips accents (café → cafe). */
function normalizeForSearch(text: string): string {
  return text.normalize('NFKC').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A query or text broken into index tokens. */
export interface SearchTokens {
  tokens: string[];
  /** The last token may be a word still being typed: match it as a prefix. */
  prefixLast: boolean;
}

function pushRun(run: string, into: Set<string>): void {
  if (CJK.test(run[0] ?? '')) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) into.add(`${chars[i]}${chars[i + 1]}`);
    into.add(chars.at(-1) ?? '');
    return;
  }
  into.add(run.slice(0, MAX_WORD));
}

/** The distinct tokens of a text, for the index. */
export function indexTokens(text: string): string[] {
  const tokens = new Set<string>();
  for (const match of normalizeForSearch(text).matchAll(TOKEN_RUN)) pushRun(match[0], tokens);
  tokens.delete('');
  return [...tokens];
}

/** The tokens to look up for what the user typed. */
export function queryTokens(query: string): SearchTokens {
  const normalized = normalizeForSearch(query);
  const runs = [...normalized.matchAll(TOKEN_RUN)].map((match) => match[0]);
  const tokens = new Set<string>();
  for (const run of runs) {
    const chars = [...run];
    if (!CJK.test(run[0] ?? '')) tokens.add(run.slice(0, MAX_WORD));
    else if (chars.length === 1) tokens.add(run);
    // Bigrams alone find a CJK phrase; the run-final unigram exists only in the index.
    else for (let i = 0; i + 1 < chars.length; i += 1) tokens.add(`${chars[i]}${chars[i + 1]}`);
  }
  tokens.delete('');
  const last = runs.at(-1) ?? '';
  // A CJK character alone, or a word being typed, matches as a prefix of indexed tokens.
  const prefixLast =
    last !== '' && !/\s$/.test(query) && (!CJK.test(last[0] ?? '') || [...last].length === 1);
  return { tokens: [...tokens], prefixLast };
}

/** A stretch of text around a match, split so the matched parts can be marked. */
export interface Snippet {
  parts: { text: string; match: boolean }[];
}

/**
 * Finds the query's tokens in `text` (case- and accent-insensitively) and returns a short
 * window around the first match with every match marked, in the original characters.
 */
export function snippetFor(text: string, query: string, radius = 60): Snippet {
  // Normalize character by character to map matches back to the original text.
  const originals: number[] = [];
  let normalized = '';
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    const char = String.fromCodePoint(code);
    const folded = normalizeForSearch(char);
    for (let k = 0; k < folded.length; k += 1) originals.push(i);
    normalized += folded;
    i += char.length;
  }
  const { tokens } = queryTokens(query);
  const ranges: [number, number][] = [];
  for (const token of tokens) {
    let from = normalized.indexOf(token);
    while (from >= 0) {
      ranges.push([from, from + token.length]);
      from = normalized.indexOf(token, from + token.length);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const toOriginal = (index: number) =>
    index >= originals.length ? text.length : (originals[index] ?? text.length);
  const first = ranges[0];
  const center = first ? toOriginal(first[0]) : 0;
  const start = Math.max(0, center - radius);
  const end = Math.min(text.length, center + radius * 2);
  const parts: Snippet['parts'] = [];
  let cursor = start;
  for (const [from, to] of ranges) {
    const a = Math.max(toOriginal(from), cursor);
    const b = Math.min(toOriginal(to), end);
    if (b <= a || a >= end) continue;
    if (a > cursor) parts.push({ text: text.slice(cursor, a), match: false });
    parts.push({ text: text.slice(a, b), match: true });
    cursor = b;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), match: false });
  if (start > 0) parts.unshift({ text: '…', match: false });
  if (end < text.length) parts.push({ text: '…', match: false });
  return { parts };
}
