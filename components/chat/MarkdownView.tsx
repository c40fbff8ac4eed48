import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { IncrementalMarkdown } from '@/utils/markdown/incremental';
import { onLibraryLoaded } from '@/utils/markdown/lazy-libs';
import { createMarkdownEngine, type MarkdownEngine } from '@/utils/markdown/render';
import { httpHost } from '@/utils/markdown/escape';
import { sanitizeToFragment } from '@/utils/sanitize';
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
  tail: HTMLElement | null;
  frame: number | null;
  source: string;
  allowRemoteImages: boolean;
}

function schedule(run: () => void): number {
  // rAF batches DOM updates to one per frame; a hidden page gets no frames, so use a timer.
  return document.hidden ? window.setTimeout(run, 50) : window.requestAnimationFrame(run);
}

function paint(container: HTMLElement, view: ViewState): void {
  const started = performance.now();
  const options = { allowRemoteImages: view.allowRemoteImages };
  const update = view.markdown.update(view.source);
  if (update.reset || !view.tail) {
    container.replaceChildren();
    view.tail = document.createElement('div');
    view.tail.className = 'markdown__tail';
    container.append(view.tail);
  }
  for (const html of update.finished) {
    view.tail.before(sanitizeToFragment(html, options));
  }
  view.tail.replaceChildren(sanitizeToFragment(update.tail, options));
  recordRender(performance.now() - started);
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

  const redraw = (immediate: boolean): void => {
    const container = ref.current;
    const state = view.current;
    if (!container || !state) return;
    if (immediate) {
      if (state.frame !== null) cancelFrame(state.frame);
      state.frame = null;
      paint(container, state);
      return;
    }
    state.frame ??= schedule(() => {
      state.frame = null;
      paint(container, state);
    });
  };

  useLayoutEffect(() => {
    const state = view.current;
    if (!state || state.allowRemoteImages !== allowRemoteImages) {
      view.current = {
        markdown: new IncrementalMarkdown(engineFor(allowRemoteImages)),
        tail: null,
        frame: null,
        source,
        allowRemoteImages,
      };
    } else {
      state.source = source;
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
        state.markdown = new IncrementalMarkdown(engineFor(state.allowRemoteImages));
        state.tail = null;
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
