// Chrome's built-in model (Gemini Nano, the Prompt API) as a StreamCompletion: on this
// device, with no key, and nothing leaving the computer.
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import {
  builtinModelApi,
  type BuiltinModelApi,
  type BuiltinPrompt,
  type BuiltinSession,
} from './builtin-api';
import { ChatError } from './errors';
import { PRESETS } from './presets';
import type { StreamCompletion } from './stream';

function textOf(message: ChatCompletionMessageParam): string {
  const { content } = message;
  if (typeof content === 'string') return content;
  if (!Array.isArray(content)) return '';
  return content.map((part) => ('text' in part ? part.text : '')).join('');
}

/**
 * The conversation as the Prompt API wants it: everything before the last user message
 * becomes the session's initial prompts (the system prompt first, as it requires), and the
 * last user message is what is prompted.
 */
export function toBuiltinPrompts(messages: readonly ChatCompletionMessageParam[]): {
  initialPrompts: BuiltinPrompt[];
  input: string;
} {
  const prompts: BuiltinPrompt[] = [];
  for (const message of messages) {
    // The Prompt API's image input is not in every Chrome: say so rather than drop them.
    if (Array.isArray(message.content) && message.content.some((part) => part.type === 'image_url'))
      throw new ChatError('no_vision');
    const content = textOf(message);
    if (message.role === 'system' || message.role === 'developer') {
      // Only one system prompt, and only first: merge any later ones into it.
      const first = prompts[0];
      if (first?.role === 'system') first.content += `\n\n${content}`;
      else prompts.unshift({ role: 'system', content });
    } else if (message.role === 'user' || message.role === 'assistant') {
      prompts.push({ role: message.role, content });
    }
  }
  const last = prompts.at(-1);
  if (last?.role !== 'user') return { initialPrompts: prompts, input: '' };
  prompts.pop();
  return { initialPrompts: prompts, input: last.content };
}

/** What the Prompt API's DOMExceptions mean for the user. */
function builtinError(error: unknown): unknown {
  const name = error instanceof Error ? error.name : '';
  if (name === 'AbortError') return error;
  if (name === 'QuotaExceededError') {
    return new ChatError('bad_request', { cause: error, detail: 'builtin_too_long' });
  }
  if (name === 'NotSupportedError' || name === 'NotAllowedError') {
    return new ChatError('not_configured', { cause: error, detail: 'builtin_unavailable' });
  }
  // The model is loading, downloading or serving another page: try again in a moment.
  return new ChatError('server', { cause: error, detail: 'builtin_busy' });
}

/** A StreamCompletion on the browser's built-in model; the API is looked up per request. */
export function builtinCompletion(
  findApi: () => BuiltinModelApi | null = builtinModelApi,
): StreamCompletion {
  return async function* (_config, messages, signal) {
    const api = findApi();
    const availability = api ? await api.availability().catch(() => 'unavailable') : 'unavailable';
    if (!api || availability === 'unavailable') {
      throw new ChatError('not_configured', { detail: 'builtin_unavailable' });
    }
    const { initialPrompts, input } = toBuiltinPrompts(messages);
    let session: BuiltinSession | null = null;
    try {
      session = await api.create({ initialPrompts, signal });
      const reader = session.promptStreaming(input, { signal }).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (value) yield { content: value };
      }
      // The Prompt API counts the context, not the reply: the context is what is limited.
      const used = session.inputUsage;
      yield { usage: { promptTokens: used, completionTokens: 0, totalTokens: used } };
    } catch (error) {
      throw builtinError(error);
    } finally {
      session?.destroy();
    }
  };
}

/** Requests for an on-device preset go to the built-in model, all others to `remote`. */
export function routeCompletion(
  onDevice: StreamCompletion,
  remote: StreamCompletion,
): StreamCompletion {
  return (config, messages, signal) =>
    PRESETS[config.preset].onDevice
      ? onDevice(config, messages, signal)
      : remote(config, messages, signal);
}
