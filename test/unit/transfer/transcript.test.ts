import { describe, expect, it } from 'vitest';
import { markdownLink } from '@/utils/transfer/transcript';

describe('links in a Markdown transcript', () => {
  it('should show a title with brackets, emphasis marks or line breaks as written', () => {
    expect(markdownLink('Arrays [draft] *new*\nv2', 'https://x.test/a')).toBe(
      '[Arrays \\[draft\\] \\*new\\* v2](https://x.test/a)',
    );
  });

  it('should keep an address with spaces or parentheses whole', () => {
    expect(markdownLink('Wiki', 'https://x.test/Delta_(river)')).toBe(
      '[Wiki](<https://x.test/Delta_(river)>)',
    );
    expect(markdownLink('T', 'https://x.test/a b>c')).toBe('[T](<https://x.test/a b%3Ec>)');
  });
});
