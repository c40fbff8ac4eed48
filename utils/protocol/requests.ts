// The panel's requests to the background, one variant per `type`, and their parser. Every
// request carries a request id and gets exactly one answer (see answers.ts).
import { parseConversationOptions } from '@/utils/history/options';
import { FEEDBACK_VALUES, type ConversationOptions, type Feedback } from '@/utils/history/types';
import {
  IMPORT_CHUNK_LENGTH,
  MAX_IMPORT_CHUNKS,
  MAX_MODEL_NAME,
  MAX_PROMPT_LENGTH,
  MAX_RENAME_INPUT,
  MAX_MESSAGE_TEXT,
} from '@/utils/limits';
import { parseImageUploads, type ImageUpload } from '@/utils/images/image-upload';
import { parsePageSources, type PageSource } from '@/utils/page/page-source';
import { parseQuote, type Quote } from '@/utils/page/quote';
import { WRITE_MODES, type WriteMode } from '@/utils/page/page-write';
import { parseModelListTarget, type ModelListTarget } from '@/utils/providers/model-target';
import { isId, isIdOrNull, isShape, isWholeNumber, type Shape } from './shape';

/** What each request carries besides its type and request id. */
export interface RequestBodies {
  send: {
    /** null starts a new conversation. */
    conversationId: string | null;
    /** The message this one follows; null for the first message of a conversation. */
    parentId: string | null;
    text: string;
    /** Start a Temporary chat: nothing of it is written to history. */
    temporary?: boolean;
    /** Page text attached to the message. */
    quote?: Quote;
    /** Whole pages, PDFs or transcripts attached to the message, as they will be sent. */
    pages?: PageSource[];
    /** Images attached to the message, prepared by the panel. */
    images?: ImageUpload[];
    /** A new conversation's provider, model and persona, as picked before the first send. */
    options?: ConversationOptions;
  };
  /** Replaces a conversation's own choices (provider, model, persona, overrides). */
  setOptions: { conversationId: string; options: ConversationOptions };
  /** Deletes every message of a conversation, keeping its title and choices. */
  resetConversation: { conversationId: string };
  /** Lists a provider's models: a saved profile by id, or a draft from the settings form. */
  listModels: { target: { profileId: string } | ModelListTarget };
  /**
   * Test connection's second step: a short streamed reply from `model`, adapting to what the
   * server refuses; answers with everything known to be adapted for the profile.
   */
  probeChat: { profileId: string; target: ModelListTarget; model: string };
  /** One piece of a history file to import; the last piece starts the import. */
  /** One piece of a history file; the pieces of one file share its `uploadId`. */
  importChunk: { uploadId: string; index: number; count: number; text: string };
  /** Reads the selection of a tab for "Quote selection". */
  readSelection: { tabId: number };
  /** Reads a tab's main content for "Use this page" and the tab picker. */
  readPage: { tabId: number };
  /** Captures the visible area of a tab ("Screenshot this tab"). */
  captureTab: { tabId: number };
  /** Writes a reply into the focused editor of a tab's page ("Insert into page"), or probes it. */
  writeToPage: { tabId: number; text: string; mode: WriteMode };
  stop: { conversationId: string };
  /** Appends to a stopped or interrupted reply. */
  continue: { messageId: string };
  /** Shows another version: the branch through this message, down to its latest leaf. */
  switchBranch: { messageId: string };
  /** Deletes a message and everything below it. */
  deleteBranch: { messageId: string };
  feedback: { messageId: string; value: Feedback };
  rename: { conversationId: string; title: string };
  pin: { conversationId: string; pinned: boolean };
  deleteConversation: { conversationId: string };
  /** Generates again for a failed/interrupted assistant message, or answers a user message. */
  retry: { messageId: string };
  /** Follow one conversation (null: none); the background sends a `snapshot` event first. */
  subscribe: { conversationId: string | null };
  /** Syncs with the WebDAV folder in the sync settings now (joins a sync already running). */
  syncNow: Record<string, never>;
  /** Checks the sync settings against the server without changing anything. */
  syncTest: Record<string, never>;
}

/** The kinds of request. */
export type RequestType = keyof RequestBodies;

/** One request of a given type. */
export type RequestOf<T extends RequestType> = { type: T; requestId: string } & RequestBodies[T];

/** The panel's requests, one variant per `type`. */
export type ClientRequest = { [T in RequestType]: RequestOf<T> }[RequestType];

type BodyParsers = { [T in RequestType]: (raw: Shape) => RequestBodies[T] | null };

const conversationOnly = (raw: Shape) =>
  isId(raw.conversationId) ? { conversationId: raw.conversationId } : null;
const tabOnly = (raw: Shape) =>
  isWholeNumber(raw.tabId, 0, Number.MAX_SAFE_INTEGER) ? { tabId: raw.tabId } : null;
const messageOnly = (raw: Shape) => (isId(raw.messageId) ? { messageId: raw.messageId } : null);

/** One parser per request type: each returns only the fields it knows, checked. */
const BODY_PARSERS: BodyParsers = {
  send(raw) {
    const { conversationId, parentId, text } = raw;
    if (!isIdOrNull(conversationId) || !isIdOrNull(parentId)) return null;
    if (typeof text !== 'string' || text.length > MAX_PROMPT_LENGTH) return null;
    // A parent only makes sense inside an existing conversation.
    if (conversationId === null && parentId !== null) return null;
    const quote = raw.quote === undefined ? undefined : parseQuote(raw.quote);
    const options = raw.options === undefined ? undefined : parseConversationOptions(raw.options);
    const pages = raw.pages === undefined ? undefined : parsePageSources(raw.pages);
    const images = raw.images === undefined ? undefined : parseImageUploads(raw.images);
    if (quote === null || options === null || pages === null || images === null) return null;
    // A message needs words, or a quote, page or image to ask about.
    if (text.trim() === '' && !quote && !pages?.length && !images?.length) return null;
    return {
      conversationId,
      parentId,
      text,
      ...(raw.temporary === true && { temporary: true }),
      ...(quote && { quote }),
      ...(pages?.length && { pages }),
      ...(images?.length && { images }),
      ...(options && { options }),
    };
  },
  setOptions(raw) {
    const options = parseConversationOptions(raw.options);
    return isId(raw.conversationId) && options
      ? { conversationId: raw.conversationId, options }
      : null;
  },
  resetConversation: conversationOnly,
  listModels(raw) {
    if (!isShape(raw.target)) return null;
    const { profileId } = raw.target;
    const target = isId(profileId) ? { profileId } : parseModelListTarget(raw.target);
    return target ? { target } : null;
  },
  probeChat(raw) {
    const target = parseModelListTarget(raw.target);
    const { profileId, model } = raw;
    if (!target || !isId(profileId) || typeof model !== 'string') return null;
    const name = model.trim();
    return name && name.length <= MAX_MODEL_NAME ? { profileId, target, model: name } : null;
  },
  importChunk(raw) {
    const { uploadId, index, count, text } = raw;
    if (!isWholeNumber(count, 1, MAX_IMPORT_CHUNKS) || !isWholeNumber(index, 0, count - 1)) {
      return null;
    }
    if (typeof uploadId !== 'string' || uploadId.length === 0 || uploadId.length > 64) return null;
    return typeof text === 'string' && text.length <= IMPORT_CHUNK_LENGTH
      ? { uploadId, index, count, text }
      : null;
  },
  readSelection: tabOnly,
  readPage: tabOnly,
  captureTab: tabOnly,
  writeToPage(raw) {
    const tab = tabOnly(raw);
    const { text, mode } = raw;
    if (!tab || typeof text !== 'string' || text.length > MAX_MESSAGE_TEXT) return null;
    const known = WRITE_MODES.find((entry) => entry === mode);
    return known ? { ...tab, text, mode: known } : null;
  },
  stop: conversationOnly,
  continue: messageOnly,
  switchBranch: messageOnly,
  deleteBranch: messageOnly,
  feedback(raw) {
    const value = raw.value;
    const known = value === null || FEEDBACK_VALUES.some((verdict) => verdict === value);
    return isId(raw.messageId) && known
      ? { messageId: raw.messageId, value: value as Feedback }
      : null;
  },
  rename: (raw) =>
    isId(raw.conversationId) &&
    typeof raw.title === 'string' &&
    raw.title.length <= MAX_RENAME_INPUT
      ? { conversationId: raw.conversationId, title: raw.title }
      : null,
  pin: (raw) =>
    isId(raw.conversationId) && typeof raw.pinned === 'boolean'
      ? { conversationId: raw.conversationId, pinned: raw.pinned }
      : null,
  deleteConversation: conversationOnly,
  retry: messageOnly,
  subscribe: (raw) =>
    isIdOrNull(raw.conversationId) ? { conversationId: raw.conversationId } : null,
  // The settings are read from storage by the background, never taken from the message.
  syncNow: () => ({}),
  syncTest: () => ({}),
};

function isRequestType(value: unknown): value is RequestType {
  return typeof value === 'string' && Object.hasOwn(BODY_PARSERS, value);
}

/** Returns the request if `raw` is a well-formed ClientRequest, else null. Never throws. */
export function parseClientRequest(raw: unknown): ClientRequest | null {
  if (!isShape(raw) || !isId(raw.requestId) || !isRequestType(raw.type)) return null;
  const body = BODY_PARSERS[raw.type](raw);
  // TypeScript cannot tie `raw.type` to its parser's body type; each parser returns its own.
  return body ? ({ type: raw.type, requestId: raw.requestId, ...body } as ClientRequest) : null;
}

/** The request id of something that failed to parse, so it can still be answered. */
export function requestIdOf(raw: unknown): string | null {
  return isShape(raw) && isId(raw.requestId) ? raw.requestId : null;
}
