import { act, renderHook, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import type { Conversation } from '@/utils/history/types';

const queries = vi.hoisted(() => ({
  listPinned: vi.fn<() => Promise<Conversation[]>>(),
  listConversations: vi.fn(),
}));
vi.mock('@/utils/history/queries', () => queries);

const { useConversationList } = await import('@/components/hooks/use-conversation-list');

const conversation = { id: 'c1', title: 'What is a monad?', updatedAt: 1 } as Conversation;

describe('the conversation list', () => {
  it('should say a failed read instead of loading forever, and load on retry', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    queries.listPinned.mockResolvedValue([]);
    queries.listConversations
      .mockRejectedValueOnce(new DOMException('The connection is closing.', 'InvalidStateError'))
      .mockResolvedValue({ conversations: [conversation], cursor: null });

    const { result } = renderHook(() => useConversationList(0));
    await waitFor(() => expect(result.current.failed).toBe(true));
    expect(result.current.loaded).toBe(false);

    act(() => result.current.retry());
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.failed).toBe(false);
    expect(result.current.items.map((item) => item.title)).toEqual(['What is a monad?']);
  });
});
