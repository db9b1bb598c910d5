/**
 * A frozen table keyed by words that answers only for its own words.
 *
 * A plain object literal also answers for the names every JavaScript object carries
 * (`constructor`, `toString`, `__proto__`…), so a page or a question holding such a word
 * would read a function where a table entry was expected. The table has no prototype:
 * `table[word]` is `undefined` and `word in table` is false for every word not listed.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
