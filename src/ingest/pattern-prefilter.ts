/**
 * A cheap look before a costly pattern: the literal text a unit must hold for a pattern to match
 * it, read from the pattern's own source ("\bsign up (?:for|to) … newsletter" needs "newsletter"),
 * so that a unit holding none of it is never searched. Whenever the unit holds it, the pattern
 * alone decides: a list of patterns answers exactly as testing each one does.
 */

/** A pattern with what a text must hold for it to match: any one of `needs` (none: no look first). */
export interface QuickPattern {
  readonly pattern: RegExp;
  readonly needs: readonly string[] | null;
  /** The needs are lower case, looked for in the text's lower-case form (a case-blind pattern). */
  readonly caseBlind: boolean;
  /** Each need's pairs of adjacent characters (see `pairCode`): a text holds them all or not the need. */
  readonly pairs: readonly Uint16Array[] | null;
}

/** Needs shorter than this are not worth looking for first. */
const SHORTEST_NEED = 3;

/** Prepares patterns for `anyMatches`, each with what a text must hold for it to match. */
export function quickPatterns(patterns: readonly RegExp[]): readonly QuickPattern[] {
  return Object.freeze(patterns.map(quickPattern));
}

/** One pattern with its needs (see `quickPatterns`). */
export function quickPattern(pattern: RegExp): QuickPattern {
  const caseBlind = pattern.flags.includes("i");
  const needs = needsOf(pattern);
  const pairs = needs?.map((need) => pairsOf(need, caseBlind)) ?? null;
  return Object.freeze({ pattern, needs, caseBlind, pairs });
}

/**
 * A pair of adjacent characters as a number below 2^14: each character's code below 128, any
 * other character as 127 (so a pair past ASCII stands for many, never for none).
 */
function pairCode(first: number, second: number): number {
  return ((first < 128 ? first : 127) << 7) | (second < 128 ? second : 127);
}

/** ASCII capitals as small letters; any other character as it is. */
function lowerAscii(code: number): number {
  return code >= 65 && code <= 90 ? code | 32 : code;
}

function pairsOf(need: string, caseBlind: boolean): Uint16Array {
  const pairs = new Uint16Array(Math.max(0, need.length - 1));
  for (let i = 1; i < need.length; i++) {
    const first = need.charCodeAt(i - 1);
    const second = need.charCodeAt(i);
    pairs[i - 1] = caseBlind
      ? pairCode(lowerAscii(first), lowerAscii(second))
      : pairCode(first, second);
  }
  return pairs;
}

/**
 * The pairs of adjacent characters a text holds, as it is and with ASCII capitals as small
 * letters: a stamp per pair, the text's own stamp marking those it holds (no clearing between texts).
 */
const exactPairs = new Uint32Array(1 << 14);
const blindPairs = new Uint32Array(1 << 14);
let stamp = 0;

/**
 * Marks the text's pairs under a new stamp. False when the text holds a character that a
 * case-blind pattern matches as an ASCII letter though it is none (the long s, the Kelvin sign):
 * such a text is tested pattern by pattern, with no look first.
 */
function markPairs(text: string): boolean {
  stamp = stamp === 0xffffffff ? 1 : stamp + 1;
  if (stamp === 1) {
    exactPairs.fill(0);
    blindPairs.fill(0);
  }
  let previous = text.charCodeAt(0);
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x17f || code === 0x212a || previous === 0x17f || previous === 0x212a)
      return false;
    exactPairs[pairCode(previous, code)] = stamp;
    blindPairs[pairCode(lowerAscii(previous), lowerAscii(code))] = stamp;
    previous = code;
  }
  return true;
}

function holdsPairs(pairs: Uint16Array, table: Uint32Array): boolean {
  for (let i = 0; i < pairs.length; i++) if (table[pairs[i] as number] !== stamp) return false;
  return true;
}

/** Whether any of the patterns matches the text: what `patterns.some((p) => p.test(text))` says. */
export function anyMatches(patterns: readonly QuickPattern[], text: string): boolean {
  let marked: boolean | undefined;
  for (const { pattern, pairs, caseBlind } of patterns) {
    if (pairs !== null) {
      if (marked === undefined) marked = markPairs(text);
      const table = caseBlind ? blindPairs : exactPairs;
      if (marked && !pairs.some((need) => holdsPairs(need, table))) continue;
    }
    if (pattern.test(text)) return true;
  }
  return false;
}

/**
 * The literal strings a text must hold one of for the pattern to match, or null when its
 * source tells none worth looking for (or the pattern keeps state between tests: g and y).
 */
export function needsOf(pattern: RegExp): readonly string[] | null {
  // Stateful patterns (g, y) are tested as they are; so is a source holding a character past the
  // Basic Multilingual Plane (two code units, which a quantifier may take as one).
  if (/[gy]/.test(pattern.flags) || /[\ud800-\udfff]/.test(pattern.source)) return null;
  const caseBlind = pattern.flags.includes("i");
  let needs: string[] | null;
  try {
    const reader = new SourceReader(pattern.source);
    needs = reader.alternation();
    if (!reader.done()) return null;
  } catch {
    return null;
  }
  if (needs === null || needs.some((need) => need.length < SHORTEST_NEED)) return null;
  if (!caseBlind) return Object.freeze([...new Set(needs)]);
  // Case-blind matching past printable ASCII does not always follow toLowerCase: not looked for.
  if (needs.some((need) => /[^\u0020-\u007e]/.test(need))) return null;
  return Object.freeze([...new Set(needs.map((need) => need.toLowerCase()))]);
}

/** Escapes that stand for a class of characters or a position, not for one character. */
const CLASS_ESCAPES = new Set(["b", "B", "d", "D", "s", "S", "w", "W"]);
const CONTROL_ESCAPES: Readonly<Record<string, string>> = {
  n: "\n",
  r: "\r",
  t: "\t",
  f: "\f",
  v: "\v",
  "0": "\0",
};

/** What one atom of a pattern needs: a character, a set of alternatives, or nothing known. */
type Atom = { readonly char: string } | { readonly any: string[] | null } | { readonly none: true };

/** Reads a pattern's source, atom by atom, for the literal text every match holds. */
class SourceReader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  /** Branches separated by "|": a text needs what one of them needs. */
  alternation(): string[] | null {
    const branches = [this.sequence()];
    while (this.source[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((branch) => branch === null)) return null;
    return (branches as string[][]).flat();
  }

  /** A run of atoms: the most telling of its literal runs and groups. */
  private sequence(): string[] | null {
    const candidates: string[][] = [];
    let run = "";
    const flush = () => {
      if (run !== "") candidates.push([run]);
      run = "";
    };
    while (!this.done() && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
      const atom = this.atom();
      const least = this.quantifier();
      if ("char" in atom) {
        if (least === 0) flush();
        else if (least === 1 && !this.wasQuantified) run += atom.char;
        else {
          run += atom.char;
          flush();
        }
        continue;
      }
      flush();
      if ("any" in atom && atom.any !== null && least > 0) candidates.push(atom.any);
    }
    flush();
    let best: string[] | null = null;
    const shortest = (needs: string[]) => Math.min(...needs.map((need) => need.length));
    for (const candidate of candidates)
      if (candidate.length > 0 && (best === null || shortest(candidate) > shortest(best)))
        best = candidate;
    return best;
  }

  /** Whether the last atom read carried a quantifier (even one needing it once or more). */
  private wasQuantified = false;

  /** The least number of times the atom just read must occur (1 with no quantifier). */
  private quantifier(): number {
    this.wasQuantified = true;
    const rest = this.source.slice(this.at);
    let least = 1;
    const braces = /^\{(\d+)(?:,(\d*))?\}/.exec(rest);
    if (rest[0] === "?" || rest[0] === "*") {
      least = 0;
      this.at++;
    } else if (rest[0] === "+") {
      this.at++;
    } else if (braces) {
      least = Number(braces[1]);
      this.at += braces[0].length;
    } else {
      this.wasQuantified = false;
      return 1;
    }
    if (this.source[this.at] === "?") this.at++;
    return least;
  }

  private atom(): Atom {
    const c = this.source[this.at] ?? "";
    this.at++;
    if (c === "\\") return this.escape();
    if (c === "[") return this.characterClass();
    if (c === "(") return this.group();
    if (c === "." || c === "^" || c === "$") return { none: true };
    return { char: c };
  }

  private escape(): Atom {
    const c = this.source[this.at] ?? "";
    this.at++;
    if (CLASS_ESCAPES.has(c)) return { none: true };
    if (c === "p" || c === "P") {
      const end = this.source.indexOf("}", this.at);
      if (this.source[this.at] !== "{" || end < 0) throw new Error("unreadable property escape");
      this.at = end + 1;
      return { none: true };
    }
    if (c === "k") {
      const end = this.source.indexOf(">", this.at);
      if (end < 0) throw new Error("unreadable backreference");
      this.at = end + 1;
      return { none: true };
    }
    if (/[1-9]/.test(c)) {
      while (/\d/.test(this.source[this.at] ?? "")) this.at++;
      return { none: true };
    }
    const control = CONTROL_ESCAPES[c];
    if (control !== undefined) return { char: control };
    if (c === "x" || c === "u") {
      const hex =
        c === "x"
          ? /^[0-9a-fA-F]{2}/.exec(this.source.slice(this.at))
          : /^(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.exec(this.source.slice(this.at));
      if (!hex) throw new Error("unreadable character escape");
      this.at += hex[0].length;
      return { char: String.fromCodePoint(Number.parseInt(hex[0].replace(/[{}]/g, ""), 16)) };
    }
    if (c === "c") throw new Error("control escape");
    if (/[\p{L}\p{N}]/u.test(c)) throw new Error("unknown escape");
    return { char: c };
  }

  /** A bracketed class matches one of many characters: nothing literal is known of it. */
  private characterClass(): Atom {
    while (!this.done() && this.source[this.at] !== "]") {
      if (this.source[this.at] === "\\") this.at++;
      this.at++;
    }
    if (this.done()) throw new Error("unclosed class");
    this.at++;
    return { none: true };
  }

  /** A group needs what its alternation needs; a lookaround needs nothing of the text's own. */
  private group(): Atom {
    const rest = this.source.slice(this.at);
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(rest);
    const named = /^\?<[\p{L}\p{N}_$]+>/u.exec(rest);
    if (lookaround) this.at += lookaround[0].length;
    else if (named) this.at += named[0].length;
    else if (rest.startsWith("?:")) this.at += 2;
    else if (rest.startsWith("?")) throw new Error("unknown group");
    const any = this.alternation();
    if (this.source[this.at] !== ")") throw new Error("unclosed group");
    this.at++;
    return lookaround ? { none: true } : { any };
  }
}
