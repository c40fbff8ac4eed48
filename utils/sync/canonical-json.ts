// JSON with sorted keys: equal values give equal texts, however they were built. Sync compares
// and writes with it; the panel uses it to tell what the user changed.

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).toSorted(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
}

/** JSON with sorted keys: equal values, equal texts (used to compare and to write). */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value ?? null, sortedKeys);
}
