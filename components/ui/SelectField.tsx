import { describedBy, FieldShell, type FieldFrame } from './TextField';

/** One option of a select; `lang` when its label is written in another language. */
export interface SelectOption<Value extends string> {
  value: Value;
  label: string;
  lang?: string;
}

/** A labelled select with its hint and problem, drawn like the text fields. */
export function SelectField<Value extends string>({
  value,
  options,
  onChange,
  ...frame
}: FieldFrame & {
  value: Value;
  options: readonly SelectOption<Value>[];
  onChange(value: Value): void;
}) {
  return (
    <FieldShell frame={frame}>
      <select
        id={frame.id}
        value={value}
        // The options are ours, so the value is one of them.
        onChange={(event) => onChange(event.currentTarget.value as Value)}
        {...describedBy(frame)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldShell>
  );
}
