import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { Composer, type ComposerProps } from '@/components/chat/Composer';

function renderComposer(props: Partial<ComposerProps> = {}) {
  const handlers = { onSend: vi.fn(), onStop: vi.fn(), onTextChange: vi.fn() };
  render(<Composer text="hello" streaming={false} busy={false} {...handlers} {...props} />);
  return handlers;
}

describe('Composer', () => {
  it('should send on Enter and on the Send button', () => {
    const { onSend } = renderComposer();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Message' }), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSend).toHaveBeenCalledTimes(2);
  });

  it('should not send on Shift+Enter or while an IME composes (Chinese input)', () => {
    const { onSend } = renderComposer();
    const box = screen.getByRole('textbox', { name: 'Message' });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    fireEvent.keyDown(box, { key: 'Enter', isComposing: true });
    fireEvent.keyDown(box, { key: 'Enter', keyCode: 229 });
    expect(onSend).not.toHaveBeenCalled();
  });

  it('should not send empty text or while a send is pending', () => {
    const { onSend } = renderComposer({ text: '   ' });
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Message' }), { key: 'Enter' });
    expect(screen.getByRole('button', { name: 'Send' })).toHaveProperty('disabled', true);
    expect(onSend).not.toHaveBeenCalled();
  });

  it('should offer Stop instead of Send while a reply streams', () => {
    const { onStop } = renderComposer({ streaming: true });
    expect(screen.queryByRole('button', { name: 'Send' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(onStop).toHaveBeenCalledOnce();
  });

  it('should report typing', () => {
    const { onTextChange } = renderComposer();
    fireEvent.input(screen.getByRole('textbox', { name: 'Message' }), {
      target: { value: '你好' },
    });
    expect(onTextChange).toHaveBeenCalledWith('你好');
  });
});

describe('Composer send and stop', () => {
  it('should ignore a click whose press began on Send when the button has become Stop', () => {
    const handlers = { onSend: vi.fn(), onStop: vi.fn(), onTextChange: vi.fn() };
    const { rerender } = render(
      <Composer text="hello" streaming={false} busy={false} {...handlers} />,
    );
    const button = screen.getByRole('button', { name: 'Send' });
    fireEvent.pointerDown(button);
    // Another panel's reply starts streaming in this conversation before the release.
    rerender(<Composer text="hello" streaming busy={false} {...handlers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(handlers.onStop).not.toHaveBeenCalled();
    expect(handlers.onSend).not.toHaveBeenCalled();
    // A click meant for Stop still stops.
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Stop' }));
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    expect(handlers.onStop).toHaveBeenCalledTimes(1);
  });

  it('should not send when Stop became Send under the pointer', () => {
    const handlers = { onSend: vi.fn(), onStop: vi.fn(), onTextChange: vi.fn() };
    const { rerender } = render(<Composer text="hello" streaming busy={false} {...handlers} />);
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Stop' }));
    rerender(<Composer text="hello" streaming={false} busy={false} {...handlers} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(handlers.onSend).not.toHaveBeenCalled();
    expect(handlers.onStop).not.toHaveBeenCalled();
  });
});
