// Checks a conversation's own choices wherever they cross a boundary: a panel's request,
// a stored record. The export schema states the same rules from the same limits.
import {
  inRange,
  MAX_ID_LENGTH,
  MAX_MODEL_NAME,
  MAX_SYSTEM_PROMPT,
  SAMPLING_RANGES,
} from '@/utils/limits';
import type { ConversationOptions } from './types';

type Raw = Record<string, unknown>;

const isText = (value: unknown, max: number): value is string =>
  typeof value === 'string' && value.length <= max;

/** The options if `raw` is well formed, else null. Never throws. */
export function parseConversationOptions(raw: unknown): ConversationOptions | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const value = raw as Raw;
  const options: ConversationOptions = {};
  const texts = {
    profileId: MAX_ID_LENGTH,
    model: MAX_MODEL_NAME,
    systemPrompt: MAX_SYSTEM_PROMPT,
  };
  for (const [key, max] of Object.entries(texts) as [keyof typeof texts, number][]) {
    if (value[key] === undefined) continue;
    if (!isText(value[key], max)) return null;
    options[key] = value[key];
  }
  if (value.personaId !== undefined) {
    if (value.personaId !== null && !isText(value.personaId, MAX_ID_LENGTH)) return null;
    options.personaId = value.personaId;
  }
  for (const [key, range] of Object.entries(SAMPLING_RANGES) as [
    keyof typeof SAMPLING_RANGES,
    (typeof SAMPLING_RANGES)[keyof typeof SAMPLING_RANGES],
  ][]) {
    if (value[key] === undefined) continue;
    if (!inRange(value[key], range)) return null;
    options[key] = value[key];
  }
  return options;
}
