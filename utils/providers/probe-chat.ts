// Test connection's second step: one short reply, so the adaptations a server needs are
// found while the user is in Settings, not on their first real message.
import { RequestRefused } from '@/utils/engine/refusal';
import type { RequestOf } from '@/utils/protocol/requests';
import type { Settings } from '@/utils/settings/model';
import type { Adaptations } from './adaptation';
import type { AdaptationMemory } from './adaptation-memory';
import { adaptiveCompletion } from './adaptive-stream';
import { describeError, errorContext, toChatError } from './errors';
import { PRESETS, presetForBaseURL } from './presets';
import { providerName, type RequestConfig } from './request';
import type { StreamCompletion } from './stream';

/** Enough to see the length field accepted; a handful of tokens at most. */
const PROBE_MAX_TOKENS = 16;
const PROBE_PROMPT = 'Reply with the word OK.';

/**
 * Sends one short chat request as a real one would go (the user's temperature and top_p,
 * a length limit, usage in the stream), adapting to refusals, and stops at the first token.
 * Answers with what is now known to be adapted for the profile.
 */
export async function answerProbeChat(
  request: RequestOf<'probeChat'>,
  loadSettings: () => Promise<Settings>,
  send: StreamCompletion,
  memory: AdaptationMemory,
): Promise<Adaptations> {
  const { target, profileId, model } = request;
  const settings = await loadSettings();
  const preset = target.preset ?? presetForBaseURL(target.baseURL);
  const profile = { name: '', preset, baseURL: target.baseURL, apiKey: target.apiKey };
  const config: RequestConfig = {
    profileId,
    preset,
    name: '',
    providerName: providerName(profile),
    baseURL: target.baseURL,
    apiKey: target.apiKey,
    headers: { ...PRESETS[preset].headers, ...target.headers },
    model,
    systemPrompt: '',
    temperature: settings.temperature,
    maxTokens: PROBE_MAX_TOKENS,
    topP: settings.topP,
    stallTimeoutMs: settings.stallTimeoutMs,
  };
  const controller = new AbortController();
  const timeout = setTimeout(() => controller.abort(), settings.stallTimeoutMs);
  try {
    const parts = adaptiveCompletion(send, memory)(
      config,
      [{ role: 'user', content: PROBE_PROMPT }],
      controller.signal,
    );
    // The first part proves the request was accepted; the rest would only cost tokens.
    const reply = parts[Symbol.asyncIterator]();
    await reply.next();
    await reply.return?.();
  } catch (error) {
    const chatError = toChatError(error);
    throw new RequestRefused(describeError(chatError, errorContext({ ...profile, model })), {
      cause: chatError,
    });
  } finally {
    clearTimeout(timeout);
    controller.abort();
  }
  return memory.get(profileId, target.baseURL);
}
