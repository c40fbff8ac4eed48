/** Time the panel spent drawing markdown; read by the render benchmark. */
export interface RenderStats {
  paints: number;
  totalMs: number;
  longestMs: number;
}

const stats: RenderStats = { paints: 0, totalMs: 0, longestMs: 0 };
(globalThis as { sidechatRenderStats?: RenderStats }).sidechatRenderStats = stats;

/** Adds one paint's duration. */
export function recordRender(ms: number): void {
  stats.paints += 1;
  stats.totalMs += ms;
  stats.longestMs = Math.max(stats.longestMs, ms);
}
