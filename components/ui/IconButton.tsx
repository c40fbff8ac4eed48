import type { LucideIcon } from 'lucide-preact';
import type { JSX } from 'preact';

/** What an icon button shows and does; `label` is its accessible name and its tooltip. */
export interface IconButtonProps {
  label: string;
  icon: LucideIcon;
  /** `quiet` (no border until hovered), `primary`, `danger`. */
  variant?: 'quiet' | 'primary' | 'danger';
  size?: 'small' | 'medium';
  disabled?: boolean;
  'aria-pressed'?: boolean;
  type?: 'button' | 'submit';
  class?: string;
  onClick?(event: JSX.TargetedMouseEvent<HTMLButtonElement>): void;
  onPointerDown?(event: JSX.TargetedPointerEvent<HTMLButtonElement>): void;
}

/**
 * A button drawn as an icon: the same accessible name as a text button had (screen
 * readers and tests find it by it), and a tooltip with that name on hover and keyboard focus.
 */
export function IconButton({
  label,
  icon: Icon,
  variant = 'quiet',
  size = 'medium',
  class: extra,
  type = 'button',
  ...rest
}: IconButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      class={`icon-button icon-button--${variant} icon-button--${size} ${extra ?? ''}`.trim()}
      aria-label={label}
      data-tooltip={label}
    >
      <Icon size={size === 'small' ? 15 : 18} strokeWidth={2} aria-hidden="true" />
    </button>
  );
}
