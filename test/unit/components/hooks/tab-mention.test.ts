import { describe, expect, it } from 'vitest';
import { matchTabs, mentionBefore, withoutMention } from '@/components/hooks/use-tab-mention';

describe('the @ tab picker', () => {
  it('should open on @ at the start or after a space, and only then', () => {
    expect(mentionBefore('@')).toBe('');
    expect(mentionBefore('Compare @tid')).toBe('tid');
    expect(mentionBefore('mail me@example')).toBeNull();
    expect(mentionBefore('@a\nb')).toBeNull();
    expect(mentionBefore(`${'long draft '.repeat(10_000)}@tides and`)).toBe('tides and');
    expect(mentionBefore(`${'x'.repeat(10_000)}@tides`)).toBeNull();
    expect(mentionBefore(`${'x'.repeat(50)} @${'y'.repeat(41)}`)).toBeNull();
    expect(withoutMention('Compare @tid')).toBe('Compare ');
  });

  it('should match every word in the title or address', () => {
    const tabs = [
      { id: 1, title: 'Tides and estuaries', url: 'https://sea.test/', favicon: '' },
      { id: 2, title: 'Deltas', url: 'https://river.test/tides', favicon: '' },
    ];
    expect(matchTabs(tabs, 'tides').map((tab) => tab.id)).toEqual([1, 2]);
    expect(matchTabs(tabs, 'TIDES estu').map((tab) => tab.id)).toEqual([1]);
    expect(matchTabs(tabs, '').length).toBe(2);
  });
});
