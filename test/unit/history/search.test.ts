import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@/utils/history/types';
import { searchHistory } from '@/utils/history/queries';
import { idbHistoryStore } from '@/utils/history/store';
import { indexTokens, queryTokens, snippetFor } from '@/utils/history/search-text';
import { makeConversation, makeMessage } from '../fixtures';

async function seed(entries: [string, string, string][]): Promise<void> {
  let time = 1000;
  for (const [conversationId, id, content] of entries) {
    time += 1000;
    const message: ChatMessage = makeMessage(id, null, {
      conversationId,
      content,
      createdAt: time,
      updatedAt: time,
    });
    await idbHistoryStore.saveMessage(
      message,
      makeConversation({ id: conversationId, title: `Chat ${conversationId}`, updatedAt: time }),
    );
  }
}

describe('search tokens', () => {
  it('should fold case, width and accents', () => {
    expect(indexTokens('Café ＣＡＦÉ naïve')).toEqual(['cafe', 'naive']);
  });

  it('should index Chinese and Japanese by bigrams', () => {
    expect(indexTokens('流式传输')).toEqual(['流式', '式传', '传输', '输']);
    expect(queryTokens('式传').tokens).toEqual(['式传']);
    expect(queryTokens('テスト').tokens).toEqual(['テス', 'スト']);
  });

  it('should find nothing to look up in punctuation, and treat emoji as tokens', () => {
    expect(queryTokens('%').tokens).toEqual([]);
    expect(queryTokens('.*+?^${}()|[]\\').tokens).toEqual([]);
    expect(queryTokens('🎉').tokens).toEqual(['🎉']);
  });

  it('should mark matches in the original text', () => {
    const { parts } = snippetFor('Notes about Café culture', 'cafe');
    expect(parts.filter((part) => part.match).map((part) => part.text)).toEqual(['Café']);
  });
});

describe('searchHistory', () => {
  it('should find messages by words, prefixes, accents and case, newest first', async () => {
    await seed([
      ['c1', 'm1', 'We talked about streaming replies'],
      ['c2', 'm2', 'STREAMING over SSE, with a café analogy'],
      ['c3', 'm3', 'Nothing relevant here'],
    ]);
    const streaming = await searchHistory('streaming');
    expect(streaming.map((r) => r.messageId)).toEqual(['m2', 'm1']);
    expect((await searchHistory('strea')).length).toBe(2);
    expect((await searchHistory('CAFE')).map((r) => r.messageId)).toEqual(['m2']);
    expect((await searchHistory('streaming café')).map((r) => r.messageId)).toEqual(['m2']);
  });

  it('should find Chinese text without spaces, by any substring', async () => {
    await seed([['c1', 'm1', '我们讨论了流式传输的实现细节']]);
    expect((await searchHistory('传输')).map((r) => r.messageId)).toEqual(['m1']);
    expect((await searchHistory('实现细节')).map((r) => r.messageId)).toEqual(['m1']);
    expect((await searchHistory('节')).map((r) => r.messageId)).toEqual(['m1']);
    expect(await searchHistory('细节实现')).toEqual([]);
  });

  it('should find titles, and behave with special characters', async () => {
    await seed([['c9', 'm9', 'body text']]);
    expect((await searchHistory('chat c9')).some((r) => r.messageId === null)).toBe(true);
    for (const query of ['%', '*', '.*', '(', '\\', '🎉', '']) {
      await expect(searchHistory(query)).resolves.toBeInstanceOf(Array);
    }
  });

  it('should forget deleted conversations and index edits', async () => {
    await seed([['c1', 'm1', 'ephemeral words']]);
    await idbHistoryStore.deleteConversation('c1');
    expect(await searchHistory('ephemeral')).toEqual([]);

    await seed([['c2', 'm2', 'first draft']]);
    const stored = await idbHistoryStore.getMessage('m2');
    await idbHistoryStore.saveMessage({ ...(stored as ChatMessage), content: 'second draft' });
    expect(await searchHistory('first')).toEqual([]);
    expect((await searchHistory('second')).map((r) => r.messageId)).toEqual(['m2']);
  });

  it('should not index a reply while it streams', async () => {
    await idbHistoryStore.saveMessage(
      makeMessage('s1', null, { role: 'assistant', status: 'streaming', content: 'partial words' }),
    );
    expect(await searchHistory('partial')).toEqual([]);
  });
});
