// The highlighter and KaTeX are large, so they load on first need, not with the panel.
import type { HLJSApi } from 'highlight.js';
import type katexModule from 'katex';

type Katex = typeof katexModule;

let highlighter: HLJSApi | null = null;
let katex: Katex | null = null;
let highlighterLoading: Promise<void> | null = null;
let katexLoading: Promise<void> | null = null;
const listeners = new Set<() => void>();

/** Calls `listener` whenever a library finishes loading (rendered output may improve). */
export function onLibraryLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function loaded(): void {
  for (const listener of listeners) listener();
}

/** The highlighter if loaded; otherwise starts loading it and returns null. */
export function highlighterOrLoad(): HLJSApi | null {
  if (!highlighter && !highlighterLoading) {
    highlighterLoading = import('./highlighter')
      .then((module) => {
        highlighter = module.default;
        loaded();
      })
      .catch((error: unknown) => console.error('Sidechat: could not load the highlighter', error));
  }
  return highlighter;
}

/** KaTeX if loaded; otherwise starts loading it (and its stylesheet) and returns null. */
export function katexOrLoad(): Katex | null {
  if (!katex && !katexLoading) {
    katexLoading = Promise.all([import('katex'), import('katex/dist/katex.min.css')])
      .then(([module]) => {
        katex = module.default;
        loaded();
      })
      .catch((error: unknown) => console.error('Sidechat: could not load KaTeX', error));
  }
  return katex;
}
