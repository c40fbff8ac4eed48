import OpenAI from 'openai';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { TokenUsage } from '@/utils/history/types';
import { completionBody } from './completion-body';
import { PRESETS } from './presets';
import { apiFetch } from './api-fetch';
import { ChatError } from './errors';
import type { RequestConfig } from './request';

/** One piece of a streamed reply. */
export interface StreamPart {
  content?: string;
  reasoning?: string;
  usage?: TokenUsage;
  /** The model the provider says answered (a router may pick another than asked). */
  model?: string;
}

/** Streams one chat completion; the engine passes the signal it aborts on Stop or stall. */
export type StreamCompletion = (
  config: RequestConfig,
  messages: ChatCompletionMessageParam[],
  signal: AbortSignal,
) => AsyncIterable<StreamPart>;

/**
 * Fields some providers add to a delta: DeepSeek and Kimi `reasoning_content`; OpenRouter
 * `reasoning`, and `reasoning_details` (text or summary parts) for models that give those.
 */
interface ReasoningDelta {
  reasoning_content?: unknown;
  reasoning?: unknown;
  reasoning_details?: unknown;
}

/** The reasoning text in a delta: one field only, as OpenRouter repeats it in several. */
export function reasoningOf(delta: ReasoningDelta | undefined): string {
  if (!delta) return '';
  for (const field of [delta.reasoning_content, delta.reasoning]) {
    if (typeof field === 'string' && field) return field;
  }
  if (!Array.isArray(delta.reasoning_details)) return '';
  return delta.reasoning_details
    .map((detail: unknown) => {
      const part = (detail ?? {}) as { type?: unknown; text?: unknown; summary?: unknown };
      // Encrypted parts carry no text to show.
      if (part.type === 'reasoning.text' && typeof part.text === 'string') return part.text;
      if (part.type === 'reasoning.summary' && typeof part.summary === 'string') {
        return part.summary;
      }
      return '';
    })
    .join('');
}

/** The real StreamCompletion: the official openai SDK against any compatible base URL. */
export const streamChatCompletion: StreamCompletion = async function* (config, messages, signal) {
  const client = new OpenAI({
    baseURL: config.baseURL,
    // Local servers take no key, but the SDK requires a string.
    apiKey: config.apiKey || 'no-key',
    // Azure takes the key as `api-key`; a null Authorization keeps the SDK from adding one.
    defaultHeaders:
      PRESETS[config.preset].keyHeader === 'api-key'
        ? { ...config.headers, 'api-key': config.apiKey, Authorization: null }
        : config.headers,
    fetch: apiFetch,
    // The key belongs to the user and stays in their browser; there is no server of ours.
    dangerouslyAllowBrowser: true,
    // Retries are the user's call (the Retry button), so failures show at once.
    maxRetries: 0,
  });
  const stream = await client.chat.completions.create(completionBody(config, messages).body, {
    signal,
  });
  for await (const chunk of stream) {
    // A data line that is no chunk but says something is a failure some proxies report so.
    if (!Array.isArray(chunk.choices)) {
      const said = (chunk as { message?: unknown }).message;
      if (typeof said === 'string') throw new ChatError('bad_request', { detail: said });
      continue;
    }
    const delta = chunk.choices[0]?.delta as
      (ReasoningDelta & { content?: string | null }) | undefined;
    const part: StreamPart = {};
    if (delta?.content) part.content = delta.content;
    // Some gateways name no model, or an empty one: the requested model then stands.
    if (typeof chunk.model === 'string' && chunk.model.trim()) part.model = chunk.model.trim();
    const reasoning = reasoningOf(delta);
    if (reasoning) part.reasoning = reasoning;
    if (chunk.usage) {
      part.usage = {
        promptTokens: chunk.usage.prompt_tokens,
        completionTokens: chunk.usage.completion_tokens,
        totalTokens: chunk.usage.total_tokens,
      };
    }
    if (part.content !== undefined || part.reasoning !== undefined || part.usage || part.model) {
      yield part;
    }
  }
};
