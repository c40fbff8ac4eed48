import { describe, expect, it } from 'vitest';
import { cutToTokens, fitPages, replyReserve, roomForPages } from '@/utils/page/page-budget';
import {
  pagePromptBlock,
  parsePageReadResult,
  parsePageSources,
  type PageRead,
} from '@/utils/page/page-source';
import { isNeverRead, parseSiteList } from '@/utils/page/site-list';
import { joinFrames, looksLikePdf } from '@/utils/page/read-tab';
import { estimateTokens } from '@/utils/providers/context-window';
import { buildRequestMessages } from '@/utils/providers/prompt';
import { parseClientRequest } from '@/utils/protocol/requests';
import { makeMessage } from '../fixtures';

const read = (text: string, title = 'A page'): PageRead => ({
  kind: 'page',
  title,
  url: `https://example.com/${title.replace(/\s/g, '-')}`,
  text,
  truncated: false,
});

describe('never read these sites', () => {
  it('should take hosts, URLs and wildcards, and cover subdomains only', () => {
    const sites = parseSiteList('https://Mail.Example.com/inbox\n*.bank.test, www.news.test\n\n');
    expect(sites).toEqual(['mail.example.com', 'bank.test', 'news.test']);
    expect(isNeverRead('https://mail.example.com/x', sites)).toBe(true);
    expect(isNeverRead('https://online.bank.test/', sites)).toBe(true);
    expect(isNeverRead('https://www.news.test/a', sites)).toBe(true);
    expect(isNeverRead('https://example.com/', sites)).toBe(false);
    expect(isNeverRead('https://notbank.test/', sites)).toBe(false);
    expect(isNeverRead('not a url', sites)).toBe(false);
  });
});

describe('fitting pages to the context window', () => {
  it('should keep pages whole when they fit, and when the window is unknown', () => {
    const pages = [read('a'.repeat(4000)), read('b'.repeat(400), 'B')];
    const fitted = fitPages(pages, 5000);
    expect(fitted.map((page) => [page.source.tokens, page.cutToFit])).toEqual([
      [1000, false],
      [100, false],
    ]);
    expect(fitPages(pages, null).every((page) => !page.cutToFit)).toBe(true);
  });

  it('should cut at a line end, serve the first page first, and say so', () => {
    const line = `${'word '.repeat(19)}four\n`; // 100 characters, 25 tokens
    const fitted = fitPages([read(line.repeat(100)), read(line.repeat(100), 'B')], 3000);
    expect(fitted[0]?.source.tokens).toBe(2500);
    expect(fitted[0]?.cutToFit).toBe(false);
    expect(fitted[1]?.cutToFit).toBe(true);
    // 500 tokens were left: twenty lines, cut at the last line end.
    expect(fitted[1]?.source.text).toBe(line.repeat(20).slice(0, 19 * 100 + 99));
    expect(fitted[1]?.source.truncated).toBe(true);
    expect(fitted[1]?.totalTokens).toBe(2500);
    // A full window still sends the start of a page, and says so.
    expect(fitPages([read(line.repeat(100))], 0)[0]?.source.tokens).toBeLessThanOrEqual(256);
  });

  it('should count Chinese as a token a character when cutting', () => {
    const text = '河流把泥沙带到海里。'.repeat(100);
    expect(estimateTokens(cutToTokens(text, 300))).toBeLessThanOrEqual(300);
    expect(estimateTokens(cutToTokens(text, 300))).toBeGreaterThan(250);
  });

  it('should leave room for the chat and the reply', () => {
    expect(replyReserve(4096)).toBe(819);
    expect(replyReserve(1_000_000)).toBe(8192);
    expect(roomForPages(4096, 1000, '')).toBe(4096 - 1000 - 819);
    expect(roomForPages(4096, 9000, '')).toBe(0);
    expect(roomForPages(null, 1000, '')).toBeNull();
  });
});

describe('a page on a message', () => {
  const source = {
    kind: 'pdf' as const,
    title: 'Report',
    url: 'https://example.com/r.pdf',
    text: '— Page 1 —\nText',
    tokens: 5,
    truncated: true,
  };

  it('should go before the words, labelled, with a note when cut', () => {
    const [message] = buildRequestMessages('', [
      makeMessage('m1', null, { content: 'What is it?', pages: [source] }),
    ]);
    expect(message?.content).toBe(
      'PDF: Report\nURL: https://example.com/r.pdf\n(Only part of it is included: the rest was cut to fit.)\n\n"""\n— Page 1 —\nText\n"""\n\nWhat is it?',
    );
    expect(pagePromptBlock({ ...source, kind: 'video', truncated: false })).toMatch(
      /^Video transcript: Report\n/,
    );
  });

  it('should be checked on receipt: shape, kind, sizes and count', () => {
    expect(parsePageSources([source])).toEqual([source]);
    expect(parsePageSources([{ ...source, url: 'javascript:alert(1)' }])?.[0]?.url).toBe('');
    expect(parsePageSources([{ ...source, kind: 'html' }])).toBeNull();
    expect(parsePageSources([{ ...source, text: ' ' }])).toBeNull();
    expect(parsePageSources([{ ...source, tokens: -1 }])).toBeNull();
    expect(parsePageSources(Array.from({ length: 11 }, () => source))).toBeNull();
    const send = { type: 'send', requestId: 'r1', conversationId: null, parentId: null };
    expect(parseClientRequest({ ...send, text: '', pages: [source] })).toMatchObject({
      pages: [source],
    });
    expect(parseClientRequest({ ...send, text: 'hi', pages: [{ ...source, text: 5 }] })).toBeNull();
    expect(parseClientRequest({ ...send, text: '' })).toBeNull();
  });

  it('should check what a reading answers', () => {
    expect(parsePageReadResult({ problem: 'never_read' })).toEqual({ problem: 'never_read' });
    expect(parsePageReadResult({ problem: 'oops' })).toBeNull();
    expect(parsePageReadResult({ pdf: { url: 'https://a.test/x.pdf', title: '' } })).toBeTruthy();
    expect(parsePageReadResult({ pdf: { url: 'chrome://x', title: '' } })).toBeNull();
    expect(parsePageReadResult({ page: read('text') })).toEqual({ page: read('text') });
  });
});

describe('reading a tab', () => {
  it('should join the top frame with frames that hold real text', () => {
    const long = 'Frame text. '.repeat(60);
    const joined = joinFrames(
      [
        { page: read('Main article'), top: true },
        { page: read(long, 'Embedded post'), top: false },
        { page: read('Like button', 'Widget'), top: false },
      ],
      'Tab title',
    );
    expect('page' in joined && joined.page.text).toContain('Main article');
    expect('page' in joined && joined.page.text).toContain('Frame: Embedded post');
    expect('page' in joined && joined.page.text).not.toContain('Like button');
    expect(joinFrames([{ problem: 'no_text', top: true }], '')).toEqual({ problem: 'no_text' });
    expect(joinFrames([], '')).toEqual({ problem: 'page_restricted' });
  });

  it('should know a PDF by its path', () => {
    expect(looksLikePdf('https://arxiv.org/papers/a.PDF?download=1')).toBe(true);
    expect(looksLikePdf('https://example.com/pdf-guide.html')).toBe(false);
  });
});
