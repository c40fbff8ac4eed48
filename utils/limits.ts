// Every length and range Sidechat enforces, in one place: the protocol's validators, the
// stored-data parsers, the export schema and the settings forms all read them from here,
// so a rule can never say one thing in the background and another in a file.

/** Longest id accepted anywhere (conversations, messages, profiles, requests). */
export const MAX_ID_LENGTH = 128;
/** Longest conversation title kept; longer ones are cut. */
export const MAX_TITLE_LENGTH = 200;
/** Longest title a rename request may carry (it is cut to MAX_TITLE_LENGTH). */
export const MAX_RENAME_INPUT = 100_000;
/** Longest title an imported file may carry. */
export const MAX_IMPORTED_TITLE = 10_000;
/** Longest prompt the background accepts in one message (characters). */
export const MAX_PROMPT_LENGTH = 1_000_000;
/** Longest system prompt (settings, persona or one conversation's own). */
export const MAX_SYSTEM_PROMPT = 1_000_000;
/** Longest message content or reasoning kept in a history file. */
export const MAX_MESSAGE_TEXT = 5_000_000;
/** Longest error sentence stored on a message. */
export const MAX_ERROR_MESSAGE = 2000;
/** Longest model name; longer entries in a model list are not model names. */
export const MAX_MODEL_NAME = 256;
/** Most model names kept from one `/models` answer. */
export const MAX_MODELS = 5000;

/** A quote taken from a page: its text, the page's title and address. */
export const QUOTE_LIMITS = { text: 1_000_000, title: 1000, url: 8000 } as const;
/** A page attached to a message: its text (after fitting), title, address; pages per message. */
export const PAGE_LIMITS = { text: 2_000_000, title: 1000, url: 8000, count: 10 } as const;

/**
 * What the page reader returns at most (characters of markdown), and the element count above
 * which it skips Readability, whose time grows with the DOM, for the visible text: a 10 MB
 * page answers in well under two seconds.
 */
export const PAGE_READ_LIMITS = { maxChars: 400_000, maxElements: 60_000 } as const;

/** Longest quote kept by default (characters); Settings can change it within QUOTE_LIMIT_RANGE. */
export const DEFAULT_QUOTE_LIMIT = 20_000;

/**
 * The prompt library: a prompt's name, command word and text; how many prompts; how many
 * fields one `{{input:…}}` form may ask for; and the items each context menu shows (Chrome
 * and Firefox put an extension's items in one submenu, which stays usable at this length).
 */
export const PROMPT_LIMITS = {
  name: 100,
  command: 32,
  text: 100_000,
  count: 1000,
  inputs: 10,
  menuItems: 30,
} as const;

/**
 * Images attached to a message: how many, the file size read at all, the longest side sent
 * (what vision models use; larger is scaled down in the panel), the size of one prepared
 * image, and a file name's length.
 */
export const IMAGE_LIMITS = {
  perMessage: 10,
  fileBytes: 25 * 1024 * 1024,
  maxSide: 2048,
  preparedBytes: 8 * 1024 * 1024,
  name: 200,
} as const;

/** A provider profile's extra headers and key. */
export const HEADER_LIMITS = { count: 20, name: 100, value: 4000 } as const;
export const MAX_API_KEY_LENGTH = 4000;

/** Characters per import piece: well under a port message's limit. */
export const IMPORT_CHUNK_LENGTH = 4 * 1024 * 1024;
/** Most pieces one import may have (about 100 MB of text). */
export const MAX_IMPORT_CHUNKS = 30;
/** Largest history file the panel sends to the background (checked before reading it). */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** The limits of a number a user types. */
export interface NumberRange {
  min: number;
  max: number;
  integer?: boolean;
}

/** Sampling numbers, the same for settings, personas, one conversation and history files. */
export const SAMPLING_RANGES = {
  temperature: { min: 0, max: 2 },
  maxTokens: { min: 1, max: 10_000_000, integer: true },
  topP: { min: 0, max: 1 },
} as const satisfies Record<string, NumberRange>;

/** The sampling numbers, in the order forms show them. */
export type SamplingKey = keyof typeof SAMPLING_RANGES;
export const SAMPLING_KEYS = ['temperature', 'maxTokens', 'topP'] as const satisfies SamplingKey[];

/** Quote length and reply stall time, as Settings accepts them. */
export const QUOTE_LIMIT_RANGE: NumberRange = { min: 100, max: 1_000_000, integer: true };
export const STALL_SECONDS_RANGE: NumberRange = { min: 1, max: 3600 };
/** A model's context window a profile may set (tokens). */
export const CONTEXT_WINDOW_RANGE: NumberRange = { min: 512, max: 10_000_000, integer: true };

/** True when `value` is a number inside `range`. */
export function inRange(value: unknown, range: NumberRange): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    value >= range.min &&
    value <= range.max &&
    (!range.integer || Number.isInteger(value))
  );
}
