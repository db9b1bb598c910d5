import { stemmer } from "stemmer";
import { irregularVerbBase } from "./irregular-verbs.js";
import { COMPOUNDS, equivalentKey } from "./newsroom-equivalents.js";
import { PHRASAL_VERBS } from "./phrasal-verbs.js";
import { americanSpelling } from "./spelling-variants.js";
import { STOP_WORDS } from "./stop-words.js";

/** A word as it stands in a text, with where it stands and the term it is matched by. */
export interface MatchToken {
  /** The word as written, after normalising. */
  readonly word: string;
  /** The term used for matching: a newsroom-equivalent key or a stem. */
  readonly term: string;
  readonly stop: boolean;
  /** The word as written, case kept (only when asked for with `withShape`). */
  readonly cased?: string;
  /** The characters between the previous word and this one, at most four (with `withShape`). */
  readonly gap?: string;
}

/** Folds the characters that change nothing for matching: case forms, accents, quotes, dashes. */
export function foldForMatching(text: string): string {
  // Plain ASCII has no marks, no compatibility forms and no curly quotes or dashes: only backticks.
  if (!NON_ASCII.test(text)) return text.includes("`") ? text.replace(/`/g, "'") : text;
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”„«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-");
}

/** Any character past ASCII (a surrogate half among them, without the u flag). */
const NON_ASCII = /[\u0080-\uffff]/;
const WORD = /\p{N}+(?:,\p{N}{3})+(?:\.\p{N}+)?|[\p{L}\p{N}]+(?:[.'][\p{L}\p{N}]+)*\.?/gu;
const INITIALISM = /^(?:\p{L}\.){2,}$|^(?:\p{L}\.)+\p{L}$/u;
const US_PRONOUN_BEFORE = new Set([
  "tell",
  "told",
  "show",
  "give",
  "let",
  "help",
  "for",
  "to",
  "with",
  "of",
  "among",
]);

/**
 * Splits a text into match tokens. `source` says how to read "US": in articles it is the
 * country only when written in capitals; in questions people type it in any case.
 */
export function matchTokens(
  text: string,
  source: "article" | "question",
  withShape = false,
): MatchToken[] {
  const folded = foldForMatching(text);
  const raw: string[] = [];
  const gaps: string[] = [];
  let end = 0;
  for (const match of folded.matchAll(WORD)) {
    let word = match[0];
    const start = match.index ?? 0;
    const dotted = word.includes(".");
    const initialism = dotted && INITIALISM.test(word);
    if (initialism) word = word.replace(/\./g, "");
    else if (dotted && word.endsWith(".")) word = word.slice(0, -1);
    if (word.includes("'")) word = word.replace(/'s?$/i, "");
    if (word === "") continue;
    if (withShape) {
      gaps.push(folded.slice(Math.max(end, start - 4), start));
      // A full stop closing a word belongs to the gap before the next one: it may end a sentence.
      end = start + match[0].length - (!initialism && match[0].endsWith(".") ? 1 : 0);
    }
    raw.push(word);
  }
  const tokens: MatchToken[] = [];
  const lowered = raw.map((word) => word.toLowerCase());
  for (let i = 0; i < raw.length; i++) {
    const original = raw[i] ?? "";
    const casedLower = lowered[i] ?? "";
    let lower = casedLower.includes(",") ? casedLower.replace(/,/g, "") : casedLower;
    const next = lowered[i + 1];
    const compound =
      next === undefined || !COMPOUND_FIRST_WORDS.has(lower)
        ? undefined
        : (COMPOUNDS.get(`${lower} ${next}`) ?? PHRASAL_VERBS.get(`${lower} ${next}`));
    if (compound) {
      lower = compound;
      i++;
    }
    if (lower === "us" && !isCountryUs(original, raw[i - 1], source)) {
      tokens.push(
        withShape
          ? { word: lower, term: "us", stop: true, cased: original, gap: gaps[i] ?? "" }
          : { word: lower, term: "us", stop: true },
      );
      continue;
    }
    const term = termFor(lower);
    const stop = STOP_WORDS.has(lower) && !compound;
    // Literals, not spreads: this runs for every word of every passage indexed or tagged.
    tokens.push(
      withShape
        ? { word: lower, term, stop, cased: original, gap: gaps[i - (compound ? 1 : 0)] ?? "" }
        : { word: lower, term, stop },
    );
  }
  return tokens;
}

/** The first words of the compounds: only a word among them can begin one. */
const COMPOUND_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...COMPOUNDS.keys(), ...PHRASAL_VERBS.keys()].map((key) => key.slice(0, key.indexOf(" "))),
);

function isCountryUs(
  original: string,
  previous: string | undefined,
  source: "article" | "question",
): boolean {
  if (source === "article") return original === "US";
  return !(previous && US_PRONOUN_BEFORE.has(previous.toLowerCase()) && original !== "US");
}

const termCache = new Map<string, string>();
/** The most words whose terms are kept (a desk's vocabulary is rarely larger). */
const TERM_CACHE_SIZE = 200_000;

/**
 * The words whose terms this process has worked out, with those terms (word i's term is term i):
 * kept in the index cache, so that a process opening it reads passages without working them out again.
 */
export function knownWordTerms(): { words: string[]; terms: string[] } {
  return { words: [...termCache.keys()], terms: [...termCache.values()] };
}

/**
 * Takes in words' terms worked out before (as `knownWordTerms` gave them): `termFor` then looks
 * them up instead of working them out. Pairs that do not fit together are ignored.
 */
export function learnWordTerms(known: {
  readonly words: readonly string[];
  readonly terms: readonly string[];
}): void {
  const { words, terms } = known;
  if (words.length !== terms.length) return;
  for (let i = 0; i < words.length && termCache.size < TERM_CACHE_SIZE; i++) {
    const word = words[i];
    const term = terms[i];
    if (typeof word === "string" && typeof term === "string") termCache.set(word, term);
  }
}

/**
 * The matching term of a lower-case word: its newsroom-equivalent key, else its stem (British
 * and American spellings alike).
 */
export function termFor(word: string): string {
  const cached = termCache.get(word);
  if (cached !== undefined) return cached;
  const spelt = irregularVerbBase(word) ?? americanSpelling(word);
  const key =
    equivalentKey(word) ??
    equivalentKey(spelt) ??
    equivalentKey(spelt.replace(/-/g, "")) ??
    stemWord(spelt);
  if (termCache.size < TERM_CACHE_SIZE) termCache.set(word, key);
  return key;
}

/**
 * Words the stemmer would fold into an unrelated word of news copy ("several" into "sever",
 * "authorities" into "author", "executives" into "executed", "news" into "new"): each keeps a
 * stem of its own, shared with its other forms (and "execs") only.
 */
const OWN_STEMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    several: "several",
    news: "news",
    authority: "authority",
    authorities: "authority",
    executive: "executive",
    executives: "executive",
    exec: "executive",
    execs: "executive",
    international: "international",
    internationally: "international",
    university: "university",
    universities: "university",
    community: "community",
    communities: "community",
    busy: "busy",
    generous: "generous",
  }),
);

function stemWord(word: string): string {
  if (/\d/.test(word)) return word.replace(/[,]/g, "");
  const own = OWN_STEMS.get(word);
  if (own !== undefined) return own;
  const stem = stemmer(word);
  return equivalentKey(stem) ?? stem;
}

/** The distinct, non-stop terms of an article text, as the index stores them. */
export function indexTerms(text: string): string[] {
  return matchTokens(text, "article")
    .filter((token) => !token.stop)
    .map((token) => token.term);
}
