import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MessageItem } from '@/components/chat/MessageItem';
import type { ChatMessage } from '@/utils/history/types';

const base: ChatMessage = {
  id: 'm1',
  conversationId: 'c1',
  parentId: null,
  role: 'assistant',
  content: '<img src=x onerror="alert(1)"><script>alert(2)</script>',
  reasoning: '',
  status: 'done',
  model: 'm',
  usage: null,
  error: null,
  createdAt: 1,
  updatedAt: 1,
};

describe('MessageItem', () => {
  it('should carry the UI contract attributes', () => {
    const { container } = render(<MessageItem message={base} />);
    const article = container.querySelector('[data-message-id="m1"]');
    expect(article?.getAttribute('data-message-role')).toBe('assistant');
    expect(article?.getAttribute('data-message-status')).toBe('done');
    expect(article?.querySelector('[data-message-content]')).not.toBeNull();
  });

  it('should show model output as inert text, never as HTML', () => {
    const { container } = render(<MessageItem message={base} />);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('[data-message-content]')?.textContent).toBe(base.content);
  });

  it('should show reasoning apart, open while the model is still thinking', () => {
    const thinking = {
      ...base,
      content: '',
      reasoning: 'Let me think',
      status: 'streaming' as const,
    };
    const { container } = render(<MessageItem message={thinking} />);
    const details = container.querySelector('details[data-reasoning]');
    expect(details?.hasAttribute('open')).toBe(true);
    expect(details?.textContent).toContain('Let me think');
  });

  it('should say why a reply is incomplete', () => {
    render(<MessageItem message={{ ...base, content: 'half', status: 'interrupted' }} />);
    expect(screen.getByText(/Interrupted/)).toBeTruthy();
  });
});
