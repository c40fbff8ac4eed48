import type { ComponentChildren } from 'preact';

/**
 * A short notice at the bottom of the panel ("Deleted …") with at most one action (Undo).
 * A status, so screen readers announce it without moving focus.
 */
export function Toast({
  children,
  actionLabel,
  onAction,
}: {
  children: ComponentChildren;
  actionLabel?: string;
  onAction?: () => void;
}) {
  return (
    <div class="toast" role="status">
      <span class="toast__text">{children}</span>
      {actionLabel && onAction && (
        <button type="button" class="toast__action" onClick={onAction}>
          {actionLabel}
        </button>
      )}
    </div>
  );
}
