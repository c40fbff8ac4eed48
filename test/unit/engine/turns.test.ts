import { describe, expect, it } from 'vitest';
import { titleFrom } from '@/utils/engine/turns';

describe('titleFrom', () => {
  it('should use the first line, shortened', () => {
    expect(titleFrom('  Hello\nworld')).toBe('Hello');
    expect(titleFrom('x'.repeat(200))).toHaveLength(80);
  });
});
