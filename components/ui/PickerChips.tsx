/** A row of toggle buttons choosing which saved item is edited, and one that adds an item. */
export function PickerChips<Item extends { id: string }>({
  label,
  items,
  selectedId,
  nameOf,
  onPick,
  addLabel,
  onAdd,
}: {
  /** The group's accessible name ("Saved providers"). */
  label: string;
  items: readonly Item[];
  selectedId: string | undefined;
  nameOf(item: Item): string;
  onPick(id: string): void;
  addLabel: string;
  onAdd(): void;
}) {
  return (
    <div class="chip-list" role="group" aria-label={label}>
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          class="button"
          aria-pressed={item.id === selectedId}
          onClick={() => onPick(item.id)}
        >
          {nameOf(item)}
        </button>
      ))}
      <button type="button" class="button" onClick={onAdd}>
        {addLabel}
      </button>
    </div>
  );
}
