import { APIError } from 'openai';
import { adaptationFor, mergeAdaptations, type Adaptations, type Refusal } from './adaptation';
import type { AdaptationMemory } from './adaptation-memory';
import { completionBody } from './completion-body';
import type { StreamCompletion } from './stream';

/** A request may need several adaptations (usage, then the length field); never more. */
const MAX_ADAPTATIONS = 3;

/** The refusal in an error the SDK threw for an HTTP answer, if it is one. */
export function refusalOf(error: unknown): Refusal | null {
  if (!(error instanceof APIError) || typeof error.status !== 'number') return null;
  const body = error.error as { message?: unknown } | undefined;
  return {
    status: error.status,
    message: typeof body?.message === 'string' ? body.message : error.message,
    param: typeof error.param === 'string' ? error.param : null,
    code: typeof error.code === 'string' ? error.code : null,
  };
}

/** Called with each adaptation as it is learned (the connection test lists them). */
export type OnAdapted = (learned: Adaptations) => void;

/**
 * A StreamCompletion that sends what the profile's server is known to accept, and when the
 * server refuses a field before any reply arrived, retries without it (or with the field its
 * error names) and remembers that for the profile.
 */
export function adaptiveCompletion(
  send: StreamCompletion,
  memory: AdaptationMemory,
  onAdapted: OnAdapted = () => {},
): StreamCompletion {
  return async function* (config, messages, signal) {
    let adaptations = await memory.get(config.profileId, config.baseURL);
    for (let attempt = 0; ; attempt += 1) {
      const adapted = { ...config, adaptations };
      let started = false;
      try {
        for await (const part of send(adapted, messages, signal)) {
          started = true;
          yield part;
        }
        return;
      } catch (error) {
        const refusal = started || attempt >= MAX_ADAPTATIONS ? null : refusalOf(error);
        const learned =
          refusal && adaptationFor(refusal, completionBody(adapted, messages).sent, config.model);
        if (!learned) throw error;
        adaptations = mergeAdaptations(adaptations, learned);
        onAdapted(learned);
        await memory.learn(config.profileId, config.baseURL, learned);
      }
    }
  };
}
