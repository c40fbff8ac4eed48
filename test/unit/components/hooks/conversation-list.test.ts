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

describe('the conversation list while the history keeps changing', () => {
  it('should show a load that a newer one overtook, not stay on Loading', async () => {
    queries.listPinned.mockResolvedValue([]);
    let finishFirst: ((page: unknown) => void) | undefined;
    queries.listConversations.mockReset();
    queries.listConversations
      .mockImplementationOnce(() => new Promise((resolve) => (finishFirst = resolve)))
      .mockImplementationOnce(() => new Promise(() => {}));

    const { result, rerender } = renderHook(({ version }) => useConversationList(version), {
      initialProps: { version: 0 },
    });
    // The list changed again (an import being indexed) before the first load ended.
    rerender({ version: 1 });
    act(() => finishFirst?.({ conversations: [conversation], cursor: null }));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.items.map((item) => item.title)).toEqual(['What is a monad?']);
  });
});
