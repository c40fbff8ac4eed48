import type {
  ChatCompletionCreateParamsStreaming,
  ChatCompletionMessageParam,
} from 'openai/resources/chat/completions';
import type { SamplingParam, SentFields } from './adaptation';
import { PRESETS } from './presets';
import type { RequestConfig } from './request';

/** The streaming request for one reply, shaped by what the profile's server accepts. */
export function completionBody(
  config: RequestConfig,
  messages: ChatCompletionMessageParam[],
): { body: ChatCompletionCreateParamsStreaming; sent: SentFields } {
  const adaptations = config.adaptations ?? {};
  const refused = new Set<SamplingParam>(adaptations.refused?.[config.model] ?? []);
  const lengthField = adaptations.lengthField ?? 'max_tokens';
  const sampling: SamplingParam[] = [];
  const body: ChatCompletionCreateParamsStreaming = {
    model: config.model,
    messages,
    stream: true,
  };
  if (!adaptations.noStreamUsage) body.stream_options = { include_usage: true };
  if (config.temperature !== null && !refused.has('temperature')) {
    const max = PRESETS[config.preset].temperatureMax;
    body.temperature = max === undefined ? config.temperature : Math.min(config.temperature, max);
    sampling.push('temperature');
  }
  if (config.topP !== null && !refused.has('top_p')) {
    body.top_p = config.topP;
    sampling.push('top_p');
  }
  let sentLength: SentFields['lengthField'] = null;
  if (config.maxTokens !== null && lengthField !== 'none') {
    // max_tokens by default: every compatible server reads it; OpenAI's reasoning models
    // refuse it and ask for max_completion_tokens, which the adaptation then sends.
    body[lengthField] = config.maxTokens;
    sentLength = lengthField;
  }
  return {
    body,
    sent: { streamUsage: !adaptations.noStreamUsage, lengthField: sentLength, sampling },
  };
}
