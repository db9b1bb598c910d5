/** Letter counts of the two words being compared, by UTF-16 code unit; all zero between calls. */
const counts = new Int16Array(65536);

/**
 * Whether two words may be at most two edits apart (insertions, deletions, substitutions, swaps
 * of neighbouring letters): a cheap test that never says no to words that are. Each edit changes
 * the words' letter counts by at most two, so words whose counts differ by more than four are not.
 */
export function mayBeTwoEditsApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 2) return false;
  for (let i = 0; i < a.length; i++) counts[a.charCodeAt(i)] = (counts[a.charCodeAt(i)] ?? 0) + 1;
  for (let i = 0; i < b.length; i++) counts[b.charCodeAt(i)] = (counts[b.charCodeAt(i)] ?? 0) - 1;
  let differ = 0;
  for (let i = 0; i < a.length; i++) {
    const code = a.charCodeAt(i);
    differ += Math.abs(counts[code] ?? 0);
    counts[code] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const code = b.charCodeAt(i);
    differ += Math.abs(counts[code] ?? 0);
    counts[code] = 0;
  }
  return differ <= 4;
}
