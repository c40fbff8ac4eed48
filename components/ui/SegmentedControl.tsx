/** One choice of a segmented control. */
export interface Segment<Value extends string> {
  value: Value;
  label: string;
}

/**
 * A few exclusive choices side by side (Theme: Auto · Light · Dark). Native radio buttons
 * under the look, so arrows move the choice and the group is named by its legend.
 */
export function SegmentedControl<Value extends string>({
  name,
  label,
  value,
  segments,
  onChange,
}: {
  /** The radio group's form name; unique on the page. */
  name: string;
  label: string;
  value: Value;
  segments: readonly Segment<Value>[];
  onChange(value: Value): void;
}) {
  return (
    <fieldset class="segmented">
      <legend class="segmented__legend">{label}</legend>
      <div class="segmented__options">
        {segments.map((segment) => (
          <label key={segment.value} class="segmented__option">
            <input
              type="radio"
              name={name}
              value={segment.value}
              checked={segment.value === value}
              onChange={() => onChange(segment.value)}
            />
            <span>{segment.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
