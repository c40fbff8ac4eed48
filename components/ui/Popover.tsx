import type { LucideIcon } from 'lucide-preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * An icon button that opens a panel of controls over the page (a chat's settings). Built
 * on `<details>` so it opens without script and stays in the tab order; Escape closes it
 * and puts focus back on its button. The body is rendered only while open.
 */
export function Popover({
  label,
  icon: Icon,
  class: extra,
  children,
}: {
  /** The button's accessible name and tooltip. */
  label: string;
  icon: LucideIcon;
  class?: string;
  children: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // A click elsewhere closes it, as menus do.
  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent): void => {
      if (!details.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);
  return (
    <details
      ref={details}
      class={`popover ${extra ?? ''}`.trim()}
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        // Escape here closes the popover, not the reply streaming behind it.
        event.stopPropagation();
        setOpen(false);
        details.current?.querySelector('summary')?.focus();
      }}
    >
      <summary
        class="icon-button icon-button--quiet icon-button--small"
        aria-label={label}
        data-tooltip={label}
      >
        <Icon size={15} aria-hidden="true" />
      </summary>
      {open && <div class="popover__body">{children()}</div>}
    </details>
  );
}
