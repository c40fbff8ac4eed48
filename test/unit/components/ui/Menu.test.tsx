import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MoreIcon } from '@/components/ui/icons';
import { Menu } from '@/components/ui/Menu';

function renderMenu() {
  const chosen = vi.fn<(label: string) => void>();
  const items = [
    'Temporary chat',
    'Copy conversation',
    'Export conversation',
    'Export as Markdown',
  ].map((label, index) => ({ label, disabled: index === 2, onSelect: () => chosen(label) }));
  render(<Menu label="More" icon={MoreIcon} items={items} />);
  return { chosen, button: screen.getByRole('button', { name: 'More' }) };
}

const focused = () => (document.activeElement as HTMLElement | null)?.textContent;

describe('Menu', () => {
  it('should open on ArrowDown, move with arrows (skipping disabled), Home/End and letters', () => {
    const { button } = renderMenu();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(screen.getByRole('menu', { name: 'More' })).toBeTruthy();
    expect(focused()).toBe('Temporary chat');
    const menu = screen.getByRole('menu');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focused()).toBe('Copy conversation');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focused()).toBe('Export as Markdown');
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(focused()).toBe('Temporary chat');
    fireEvent.keyDown(menu, { key: 'End' });
    expect(focused()).toBe('Export as Markdown');
    fireEvent.keyDown(menu, { key: 'Home' });
    expect(focused()).toBe('Temporary chat');
    fireEvent.keyDown(menu, { key: 'c' });
    expect(focused()).toBe('Copy conversation');
  });

  it('should choose with a click and close; Escape closes and returns focus', () => {
    const { chosen, button } = renderMenu();
    fireEvent.click(button);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Copy conversation' }));
    expect(chosen).toHaveBeenCalledWith('Copy conversation');
    expect(screen.queryByRole('menu')).toBeNull();
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menu'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
