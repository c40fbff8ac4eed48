import { describe, expect, it } from 'vitest';
import { parseClientRequest } from '@/utils/protocol/requests';
import {
  applyQuoteTemplate,
  DEFAULT_TEMPLATES,
  parseQuote,
  trimQuoteText,
} from '@/utils/page/quote';
import { DEFAULT_SETTINGS, quoteTemplateFor } from '@/utils/settings/model';

const quote = { text: 'Rivers carry sediment.', title: 'Geology', url: 'https://example.com/a' };

describe('quote templates', () => {
  it('should wrap the quote and the message with the default template', () => {
    expect(applyQuoteTemplate(DEFAULT_TEMPLATES.en.quote, quote, 'Why?')).toBe(
      'From "Geology" (https://example.com/a):\n\n"""\nRivers carry sediment.\n"""\n\nWhy?',
    );
    expect(applyQuoteTemplate(DEFAULT_TEMPLATES.zh_CN.quote, quote, '为什么？')).toContain(
      '摘自《Geology》',
    );
  });

  it('should still include the quote when a custom template forgets {quote}', () => {
    expect(applyQuoteTemplate('Answer: {message}', quote, 'Why?')).toBe(
      '"""\nRivers carry sediment.\n"""\n\nAnswer: Why?',
    );
  });

  it('should use the user’s template, or the language default when blank', () => {
    expect(quoteTemplateFor(DEFAULT_SETTINGS, 'zh_CN')).toBe(DEFAULT_TEMPLATES.zh_CN.quote);
    expect(quoteTemplateFor({ ...DEFAULT_SETTINGS, quoteTemplate: '{quote}!' }, 'en')).toBe(
      '{quote}!',
    );
  });
});

describe('quote input', () => {
  it('should trim a huge selection to the limit and say so', () => {
    const { text, trimmed } = trimQuoteText('x'.repeat(1_000_000), 20_000);
    expect(trimmed).toBe(true);
    expect(text).toHaveLength(20_001);
    expect(trimQuoteText('  short  ', 100)).toEqual({ text: 'short', trimmed: false });
  });

  it('should refuse malformed quotes and unsafe URLs', () => {
    expect(parseQuote({ text: '', title: '', url: '' })).toBeNull();
    expect(parseQuote({ text: 'x', title: 3, url: '' })).toBeNull();
    expect(parseQuote({ text: 'x', title: 't', url: 'javascript:alert(1)' })?.url).toBe('');
    expect(parseQuote({ text: 'x', title: 't', url: 'https://a.example/' })?.url).toBe(
      'https://a.example/',
    );
  });

  it('should accept a send with only a quote, and reject one with neither', () => {
    const base = { type: 'send', requestId: 'r', conversationId: null, parentId: null };
    expect(parseClientRequest({ ...base, text: '', quote })).not.toBeNull();
    expect(parseClientRequest({ ...base, text: '' })).toBeNull();
    expect(parseClientRequest({ ...base, text: 'hi', quote: { text: 5 } })).toBeNull();
  });
});
