import { z } from 'zod/mini';
import { PAGE_KINDS } from '@/utils/page/page-source';
import { IMAGE_TYPES, dataUrlType } from '@/utils/images/image-upload';
import { ERROR_CODES, FEEDBACK_VALUES, ROLES, SETTLED_STATUSES } from '@/utils/history/types';
import {
  MAX_ERROR_MESSAGE,
  MAX_ID_LENGTH,
  MAX_IMPORTED_TITLE,
  MAX_MESSAGE_TEXT,
  MAX_MODEL_NAME,
  MAX_SYSTEM_PROMPT,
  PAGE_LIMITS,
  IMAGE_LIMITS,
  QUOTE_LIMITS,
  SAMPLING_RANGES,
  type NumberRange,
} from '@/utils/limits';

import { EXPORT_FORMAT, EXPORT_VERSION } from './version';

export { EXPORT_FORMAT, EXPORT_VERSION };

const id = z.string().check(z.minLength(1), z.maxLength(MAX_ID_LENGTH));
// Not only integers: whatever a store holds must come back, or the round trip breaks.
const time = z.number().check(z.nonnegative());
const sampling = (range: NumberRange) =>
  (range.integer ? z.int() : z.number()).check(z.gte(range.min), z.lte(range.max));

const quoteSchema = z.object({
  text: z.string().check(z.maxLength(QUOTE_LIMITS.text)),
  title: z.string().check(z.maxLength(QUOTE_LIMITS.title)),
  url: z.string().check(z.maxLength(QUOTE_LIMITS.url)),
});

/** A page sent with a message (added in version 2). */
const pageSchema = z.object({
  kind: z.enum(PAGE_KINDS),
  title: z.string().check(z.maxLength(PAGE_LIMITS.title)),
  url: z.string().check(z.maxLength(PAGE_LIMITS.url)),
  text: z.string().check(z.minLength(1), z.maxLength(PAGE_LIMITS.text)),
  tokens: z.int().check(z.nonnegative()),
  truncated: z.boolean(),
});

/**
 * An image a message carried (added in version 3): what it was, and its bytes as a data URL
 * unless the file was exported without images.
 */
const side = z.int().check(z.gte(1), z.lte(IMAGE_LIMITS.maxSide));
const attachmentSchema = z.object({
  id,
  name: z.string().check(z.maxLength(IMAGE_LIMITS.name)),
  type: z.enum(IMAGE_TYPES),
  width: side,
  height: side,
  bytes: z.int().check(z.gte(0), z.lte(IMAGE_LIMITS.preparedBytes)),
  dataUrl: z.optional(
    z.string().check(
      z.maxLength(Math.ceil((IMAGE_LIMITS.preparedBytes * 4) / 3) + 64),
      z.refine(
        (url) => dataUrlType(url) !== null && /^[\w+/]+=*$/.test(url.slice(url.indexOf(',') + 1)),
        'not a base64 image',
      ),
    ),
  ),
});

const usageSchema = z.object({
  promptTokens: z.int().check(z.nonnegative()),
  completionTokens: z.int().check(z.nonnegative()),
  totalTokens: z.int().check(z.nonnegative()),
});

const errorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string().check(z.maxLength(MAX_ERROR_MESSAGE)),
});

/** A conversation's own choices (added in 0.2; optional, so older files still read). */
const optionsSchema = z.partial(
  z.object({
    profileId: id,
    model: z.string().check(z.maxLength(MAX_MODEL_NAME)),
    personaId: z.nullable(id),
    systemPrompt: z.string().check(z.maxLength(MAX_SYSTEM_PROMPT)),
    temperature: sampling(SAMPLING_RANGES.temperature),
    maxTokens: sampling(SAMPLING_RANGES.maxTokens),
    topP: sampling(SAMPLING_RANGES.topP),
  }),
);

/** One message of an exported conversation (version 2). */
export const exportedMessageSchema = z.object({
  id,
  parentId: z.nullable(id),
  role: z.enum(ROLES),
  content: z.string().check(z.maxLength(MAX_MESSAGE_TEXT)),
  reasoning: z.string().check(z.maxLength(MAX_MESSAGE_TEXT)),
  quote: z.nullable(quoteSchema),
  pages: z.optional(z.array(pageSchema).check(z.maxLength(PAGE_LIMITS.count))),
  attachments: z.optional(z.array(attachmentSchema).check(z.maxLength(IMAGE_LIMITS.perMessage))),
  status: z.enum(SETTLED_STATUSES),
  feedback: z.nullable(z.enum(FEEDBACK_VALUES)),
  model: z.nullable(z.string().check(z.maxLength(MAX_MODEL_NAME))),
  usage: z.nullable(usageSchema),
  error: z.nullable(errorSchema),
  thinkingMs: z.nullable(z.number().check(z.nonnegative())),
  createdAt: time,
  updatedAt: time,
});

/** One exported conversation (version 2): its settings and every branch of its tree. */
export const exportedConversationSchema = z.object({
  id,
  title: z.string().check(z.maxLength(MAX_IMPORTED_TITLE)),
  createdAt: time,
  updatedAt: time,
  systemPrompt: z.string().check(z.maxLength(MAX_SYSTEM_PROMPT)),
  model: z.string().check(z.maxLength(MAX_MODEL_NAME)),
  currentLeafId: z.nullable(id),
  pinned: z.boolean(),
  options: z.optional(optionsSchema),
  messages: z.array(exportedMessageSchema),
});

/** A whole history file (version 2). */
export const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  conversations: z.array(exportedConversationSchema),
});

export type ExportedMessage = z.infer<typeof exportedMessageSchema>;
export type ExportedConversation = z.infer<typeof exportedConversationSchema>;
export type ExportFile = z.infer<typeof exportFileSchema>;

/** The JSON Schema of the file format, generated from the same definitions (docs/). */
export function exportJsonSchema(): unknown {
  return z.toJSONSchema(exportFileSchema, { target: 'draft-2020-12' });
}
