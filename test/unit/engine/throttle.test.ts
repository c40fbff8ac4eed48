import { afterEach, describe, expect, it, vi } from 'vitest';
import { Throttle } from '@/utils/engine/throttle';

afterEach(() => {
  vi.useRealTimers();
});

describe('Throttle', () => {
  it('should run at once, then at most once per interval', () => {
    vi.useFakeTimers();
    const action = vi.fn();
    const throttle = new Throttle(300, action, () => Date.now());
    throttle.request();
    expect(action).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 10; i += 1) throttle.request();
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(300);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('should drop a pending run when cancelled', () => {
    vi.useFakeTimers();
    const action = vi.fn();
    const throttle = new Throttle(300, action, () => Date.now());
    throttle.request();
    throttle.request();
    throttle.cancel();
    vi.advanceTimersByTime(1000);
    expect(action).toHaveBeenCalledTimes(1);
  });
});
