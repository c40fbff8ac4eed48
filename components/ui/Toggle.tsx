import type { ComponentChildren } from 'preact';

/**
 * An on/off setting drawn as a switch. It stays a checkbox with `role="switch"`, so screen
 * readers say "on/off" and tests find it by its label.
 */
export function Toggle({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  return (
    <div class="field field--toggle">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
    </div>
  );
}
