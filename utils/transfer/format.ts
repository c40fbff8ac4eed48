import { z } from 'zod';
import { ERROR_CODES, FEEDBACK_VALUES, ROLES, SETTLED_STATUSES } from '@/utils/history/types';
import {
  MAX_ERROR_MESSAGE,
  MAX_ID_LENGTH,
  MAX_IMPORTED_TITLE,
  MAX_MESSAGE_TEXT,
  MAX_MODEL_NAME,
  MAX_SYSTEM_PROMPT,
  QUOTE_LIMITS,
  SAMPLING_RANGES,
  type NumberRange,
} from '@/utils/limits';

import { EXPORT_FORMAT, EXPORT_VERSION } from './version';

export { EXPORT_FORMAT, EXPORT_VERSION };

const id = z.string().min(1).max(MAX_ID_LENGTH);
// Not only integers: whatever a store holds must come back, or the round trip breaks.
const time = z.number().nonnegative().finite();
const sampling = (range: NumberRange) => {
  const number = z.number().min(range.min).max(range.max);
  return range.integer ? number.int() : number;
};

const quoteSchema = z.object({
  text: z.string().max(QUOTE_LIMITS.text),
  title: z.string().max(QUOTE_LIMITS.title),
  url: z.string().max(QUOTE_LIMITS.url),
});

const usageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
});

const errorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string().max(MAX_ERROR_MESSAGE),
});

/** A conversation's own choices (added in 0.2; optional, so older files still read). */
const optionsSchema = z
  .object({
    profileId: id,
    model: z.string().max(MAX_MODEL_NAME),
    personaId: id.nullable(),
    systemPrompt: z.string().max(MAX_SYSTEM_PROMPT),
    temperature: sampling(SAMPLING_RANGES.temperature),
    maxTokens: sampling(SAMPLING_RANGES.maxTokens),
    topP: sampling(SAMPLING_RANGES.topP),
  })
  .partial();

/** One message of an exported conversation (version 1). */
export const exportedMessageSchema = z.object({
  id,
  parentId: id.nullable(),
  role: z.enum(ROLES),
  content: z.string().max(MAX_MESSAGE_TEXT),
  reasoning: z.string().max(MAX_MESSAGE_TEXT),
  quote: quoteSchema.nullable(),
  status: z.enum(SETTLED_STATUSES),
  feedback: z.enum(FEEDBACK_VALUES).nullable(),
  model: z.string().max(MAX_MODEL_NAME).nullable(),
  usage: usageSchema.nullable(),
  error: errorSchema.nullable(),
  thinkingMs: z.number().nonnegative().nullable(),
  createdAt: time,
  updatedAt: time,
});

/** One exported conversation (version 1): its settings and every branch of its tree. */
export const exportedConversationSchema = z.object({
  id,
  title: z.string().max(MAX_IMPORTED_TITLE),
  createdAt: time,
  updatedAt: time,
  systemPrompt: z.string().max(MAX_SYSTEM_PROMPT),
  model: z.string().max(MAX_MODEL_NAME),
  currentLeafId: id.nullable(),
  pinned: z.boolean(),
  options: optionsSchema.optional(),
  messages: z.array(exportedMessageSchema),
});

/** A whole history file (version 1). */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string().datetime(),
  conversations: z.array(exportedConversationSchema),
});

export type ExportedMessage = z.infer<typeof exportedMessageSchema>;
export type ExportedConversation = z.infer<typeof exportedConversationSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;

/** The JSON Schema of the file format, generated from the same definitions (docs/). */
export function exportJsonSchema(): unknown {
  return z.toJSONSchema(exportFileSchema, { target: 'draft-2020-12' });
}
