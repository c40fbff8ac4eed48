// The Prompt API's \`LanguageModel\` as the explainer documents it (TypeScript's DOM library
// does not have it yet). Both sides use it: the panel to offer and download the model, the
// background to prompt it.

export type BuiltinAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

/** One prompt of a session's history, as the Prompt API takes it. */
export interface BuiltinPrompt {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** A model session: it remembers its initial prompts and what it was asked since. */
export interface BuiltinSession {
  promptStreaming(input: string, options?: { signal?: AbortSignal }): ReadableStream<string>;
  /** Tokens the session's context holds, and how many it can. */
  readonly inputUsage: number;
  readonly inputQuota: number;
  destroy(): void;
}

/** Reports how much of the model has been downloaded (`loaded` from 0 to 1). */
export interface BuiltinMonitor {
  addEventListener(type: 'downloadprogress', listener: (event: { loaded: number }) => void): void;
}

/** The `LanguageModel` global. */
export interface BuiltinModelApi {
  availability(options?: object): Promise<BuiltinAvailability>;
  create(options?: {
    initialPrompts?: BuiltinPrompt[];
    signal?: AbortSignal;
    monitor?: (monitor: BuiltinMonitor) => void;
  }): Promise<BuiltinSession>;
}

/** The browser's built-in model, where it has one (Chrome 138 and later); null elsewhere. */
export function builtinModelApi(scope: object = globalThis): BuiltinModelApi | null {
  const api = (scope as { LanguageModel?: unknown }).LanguageModel;
  return api && typeof (api as BuiltinModelApi).create === 'function'
    ? (api as BuiltinModelApi)
    : null;
}
