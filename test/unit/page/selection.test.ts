import { describe, expect, it } from 'vitest';
import { classify } from '@/utils/page/selection';

describe('page reading failures', () => {
  it.each([
    ['Cannot access a chrome:// URL', 'page_restricted'],
    ['The extensions gallery cannot be scripted.', 'page_restricted'],
    ['Cannot access contents of url "file:///home/a.txt".', 'file_access'],
    [
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
      'needs_permission',
    ],
    ['No tab with id: 42.', 'tab_gone'],
  ])('should explain %j as %s', (message, problem) => {
    expect(classify(new Error(message))).toBe(problem);
  });
});
