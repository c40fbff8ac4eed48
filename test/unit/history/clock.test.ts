import { describe, expect, it } from 'vitest';
import { compareClocks, decodeClock, HybridClock } from '@/utils/history/clock';

const HOUR = 60 * 60 * 1000;

describe('hybrid clocks', () => {
  it('should order a device’s edits after what it received, though its clock is hours behind', () => {
    const now = Date.UTC(2026, 10, 22, 12);
    const ahead = new HybridClock('ahead', () => now);
    const behind = new HybridClock('behind', () => now - 5 * HOUR);
    const renameElsewhere = ahead.tick();
    behind.receive(renameElsewhere);
    const renameHere = behind.tick();
    expect(compareClocks(renameHere, renameElsewhere)).toBe(1);
    // Its own edits keep their order too, while its wall clock stays behind.
    expect(compareClocks(behind.tick(), renameHere)).toBe(1);
  });

  it('should not adopt a clock more than a day ahead, so one broken device cannot drag the rest', () => {
    const now = Date.UTC(2026, 10, 22, 12);
    const broken = new HybridClock('broken', () => now + 7 * 24 * HOUR);
    const sane = new HybridClock('sane', () => now);
    sane.receive(broken.tick());
    expect(decodeClock(sane.tick())?.time).toBe(now);
  });

  it('should read nothing from what is not a clock', () => {
    expect(decodeClock('not a clock')).toBeNull();
    const clock = new HybridClock('d', () => 1000);
    clock.receive('zzzz');
    expect(decodeClock(clock.tick())).toEqual({ time: 1000, counter: 0 });
  });
});
