/**
 * Runs `action` at most once per `intervalMs`: at once when the last run is old enough
 * (so the first token is not delayed), otherwise once at the end of the window.
 */
export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly intervalMs: number,
    private readonly action: () => void,
    private readonly now: () => number = Date.now,
  ) {}

  /** Asks for a run; coalesces with any run already due. */
  request(): void {
    const wait = this.lastRun + this.intervalMs - this.now();
    // Checked on every request, not only by the timer: a busy loop that starves timers
    // (a fast stream) still runs the action on schedule.
    if (wait <= 0) {
      this.run();
      return;
    }
    this.timer ??= setTimeout(() => this.run(), wait);
  }

  /** Drops a pending run. */
  cancel(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  private run(): void {
    this.cancel();
    this.lastRun = this.now();
    this.action();
  }
}
