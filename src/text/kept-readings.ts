/**
 * A reading kept once made: `read(key)` gives what `make(key)` gave the first time, for up to
 * `limit` keys; past that, everything kept is let go and kept again from the next key. Readings
 * must depend on the key alone.
 */
export function keptReadings<V>(limit: number, make: (key: string) => V): (key: string) => V {
  const kept = new Map<string, V>();
  return (key) => {
    const known = kept.get(key);
    if (known !== undefined) return known;
    const made = make(key);
    if (kept.size >= limit) kept.clear();
    kept.set(key, made);
    return made;
  };
}
