// Hybrid logical clocks: wall time plus a counter, ties broken by a device id. They order the
// edits of conversation fields across devices for sync (last writer wins per field). A device
// whose clock runs hours behind still orders its own edits, and once it has seen another
// device's clock its next edit sorts after it: a received clock moves the local one forward.

/** A clock value; plain string comparison orders them. */
export type Clock = string;

const TIME_DIGITS = 11;
const COUNTER_DIGITS = 5;
/** Received clocks further ahead than this are not adopted: one broken device must not drag
 * every other device's clock into the future for good. */
const MAX_ADOPTED_DRIFT_MS = 24 * 60 * 60 * 1000;

function encode(time: number, counter: number, device: string): Clock {
  return `${time.toString(36).padStart(TIME_DIGITS, '0')}-${counter
    .toString(36)
    .padStart(COUNTER_DIGITS, '0')}-${device}`;
}

/** The wall time and counter of a clock value; null for something that is not one. */
export function decodeClock(clock: string): { time: number; counter: number } | null {
  const match = /^([0-9a-z]{11})-([0-9a-z]{5})-[0-9a-z]{1,32}$/.exec(clock);
  if (!match?.[1] || !match[2]) return null;
  return { time: parseInt(match[1], 36), counter: parseInt(match[2], 36) };
}

/** Orders two clocks; an absent clock is older than any. */
export function compareClocks(a: Clock | undefined, b: Clock | undefined): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** The later of two clocks. */
export function laterClock(a: Clock | undefined, b: Clock | undefined): Clock | undefined {
  return compareClocks(a, b) >= 0 ? a : b;
}

/** One device's clock. */
export class HybridClock {
  private time = 0;
  private counter = 0;

  constructor(
    readonly device: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** A new value, later than every value this clock gave or received. */
  tick(): Clock {
    const wall = this.now();
    if (wall > this.time) {
      this.time = wall;
      this.counter = 0;
    } else {
      this.counter += 1;
    }
    return encode(this.time, this.counter, this.device);
  }

  /** Learns of a clock seen elsewhere: later local values sort after it. */
  receive(clock: Clock): void {
    const decoded = decodeClock(clock);
    if (!decoded || decoded.time > this.now() + MAX_ADOPTED_DRIFT_MS) return;
    if (
      decoded.time > this.time ||
      (decoded.time === this.time && decoded.counter > this.counter)
    ) {
      this.time = decoded.time;
      this.counter = decoded.counter;
    }
  }
}

/** A device id for clocks: random per worker life is enough, it only breaks exact ties. */
function randomDevice(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('');
}

/** The clock of this device's history writes. */
export const localClock = new HybridClock(randomDevice());
