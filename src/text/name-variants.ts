/**
 * Spelling variants of names ("Mohammad", "Muhammad"; "Andersen", "Anderson"): close in
 * spelling, and alike in sound. For names only: common words have their own typo correction.
 */

/** A sound key: the first letter, then the consonants, alike-sounding ones folded together. */
export function soundKey(word: string): string {
  const folded = word
    .toLowerCase()
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/[cq]/g, "k")
    .replace(/x/g, "ks")
    .replace(/z/g, "s")
    .replace(/([dtkg])h/g, "$1")
    .replace(/dj|j/g, "g");
  if (folded === "") return "";
  const head = /[aeiouy]/.test(folded[0] ?? "") ? "a" : (folded[0] ?? "");
  const rest = folded.slice(1).replace(/[aeiouyhw]/g, "");
  return (head + rest).replace(/(.)\1+/g, "$1");
}

/** Letters a name's first sound may be written with. */
export function firstLetters(word: string): string[] {
  const first = word[0] ?? "";
  const groups = ["ckq", "sz", "gj", "aeiouy", "fv", "td"];
  const group = groups.find((letters) => letters.includes(first));
  return group ? [...group] : [first];
}

/**
 * The edit distance between two words (insertions, deletions, substitutions and swaps of two
 * neighbouring letters), or `limit + 1` as soon as it is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, (previous2[j - 2] ?? 0) + 1);
      row.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    previous2 = previous;
    previous = row;
  }
  return previous[b.length] ?? limit + 1;
}

/**
 * How alike two spellings of a name are: 0.9 one letter apart, 0.85 two letters apart when they
 * sound alike, else 0 (names shorter than five letters must match exactly).
 */
export function nameVariantQuality(name: string, other: string): number {
  if (name === other || name.length < 5 || other.length < 5) return 0;
  const distance = editDistance(name, other, 2);
  if (distance === 1) return 0.9;
  if (distance === 2 && name.length >= 6 && soundKey(name) === soundKey(other)) return 0.85;
  return 0;
}
