import type { ChatMessage } from '@/utils/history/types';
// How much a model can read at once, and how much of that a chat uses. Windows come from,
// in order: the profile's own setting, the provider's model list (`context_length` and
// kin), and the table below of models the presets offer.

/** Known windows by model name, first match wins; provider prefixes are stripped first. */
const KNOWN_WINDOWS: readonly (readonly [pattern: RegExp, tokens: number])[] = [
  [/^gpt-4\.1/, 1_047_576],
  [/^gpt-5/, 400_000],
  [/^gpt-4o|^chatgpt-4o|^gpt-4-turbo/, 128_000],
  [/^o[134](-|$)/, 200_000],
  [/^claude-/, 200_000],
  [/^gemini-nano/, 9216], // Chrome's built-in model; its session reports the real quota
  [/^gemini-(2|3)/, 1_048_576],
  [/^gemini-1\.5-pro/, 2_097_152],
  [/^gemini-1\.5/, 1_048_576],
  [/^deepseek-(chat|reasoner)$/, 128_000],
  [/^deepseek-(v3|r1)/, 128_000], // as SiliconFlow and OpenRouter name them
  [/^kimi-k2/, 262_144],
  [/^moonshot-v1-(\d+)k/, 0], // the size is in the name: 8k, 32k, 128k
  [/^qwen-turbo/, 1_000_000],
  [/^qwen-(plus|long)/, 131_072],
  [/^qwen-max/, 32_768],
  [/^mistral-(large|medium|small)/, 131_072],
  [/^grok-4/, 256_000],
  [/^grok-3/, 131_072],
  [/^llama-3\.[13]-\d+b/, 131_072],
];

/** The window of a model the table knows, or null. */
export function knownContextWindow(model: string): number | null {
  // OpenRouter and SiliconFlow name models `vendor/model`.
  const name = model.trim().toLowerCase().split('/').at(-1) ?? '';
  for (const [pattern, tokens] of KNOWN_WINDOWS) {
    const match = pattern.exec(name);
    if (!match) continue;
    if (tokens > 0) return tokens;
    const thousands = Number(match[1]);
    return Number.isFinite(thousands) ? thousands * 1024 : null;
  }
  return null;
}

/** The window to count against: the profile's setting, the model list's, or the table's. */
export function contextWindowFor(
  model: string,
  profileWindow: number | null | undefined,
  listed: Readonly<Record<string, number>> | undefined,
): number | null {
  if (profileWindow && profileWindow > 0) return profileWindow;
  const fromList = listed?.[model];
  if (fromList && fromList > 0) return fromList;
  return knownContextWindow(model);
}

/**
 * A documented estimate where no tokenizer fits every model: a CJK character is about one
 * token, other text about four characters per token (OpenAI's rule of thumb). It errs a
 * little high for English, which is the safe side for a warning.
 */
export function estimateTokens(text: string): number {
  let cjk = 0;
  // A loop over char codes: a page of 400,000 characters is counted in about a millisecond.
  for (let index = 0; index < text.length; index++) {
    if (isCjk(text.charCodeAt(index))) cjk++;
  }
  return cjk + Math.ceil((text.length - cjk) / 4);
}

/** Kana, CJK ideographs, Hangul and compatibility ideographs: about a token each. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0xf900 && code <= 0xfaff)
  );
}

/** How many characters of `text` fit in `tokens` tokens, by the same estimate. */
export function tokensUpTo(text: string, tokens: number): number {
  let used = 0;
  for (let index = 0; index < text.length; index++) {
    used += isCjk(text.charCodeAt(index)) ? 1 : 0.25;
    if (used > tokens) return index;
  }
  return text.length;
}

/** How full the window will be with the next message: null when the window is unknown. */
export function contextFill(
  usedTokens: number,
  nextText: string,
  window: number | null,
): { tokens: number; window: number; ratio: number } | null {
  if (!window) return null;
  const tokens = usedTokens + estimateTokens(nextText);
  return { tokens, window, ratio: tokens / window };
}

/**
 * The tokens a chat's next request starts from: the last reply's reported total (its
 * prompt and its answer), plus estimates for what came after it; all estimated when no
 * provider reported usage.
 */
export function contextTokensOf(
  messages: readonly Pick<ChatMessage, 'content' | 'usage' | 'pages'>[],
): number {
  let tokens = 0;
  for (const message of messages) {
    // Pages are sent again with every later request: their counted tokens belong here too.
    const pages = message.pages?.reduce((sum, page) => sum + page.tokens, 0) ?? 0;
    tokens = message.usage?.totalTokens
      ? message.usage.totalTokens
      : tokens + estimateTokens(message.content) + pages;
  }
  return tokens;
}
