/** Keeps the background alive while replies stream; see the comment on `createKeepAlive`. */
export interface KeepAlive {
  /** Called with the number of live generations after each change. */
  update(active: number): void;
}

/**
 * Chrome stops an extension service worker after 30 s without extension events or
 * extension API calls; an open fetch() stream does not count. A reply from a slow model
 * with the panel closed (no port, no events) would be cut off. So while at least one
 * generation is live we call a cheap extension API every 20 s, which resets Chrome's idle
 * timer (Chrome 110+), and stop as soon as the last generation ends so the worker can
 * sleep as usual. If the worker dies anyway (crash, update, CDP in tests), startup
 * recovery marks the reply `interrupted` and keeps its flushed text. Firefox's MV2
 * background page is persistent, so the ping is harmless there.
 */
export function createKeepAlive(ping: () => Promise<unknown>, intervalMs = 20_000): KeepAlive {
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    update(active) {
      if (active > 0 && timer === undefined) {
        timer = setInterval(() => {
          ping().catch((error: unknown) => console.warn('Sidechat: keep-alive ping failed', error));
        }, intervalMs);
      } else if (active === 0 && timer !== undefined) {
        clearInterval(timer);
        timer = undefined;
      }
    },
  };
}
