/**
 * Acronyms a desk's own copy spells out: "the Federal Aviation Administration (FAA)" or "the
 * FAA (Federal Aviation Administration)" tells the desk that FAA and the full name are one
 * body, so a question may use either. Read from the text of a few passages that hold the
 * acronym; nothing is learnt that the copy does not state.
 */

export const DeskAcronymConfig = Object.freeze({
  /** Passages holding an acronym that are read for its full name. */
  passagesRead: 40,
  /** Acronyms this long or longer (letters) are looked for; shorter ones are too ambiguous. */
  minLetters: 3,
  maxLetters: 8,
});

/** Small words a full name may hold that its acronym skips ("Department of Justice": DOJ or DJ). */
const LINK_WORDS: ReadonlySet<string> = new Set(["of", "for", "and", "the", "on", "in", "de", "&"]);

const NAME_WORD = /^[A-Z][\p{L}'’.-]*$/u;

/** True for a word that may be an acronym: letters only, within the lengths looked for. */
export function mayBeAcronym(word: string): boolean {
  const { minLetters, maxLetters } = DeskAcronymConfig;
  return new RegExp(`^[a-z]{${minLetters},${maxLetters}}$`, "i").test(word);
}

/**
 * The words of a full name whose initials spell `acronym`, taken from the end of `words` (the
 * text before "(FAA)") or from their start (the text inside "FAA (…)"); null when none does.
 */
function nameSpelling(
  words: readonly string[],
  acronym: string,
  fromEnd: boolean,
): string[] | null {
  // Link words are skipped ("Organization of the Petroleum Exporting Countries": OPEC), else
  // spelt ("Department of Justice": DOJ).
  return spelling(words, acronym, fromEnd, false) ?? spelling(words, acronym, fromEnd, true);
}

function spelling(
  words: readonly string[],
  acronym: string,
  fromEnd: boolean,
  spellLinks: boolean,
): string[] | null {
  const letters = acronym.toLowerCase();
  const ordered = fromEnd ? [...words].reverse() : [...words];
  const name: string[] = [];
  let matched = 0;
  for (const word of ordered) {
    if (matched === letters.length) break;
    const lower = word.toLowerCase();
    const at = fromEnd ? letters.length - 1 - matched : matched;
    if (LINK_WORDS.has(lower) && name.length > 0 && !(spellLinks && lower[0] === letters[at])) {
      name.push(word);
      continue;
    }
    if (!NAME_WORD.test(word) && !LINK_WORDS.has(lower)) return null;
    if (lower[0] !== letters[at]) return null;
    name.push(word);
    matched++;
  }
  if (matched !== letters.length) return null;
  const inOrder = fromEnd ? name.reverse() : name;
  return inOrder.length > 1 ? inOrder : null;
}

/**
 * The full name a text gives an acronym ("Federal Aviation Administration (FAA)", "FAA (Federal
 * Aviation Administration)"), as its words; null when the text spells none out.
 */
export function spelledOut(text: string, acronym: string): string[] | null {
  const escaped = acronym.replace(/[^A-Za-z]/g, "");
  // Both shapes hold the acronym as written and a bracket: a text without them spells out nothing.
  if (escaped === "" || !text.includes(escaped) || !text.includes("(")) return null;
  const inBrackets = new RegExp(`\\(\\s*${escaped}\\s*\\)`, "g");
  for (const match of text.matchAll(inBrackets)) {
    const before = text.slice(Math.max(0, (match.index ?? 0) - 160), match.index).split(/\s+/);
    const name = nameSpelling(before.filter(Boolean), escaped, true);
    if (name) return name;
  }
  const beforeBrackets = new RegExp(`\\b${escaped}\\s*\\(([^)]{3,120})\\)`, "g");
  for (const match of text.matchAll(beforeBrackets)) {
    const inside = (match[1] ?? "").split(/\s+/).filter(Boolean);
    const name = nameSpelling(inside, escaped, false);
    if (name && name.length <= inside.length) return name;
  }
  return null;
}

/** The initials of a name's words, its link words skipped ("Department of Justice": "dj"). */
export function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => !LINK_WORDS.has(word.toLowerCase()))
    .map((word) => word[0]?.toLowerCase() ?? "")
    .join("");
}

/** What the acronym reader needs of the index: the texts of passages holding a term, term ids. */
export interface AcronymSource {
  /** The texts of at most `limit` passages holding the word's term (none when it is common). */
  textsHolding(word: string, limit: number): readonly string[];
  /** The index term id of each non-stop word of a text, as the index reads article text. */
  termIds(text: string): readonly number[];
  /** How many passages hold a term. */
  frequency(termId: number): number;
}

/** A question word's acronym link: term ids that stand for it, and how much they count. */
export interface AcronymLink {
  /** Index of the question concept (see `conceptWords`) the link adds to. */
  readonly concept: number;
  readonly termId: number;
  readonly quality: number;
}

/**
 * Links between a question's words and the acronyms the desk spells out: an acronym in the
 * question is matched by the rarest word of its full name, a full name in the question by its
 * acronym. What each acronym stands for is read once and kept (until `forget`).
 */
export class DeskAcronyms {
  private readonly names = new Map<string, readonly string[] | null>();

  constructor(private readonly source: AcronymSource) {}

  /** Forgets what was read (the desk's passages changed). */
  forget(): void {
    this.names.clear();
  }

  /** The full name the desk's copy gives an acronym, or null. */
  fullName(acronym: string): readonly string[] | null {
    const key = acronym.toLowerCase();
    const known = this.names.get(key);
    if (known !== undefined) return known;
    let name: string[] | null = null;
    for (const text of this.source.textsHolding(key, DeskAcronymConfig.passagesRead)) {
      name = spelledOut(text, key.toUpperCase());
      if (name) break;
    }
    if (this.names.size > 10_000) this.names.clear();
    this.names.set(key, name);
    return name;
  }

  /**
   * Links for a question whose concepts are `words` (as typed, lower case, in question order):
   * `quality` for the full name's rarest word standing for an acronym, and for an acronym
   * standing for each word of its full name.
   */
  links(words: readonly string[], quality: number): AcronymLink[] {
    const links: AcronymLink[] = [];
    words.forEach((word, concept) => {
      if (!mayBeAcronym(word)) return;
      const name = this.fullName(word);
      if (!name) return;
      const ids = this.source.termIds(name.join(" "));
      const rarest = [...ids].sort(
        (a, b) => this.source.frequency(a) - this.source.frequency(b),
      )[0];
      if (rarest !== undefined) links.push({ concept, termId: rarest, quality });
    });
    // A full name typed out: runs of consecutive question words whose initials spell an acronym.
    const { minLetters, maxLetters } = DeskAcronymConfig;
    for (let start = 0; start < words.length; start++) {
      for (let end = start + minLetters; end <= Math.min(words.length, start + maxLetters); end++) {
        const run = words.slice(start, end);
        const acronym = initialsOf(run);
        const name = this.fullName(acronym);
        if (!name || initialsOf(name) !== acronym) continue;
        const own = new Set(name.map((word) => word.toLowerCase()));
        if (!run.every((word) => own.has(word))) continue;
        const [termId] = this.source.termIds(acronym);
        if (termId === undefined) continue;
        for (let concept = start; concept < end; concept++)
          links.push({ concept, termId, quality });
      }
    }
    return links;
  }
}
