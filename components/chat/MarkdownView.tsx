import type { Token } from 'marked';
import { useContext, useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { ChatActionsContext } from './chat-actions';
import { IncrementalMarkdown } from '@/utils/markdown/incremental';
import { onLibraryLoaded } from '@/utils/markdown/lazy-libs';
import { createMarkdownEngine, type MarkdownEngine } from '@/utils/markdown/render';
import { httpHost } from '@/utils/markdown/escape';
import { sanitizeToFragment } from '@/utils/markdown/sanitize';
import { recordRender } from '@/utils/markdown/render-stats';

const engines = new Map<boolean, MarkdownEngine>();
function engineFor(allowRemoteImages: boolean): MarkdownEngine {
  let engine = engines.get(allowRemoteImages);
  if (!engine) {
    engine = createMarkdownEngine({ allowRemoteImages });
    engines.set(allowRemoteImages, engine);
  }
  return engine;
}

/** Per-view rendering state kept across renders. */
interface ViewState {
  markdown: IncrementalMarkdown;
  engine: MarkdownEngine;
  tail: HTMLElement | null;
  frame: number | null;
  source: string;
  /** The source changed since the last lex. */
  dirty: boolean;
  /** Finished blocks waiting to be drawn, oldest first, from `next`. */
  queue: Token[];
  next: number;
  /** The blocks still open, redrawn on each update. */
  tailTokens: Token[];
  /** The text is whole (the reply ended): its last blocks are final too. */
  complete: boolean;
  allowRemoteImages: boolean;
}

/** Drawing work per frame: beyond it, the rest waits for the next frame (no long tasks). */
const FRAME_BUDGET_MS = 10;

function schedule(run: () => void): number {
  // rAF batches DOM updates to one per frame; a hidden page gets no frames, so use a timer.
  return document.hidden ? window.setTimeout(run, 50) : window.requestAnimationFrame(run);
}

/** Draws what changed; returns true when work is left for another frame. */
function paint(container: HTMLElement, view: ViewState): boolean {
  const started = performance.now();
  const options = { allowRemoteImages: view.allowRemoteImages };
  if (view.dirty) {
    view.dirty = false;
    const update = view.markdown.update(view.source, view.complete);
    if (update.reset || !view.tail) {
      container.replaceChildren();
      view.tail = document.createElement('div');
      view.tail.className = 'markdown__tail';
      container.append(view.tail);
      view.queue = [];
      view.next = 0;
    }
    view.queue.push(...update.finished);
    view.tailTokens = update.tail;
    // The old tail may now be among the finished blocks: hide it until they are drawn.
    if (update.finished.length > 0) view.tail.replaceChildren();
  }
  const tail = view.tail;
  if (!tail) return false;
  let drawn = 0;
  // Blocks drawn together share a chunk that the browser can skip laying out once it has
  // scrolled out of view, so a very long reply does not slow every later frame.
  const chunk = document.createElement('div');
  chunk.className = 'markdown__chunk';
  while (view.next < view.queue.length) {
    // At least one block per frame, so even a slow block makes progress.
    if (drawn > 0 && performance.now() - started > FRAME_BUDGET_MS) {
      tail.before(chunk);
      recordRender(performance.now() - started);
      return true;
    }
    const token = view.queue[view.next] as Token;
    view.next += 1;
    drawn += 1;
    chunk.append(sanitizeToFragment(view.engine.render([token]), options));
  }
  if (drawn > 0) tail.before(chunk);
  view.queue = [];
  view.next = 0;
  const html = view.tailTokens.length > 0 ? view.engine.render(view.tailTokens) : '';
  tail.replaceChildren(sanitizeToFragment(html, options));
  recordRender(performance.now() - started);
  return false;
}

async function copyCode(button: HTMLElement): Promise<void> {
  const code = button.closest('.code-block')?.querySelector('code')?.textContent ?? '';
  await navigator.clipboard.writeText(code);
}

function loadImage(button: HTMLElement): void {
  const holder = button.closest<HTMLElement>('[data-remote-image]');
  const url = holder?.dataset.remoteImage ?? '';
  if (!holder || !httpHost(url)) return;
  const image = document.createElement('img');
  image.referrerPolicy = 'no-referrer';
  image.alt = holder.dataset.alt ?? '';
  image.src = url;
  holder.replaceWith(image);
}

/**
 * Model output as sanitized markdown. While `streaming`, finished blocks are added once
 * and only the open block is redrawn, at most once per animation frame.
 */
export function MarkdownView({
  source,
  streaming,
  allowRemoteImages,
}: {
  source: string;
  streaming: boolean;
  allowRemoteImages: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const view = useRef<ViewState | null>(null);
  // Read at click time only: the drawn markdown never redraws for a change here.
  const actions = useContext(ChatActionsContext);

  const redraw = (immediate: boolean): void => {
    const container = ref.current;
    const state = view.current;
    if (!container || !state) return;
    const step = (): void => {
      state.frame = null;
      if (paint(container, state)) state.frame = schedule(step);
    };
    if (immediate) {
      if (state.frame !== null) cancelFrame(state.frame);
      step();
      return;
    }
    state.frame ??= schedule(step);
  };

  useLayoutEffect(() => {
    const state = view.current;
    if (!state || state.allowRemoteImages !== allowRemoteImages) {
      if (state?.frame != null) cancelFrame(state.frame);
      const engine = engineFor(allowRemoteImages);
      view.current = {
        markdown: new IncrementalMarkdown(engine),
        engine,
        tail: null,
        frame: null,
        source,
        dirty: true,
        queue: [],
        next: 0,
        tailTokens: [],
        complete: !streaming,
        allowRemoteImages,
      };
    } else {
      state.source = source;
      state.complete = !streaming;
      state.dirty = true;
    }
    // A finished message draws at once; a streaming one at the next frame.
    redraw(!streaming);
  }, [source, streaming, allowRemoteImages]);

  // When the highlighter or KaTeX arrives, draw everything again with it.
  useEffect(
    () =>
      onLibraryLoaded(() => {
        const state = view.current;
        if (!state) return;
        state.markdown = new IncrementalMarkdown(state.engine);
        state.tail = null;
        state.dirty = true;
        redraw(false);
      }),
    [],
  );

  useEffect(
    () => () => {
      if (view.current?.frame != null) cancelFrame(view.current.frame);
    },
    [],
  );

  const onClick = (event: MouseEvent): void => {
    const target = event.target as HTMLElement;
    const insert = target.closest<HTMLElement>('[data-insert-code]');
    if (insert) {
      const code = insert.closest('.code-block')?.querySelector('code')?.textContent ?? '';
      if (code) actions.writeToPage?.(code, 'insert');
      return;
    }
    const copy = target.closest<HTMLElement>('[data-copy-code]');
    if (copy) {
      copyCode(copy).catch((error: unknown) => console.warn('Sidechat: copy failed', error));
      return;
    }
    const load = target.closest<HTMLElement>('[data-load-image]');
    if (load) loadImage(load);
  };

  // Preact leaves this div's children alone: they are ours, drawn from sanitized fragments.
  return <div ref={ref} class="markdown" onClick={onClick} />;
}

function cancelFrame(id: number): void {
  window.cancelAnimationFrame(id);
  window.clearTimeout(id);
}
