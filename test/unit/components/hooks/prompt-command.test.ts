import { describe, expect, it, vi } from 'vitest';
import type { JSX } from 'preact';
import { commandBefore, withoutCommand } from '@/components/hooks/use-prompt-command';
import { listKey } from '@/components/hooks/list-keys';

type KeyEvent = JSX.TargetedKeyboardEvent<HTMLTextAreaElement>;

/** A key press as the message box gets it. */
const key = (name: string, extra: Partial<KeyboardEvent> = {}): KeyEvent =>
  ({
    key: name,
    shiftKey: false,
    isComposing: false,
    keyCode: 0,
    preventDefault: vi.fn(),
    stopPropagation: vi.fn(),
    ...extra,
  }) as unknown as KeyEvent;

describe('the / prompt list', () => {
  it('should open on / at the start of the text or of a line, for one word', () => {
    expect(commandBefore('/')).toBe('');
    expect(commandBefore('/sum')).toBe('sum');
    expect(commandBefore('First line\n/tl')).toBe('tl');
    expect(commandBefore('see /usr')).toBeNull();
    expect(commandBefore('/two words')).toBeNull();
    expect(commandBefore('a/b')).toBeNull();
    expect(commandBefore(`${'long draft '.repeat(10_000)}\n/总结`)).toBe('总结');
    expect(commandBefore(`${'x'.repeat(10_000)}/sum`)).toBeNull();
    expect(withoutCommand('First line\n/tl')).toBe('First line\n');
  });

  it('should move, take and close with the keys, and leave an IME’s keys alone', () => {
    const list = { count: 3, active: 2, setActive: vi.fn(), pick: vi.fn(), close: vi.fn() };
    expect(listKey(key('ArrowDown'), list)).toBe(true);
    expect(list.setActive).toHaveBeenLastCalledWith(0);
    expect(listKey(key('ArrowUp'), list)).toBe(true);
    expect(list.setActive).toHaveBeenLastCalledWith(1);
    expect(listKey(key('Tab'), list)).toBe(true);
    expect(list.pick).toHaveBeenLastCalledWith(2);
    expect(listKey(key('Enter', { shiftKey: true }), list)).toBe(false);
    expect(listKey(key('Enter', { isComposing: true }), list)).toBe(false);
    expect(listKey(key('Enter', { keyCode: 229 }), list)).toBe(false);
    expect(list.pick).toHaveBeenCalledTimes(1);
    expect(listKey(key('Escape'), list)).toBe(true);
    expect(list.close).toHaveBeenCalled();
    // An empty list lets Enter send the message.
    expect(listKey(key('Enter'), { ...list, count: 0, active: 0 })).toBe(false);
  });
});
