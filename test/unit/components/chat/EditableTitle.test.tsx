import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { EditableTitle } from '@/components/chat/EditableTitle';

describe('EditableTitle', () => {
  it('should rename in place: click, type, Enter', () => {
    const onRename = vi.fn();
    render(<EditableTitle title="Kyoto trip" onRename={onRename} />);
    fireEvent.click(screen.getByRole('heading', { name: 'Kyoto trip' }));
    const field = screen.getByRole('textbox', { name: 'Conversation title' });
    fireEvent.input(field, { target: { value: 'Kyoto in spring' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onRename).toHaveBeenCalledWith('Kyoto in spring');
    expect(screen.getByRole('heading', { name: 'Kyoto trip' })).toBeTruthy();
  });

  it('should cancel on Escape and ignore a blank title', () => {
    const onRename = vi.fn();
    render(<EditableTitle title="Kyoto trip" onRename={onRename} />);
    fireEvent.click(screen.getByRole('heading', { name: 'Kyoto trip' }));
    const field = screen.getByRole('textbox', { name: 'Conversation title' });
    fireEvent.input(field, { target: { value: 'changed' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    fireEvent.click(screen.getByRole('heading', { name: 'Kyoto trip' }));
    const again = screen.getByRole('textbox', { name: 'Conversation title' });
    fireEvent.input(again, { target: { value: '   ' } });
    fireEvent.blur(again);
    expect(onRename).not.toHaveBeenCalled();
  });

  it('should start editing when asked from the menu (the keyboard’s way)', () => {
    const onRename = vi.fn();
    const { rerender } = render(<EditableTitle title="Kyoto trip" onRename={onRename} />);
    rerender(<EditableTitle title="Kyoto trip" onRename={onRename} editRequest={1} />);
    expect(screen.getByRole('textbox', { name: 'Conversation title' })).toBeTruthy();
  });

  it('should be plain text when there is nothing to rename', () => {
    render(<EditableTitle title="" />);
    fireEvent.click(screen.getByRole('heading', { name: 'Sidechat' }));
    expect(screen.queryByRole('textbox')).toBeNull();
  });
});
