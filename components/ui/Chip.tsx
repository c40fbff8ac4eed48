import type { ComponentChildren } from 'preact';
import { IconButton } from './IconButton';
import { CloseIcon } from './icons';

/**
 * Something attached to the next message (a quote; later a page, a tab, an image): a
 * kind-coloured edge, a one-line caption, its content, and a button that detaches it.
 */
export function Chip({
  caption,
  removeLabel,
  onRemove,
  actions,
  children,
  ...data
}: {
  caption: ComponentChildren;
  /** The remove button's accessible name ("Remove quote"). */
  removeLabel: string;
  onRemove(): void;
  /** More buttons beside remove (Show full quote). */
  actions?: ComponentChildren;
  children?: ComponentChildren;
  /** data-* attributes tests and styles find the chip by (data-quote, data-page). */
  [data: `data-${string}`]: string | boolean | number | undefined;
}) {
  return (
    <div class="chip" {...data}>
      <div class="chip__header">
        <span class="chip__caption">{caption}</span>
        {actions}
        <IconButton label={removeLabel} icon={CloseIcon} size="small" onClick={onRemove} />
      </div>
      {children}
    </div>
  );
}
