import { z } from 'zod';

import { EXPORT_FORMAT, EXPORT_VERSION } from './version';

export { EXPORT_FORMAT, EXPORT_VERSION };

const id = z.string().min(1).max(128);
// Not only integers: whatever a store holds must come back, or the round trip breaks.
const time = z.number().nonnegative().finite();
const roles = z.enum(['system', 'user', 'assistant']);
const statuses = z.enum(['done', 'stopped', 'interrupted', 'error']);

const quoteSchema = z.object({
  text: z.string().max(1_000_000),
  title: z.string().max(1000),
  url: z.string().max(8000),
});

const usageSchema = z.object({
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  totalTokens: z.number().int().nonnegative(),
});

const errorSchema = z.object({
  code: z.enum([
    'not_configured',
    'missing_key',
    'auth',
    'not_found',
    'rate_limit',
    'server',
    'network',
    'stalled',
    'bad_request',
    'not_api',
    'busy',
    'missing_message',
    'unknown',
  ]),
  message: z.string().max(2000),
});

/** A conversation's own choices (added in 0.2; optional, so older files still read). */
const optionsSchema = z
  .object({
    profileId: id,
    model: z.string().max(256),
    personaId: id.nullable(),
    systemPrompt: z.string().max(1_000_000),
    temperature: z.number().min(0).max(2),
    maxTokens: z.number().int().positive(),
    topP: z.number().min(0).max(1),
  })
  .partial();

/** One message of an exported conversation (version 1). */
export const exportedMessageSchema = z.object({
  id,
  parentId: id.nullable(),
  role: roles,
  content: z.string().max(5_000_000),
  reasoning: z.string().max(5_000_000),
  quote: quoteSchema.nullable(),
  status: statuses,
  feedback: z.enum(['like', 'dislike']).nullable(),
  model: z.string().max(256).nullable(),
  usage: usageSchema.nullable(),
  error: errorSchema.nullable(),
  thinkingMs: z.number().nonnegative().nullable(),
  createdAt: time,
  updatedAt: time,
});

/** One exported conversation (version 1): its settings and every branch of its tree. */
export const exportedConversationSchema = z.object({
  id,
  title: z.string().max(10_000),
  createdAt: time,
  updatedAt: time,
  systemPrompt: z.string().max(1_000_000),
  model: z.string().max(256),
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
