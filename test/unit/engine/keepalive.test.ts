import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKeepAlive } from '@/utils/engine/keepalive';

afterEach(() => {
  vi.useRealTimers();
});

describe('keep-alive', () => {
  it('should ping only while generations are live', () => {
    vi.useFakeTimers();
    const ping = vi.fn(() => Promise.resolve());
    const keepAlive = createKeepAlive(ping, 20_000);
    keepAlive.update(1);
    vi.advanceTimersByTime(45_000);
    expect(ping).toHaveBeenCalledTimes(2);
    keepAlive.update(0);
    vi.advanceTimersByTime(60_000);
    expect(ping).toHaveBeenCalledTimes(2);
  });
});
