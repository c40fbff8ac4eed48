import type { LucideIcon } from 'lucide-preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** One command of a menu. */
export interface MenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
  /** A toggle's state (Temporary chat): shown and announced as checked. */
  checked?: boolean;
}

/**
 * A menu button and its menu, as the ARIA menu pattern has it: Enter, Space or ArrowDown
 * open it on the first item (ArrowUp on the last); arrows move, Home/End jump, a letter
 * jumps to the next item starting with it, Enter or Space choose, Escape or Tab close
 * (Escape returning focus to the button), and a click outside closes.
 */
export function Menu({
  label,
  icon: Icon,
  items,
  class: extra,
}: {
  label: string;
  icon: LucideIcon;
  items: readonly MenuItem[];
  class?: string;
}) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const enabled = items.map((item, index) => (item.disabled ? -1 : index)).filter((i) => i >= 0);

  const show = (at: 'first' | 'last'): void => {
    setActive((at === 'first' ? enabled[0] : enabled.at(-1)) ?? 0);
    setOpen(true);
  };
  const close = (focusButton: boolean): void => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  useEffect(() => {
    if (!open) return;
    list.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]')[active]?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent): void => {
      const target = event.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) close(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const move = (step: number): void => {
    const at = enabled.indexOf(active);
    const next = enabled[(at + step + enabled.length) % enabled.length];
    if (next !== undefined) setActive(next);
  };

  const onMenuKey = (event: KeyboardEvent): void => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => setActive(enabled[0] ?? 0),
      End: () => setActive(enabled.at(-1) ?? 0),
      Escape: () => close(true),
      Tab: () => close(false),
    };
    const action = keys[event.key];
    if (action) {
      if (event.key !== 'Tab') event.preventDefault();
      action();
      return;
    }
    if (event.key.length === 1 && /\S/.test(event.key)) {
      // Type-ahead: the next enabled item whose label starts with the letter.
      const letter = event.key.toLowerCase();
      const order = [...enabled.filter((i) => i > active), ...enabled.filter((i) => i <= active)];
      const match = order.find((i) => items[i]?.label.toLowerCase().startsWith(letter));
      if (match !== undefined) setActive(match);
    }
  };

  return (
    <div class={`menu ${extra ?? ''}`.trim()}>
      <button
        ref={button}
        type="button"
        class="icon-button icon-button--quiet icon-button--medium"
        aria-label={label}
        data-tooltip={label}
        aria-haspopup="menu"
        aria-expanded={open}
        onClick={() => (open ? close(false) : show('first'))}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
            event.preventDefault();
            show(event.key === 'ArrowDown' ? 'first' : 'last');
          }
        }}
      >
        <Icon size={18} aria-hidden="true" />
      </button>
      {open && (
        <div ref={list} class="menu__list" role="menu" aria-label={label} onKeyDown={onMenuKey}>
          {items.map((item, index) => (
            <button
              key={item.label}
              type="button"
              class="menu__item"
              role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
              aria-checked={item.checked}
              tabIndex={index === active ? 0 : -1}
              disabled={item.disabled}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
