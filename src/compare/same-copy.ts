import { type Article, outletName } from "../ingest/article.js";
import type { SameCopy } from "./comparison.js";
import { KNOWN_OUTLETS } from "./name-cues.js";
import { quotedSpans } from "./quoted-words.js";
import { foldPhrase } from "./word-forms.js";

/**
 * Whose copy a page carries, as its credit line says ("By …, Associated Press", "(AP) —",
 * "first published by …", "Information … contributed by … of The Daily Star"), and the pages
 * that carry the same copy: many of their sentences alike, and a credit naming the other page's
 * outlet or the same wire service; or most of an uncredited page's text from a credited one.
 */

export const SameCopyConfig = Object.freeze({
  /**
   * Share of the shorter page's runs of words the other must have too (folded), when a credit
   * says whose copy both are: an updated version with a new top and a trimmed end shares less.
   */
  minSharedSentences: 0.3,
  /** Words in a run compared between pages. */
  shingleWords: 5,
  /**
   * Words in a run compared between two pages crediting the same wire: a reprint may be lightly
   * reworded ("prayed for victims" for "pray for victims"), which breaks longer runs.
   */
  sameWireShingleWords: 3,
  /**
   * Share of runs an uncredited page must share with a credited one to carry the same copy: most
   * of its text, as a reprint that drops the credit line does.
   */
  minSharedUncredited: 0.5,
  /** Passages read for a credit at each end of the page. */
  creditPassages: 3,
  /**
   * Words in a run of the outlet's own text (quotations left out) that two pages share when one
   * carries the other's copy: two rewrites of one event rarely agree on twelve words in a row
   * outside the words they both quote.
   */
  copyRunWords: 12,
  /**
   * Runs of `copyRunWords` words two pages must share to be the same copy by their text alone,
   * whatever their credit lines say or leave out: a few paragraphs word for word.
   */
  minCopyRuns: 20,
});

/** Credit phrasings that name whose copy it is; the name follows. */
const CREDIT_LEADS =
  /\b(?:first published by|originally published by|published by|first appeared in|originally appeared in|appeared first in|republished from|reprinted from|courtesy of|copyright|source:|sources?\s*\||via)\s+(?:the\s+)?/gi;
/** Sign-offs of copy written elsewhere: "X contributed to this report", "— X". */
const CONTRIBUTED =
  /([\p{Lu}][\p{L}.&' -]{1,60}?)\s+contributed to this (?:report|story|article)/gu;
/** "Reuters |", "(AP) —", "/TASS/": an agency in a dateline or header. */
const DATELINE = /(?:^|\s)[([/]([\p{Lu}][\p{L}.&' -]{0,40}?)[)\]/]\s*[-—–:|]/u;
/** "© 2021 Thomson/Reuters", "(Reporting by … Editing by …)": the house style of one agency. */
const SIGN_OFF = /\(Reporting by [^)]*\)/i;

const originCache = new WeakMap<Article, string | null>();

/**
 * The outlet or wire service whose copy the page says it carries, besides its own name (the
 * outlet as the page or the desk names it), else null. `outlets`: the desk's outlet names.
 */
export function copyOrigin(article: Article, outlets: readonly string[] = []): string | null {
  if (originCache.has(article)) return originCache.get(article) ?? null;
  const origin = readOrigin(article, outlets);
  originCache.set(article, origin);
  return origin;
}

function readOrigin(article: Article, outlets: readonly string[]): string | null {
  const own = foldPhrase(bare(outletName(article)));
  const names = [...outlets.filter((name) => foldPhrase(bare(name)) !== own)];
  const known = (text: string): string | null => knownName(text, names);
  const meta = article.metadata;
  // Whose copy the page carries, as the page reading found it (front matter or credit lines).
  if (meta.origin && foldPhrase(bare(meta.origin)) !== own) return meta.origin;
  const passages = article.passages.map((p) => p.text);
  const ends = [
    ...passages.slice(0, SameCopyConfig.creditPassages),
    ...passages.slice(-SameCopyConfig.creditPassages),
  ];
  // The byline names an outlet or a wire ("By Jane Doe - Associated Press", "Tidewater Press").
  if (meta.byline) {
    const named = known(meta.byline);
    if (named) return named;
  }
  for (const credit of meta.credits) {
    // "Sources: A, B, C" lists what the page drew on, not whose copy it is.
    if (/^sources?\s*:/i.test(credit) && credit.includes(",")) continue;
    const named =
      known(credit) ??
      / of ((?:The )?[\p{Lu}][\p{L}&'-]*(?:[ .][\p{Lu}][\p{L}&'-]*)*)\.?$/u.exec(credit)?.[1];
    if (named) return named;
  }
  for (const text of ends) {
    for (const match of text.matchAll(CREDIT_LEADS)) {
      const named = known(text.slice((match.index ?? 0) + match[0].length).slice(0, 80));
      if (named) return named;
    }
    for (const match of text.matchAll(CONTRIBUTED)) {
      const named = known(match[1] ?? "");
      if (named) return named;
    }
  }
  const opening = passages[0] ?? "";
  const dateline = DATELINE.exec(opening.slice(0, 160));
  if (dateline?.[1]) {
    const named = known(dateline[1]);
    if (named) return named;
  }
  if (/^(?:reuters|afp|ap|tass|xinhua)\b\s*[|—–-]/i.test(opening))
    return known(opening.slice(0, 12));
  if (ends.some((text) => SIGN_OFF.test(text)) && ends.some((text) => /reuters/i.test(text)))
    return "Reuters";
  // A page whose outlet is itself a wire service carries that wire's copy.
  const self = outletName(article);
  return isWire(self) ? self : null;
}

/** The desk outlet or wire service a text starts with or names, as it is written there. */
function knownName(text: string, outlets: readonly string[]): string | null {
  const folded = ` ${foldPhrase(text)} `;
  for (const name of outlets) {
    const key = foldPhrase(bare(name));
    if (key.length >= 3 && folded.includes(` ${key} `)) return name;
  }
  for (const wire of WIRES) if (folded.includes(` ${wire.key} `)) return wire.name;
  return null;
}

/** Wire services by the names credit lines give them, longest first. */
const WIRES = Object.freeze(
  [
    ["associated press", "The Associated Press"],
    ["ap", "The Associated Press"],
    ["reuters", "Reuters"],
    ["thomson reuters", "Reuters"],
    ["agence france presse", "AFP"],
    ["agence france-presse", "AFP"],
    ["afp", "AFP"],
    ["bloomberg", "Bloomberg"],
    ["united press international", "UPI"],
    ["upi", "UPI"],
    ["press association", "PA Media"],
    ["pa media", "PA Media"],
    ["canadian press", "The Canadian Press"],
    ["australian associated press", "AAP"],
    ["aap", "AAP"],
    ["dpa", "dpa"],
    ["efe", "EFE"],
    ["ansa", "ANSA"],
    ["kyodo", "Kyodo News"],
    ["xinhua", "Xinhua"],
    ["tass", "TASS"],
    ["interfax", "Interfax"],
    ["yonhap", "Yonhap"],
    ["anadolu", "Anadolu Agency"],
    ["press trust of india", "PTI"],
    ["pti", "PTI"],
    ["asian news international", "ANI"],
    ["ani", "ANI"],
    ["ips", "IPS"],
  ]
    .map(([key = "", name = ""]) => ({ key: foldPhrase(key), name }))
    .sort((a, b) => b.key.length - a.key.length),
);

function isWire(name: string): boolean {
  const key = foldPhrase(bare(name));
  return WIRES.some((wire) => wire.key === key) && KNOWN_OUTLETS.has(key);
}

function bare(name: string): string {
  return name.replace(/^the\s+/i, "");
}

/**
 * A page's distinct runs of `size` folded words, kept as where each begins in the page's words
 * (filed by a hash of its words), not as joined strings: two runs are the same when their words
 * are, which is when their joined strings would be (no folded word is empty or holds a space).
 * An archive compares whole pages for every question; a page's runs are made once, far cheaper
 * than a set of strings, and hold a fraction of the memory.
 */
class WordRuns {
  /** The page's folded words, piece after piece (no run spans two pieces). */
  private readonly words: string[] = [];
  /** Each word's hash, in the same order. */
  private readonly hashes: number[] = [];
  /** The starts of the distinct runs, by the hash of their words. */
  private readonly byHash = new Map<number, number[]>();
  /** How many distinct runs the page has. */
  size = 0;

  constructor(readonly length: number) {}

  /** Adds a piece of text's runs (none crosses into another piece). */
  addPiece(text: string): void {
    const from = this.words.length;
    for (const word of foldPhrase(text).split(" "))
      if (word !== "") {
        this.words.push(word);
        this.hashes.push(wordHash(word));
      }
    for (let at = from; at + this.length <= this.words.length; at++) {
      const hash = this.hashAt(at);
      const starts = this.byHash.get(hash);
      if (!starts) this.byHash.set(hash, [at]);
      else if (starts.some((other) => sameWords(this.words, other, this.words, at, this.length)))
        continue;
      else starts.push(at);
      this.size++;
    }
  }

  /** How many of this page's distinct runs the other page has too. */
  sharedWith(other: WordRuns): number {
    let shared = 0;
    for (const [hash, starts] of this.byHash) {
      const there = other.byHash.get(hash);
      if (!there) continue;
      for (const at of starts)
        if (there.some((t) => sameWords(this.words, at, other.words, t, this.length))) shared++;
    }
    return shared;
  }

  private hashAt(at: number): number {
    let hash = 0x811c9dc5;
    for (let i = at; i < at + this.length; i++)
      hash = Math.imul(hash ^ (this.hashes[i] ?? 0), 0x01000193);
    return hash;
  }
}

/** A word's 32-bit FNV-1a hash. */
function wordHash(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** Whether `size` words from `at` in one list are those from `bt` in another. */
function sameWords(
  a: readonly string[],
  at: number,
  b: readonly string[],
  bt: number,
  size: number,
): boolean {
  for (let i = 0; i < size; i++) if (a[at + i] !== b[bt + i]) return false;
  return true;
}

const shinglesCache = new Map<number, WeakMap<Article, WordRuns>>();

/** The page's runs of `size` words (folded), to tell copy apart from a rewrite. */
function shingleSet(article: Article, size: number): WordRuns {
  const cache = shinglesCache.get(size) ?? new WeakMap<Article, WordRuns>();
  shinglesCache.set(size, cache);
  const known = cache.get(article);
  if (known) return known;
  const runs = new WordRuns(size);
  for (const passage of article.passages) runs.addPiece(passage.text);
  cache.set(article, runs);
  return runs;
}

/** Share of the shorter page's runs of words (`size` words a run) that the other page has too. */
export function sharedSentences(
  a: Article,
  b: Article,
  size: number = SameCopyConfig.shingleWords,
): number {
  const sa = shingleSet(a, size);
  const sb = shingleSet(b, size);
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  if (small.size === 0) return 0;
  return small.sharedWith(large) / small.size;
}

const ownRunsCache = new WeakMap<Article, WordRuns>();

/**
 * The page's runs of `copyRunWords` words (folded) in its own text: quotations are cut out, and
 * no run spans a cut or two passages, so two rewrites quoting one long statement share nothing.
 */
function ownRuns(article: Article): WordRuns {
  const known = ownRunsCache.get(article);
  if (known) return known;
  const runs = new WordRuns(SameCopyConfig.copyRunWords);
  for (const passage of article.passages) {
    const text = passage.text;
    let from = 0;
    for (const span of quotedSpans(text)) {
      if (span.nested) continue;
      if (span.start > from) runs.addPiece(text.slice(from, span.start));
      from = Math.max(from, span.end);
    }
    runs.addPiece(text.slice(from));
  }
  ownRunsCache.set(article, runs);
  return runs;
}

const sharedRunsCache = new WeakMap<Article, WeakMap<Article, number>>();

/** How many runs of `copyRunWords` words of their own text (outside quotations) two pages share. */
export function sharedCopyRuns(a: Article, b: Article): number {
  const known = sharedRunsCache.get(a)?.get(b);
  if (known !== undefined) return known;
  const ra = ownRuns(a);
  const rb = ownRuns(b);
  const [small, large] = ra.size <= rb.size ? [ra, rb] : [rb, ra];
  const shared = small.sharedWith(large);
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const pairs = sharedRunsCache.get(x) ?? new WeakMap<Article, number>();
    pairs.set(y, shared);
    sharedRunsCache.set(x, pairs);
  }
  return shared;
}

/** Of two pages, the one printed first: the earlier date, else the one the desk holds first. */
function earlier(a: Article, b: Article): Article {
  const da = a.metadata.published;
  const db = b.metadata.published;
  return da && db && db < da ? b : a;
}

/**
 * Of two uncredited pages, the one whose outlet is known and printed first: a page known only by
 * its file name is never said to be whose copy it is while the other page has an outlet.
 */
function namedEarlier(a: Article, b: Article): Article {
  const named = (x: Article) => x.metadata.outlet !== null && x.metadata.outlet !== x.id;
  if (named(a) !== named(b)) return named(a) ? a : b;
  return earlier(a, b);
}

const deskCache = new WeakMap<readonly Article[], readonly SameCopy[]>();

/** The groups of pages on a desk that carry the same copy, computed once per set of articles. */
export function deskSameCopy(articles: readonly Article[]): readonly SameCopy[] {
  const known = deskCache.get(articles);
  if (known) return known;
  const found = findSameCopy(articles);
  deskCache.set(articles, found);
  return found;
}

/** Pages that carry the same copy: shared sentences and a credit that says whose copy it is. */
export function findSameCopy(articles: readonly Article[]): SameCopy[] {
  const outlets = [...new Set(articles.map(outletName))];
  const origins = articles.map((article) => copyOrigin(article, outlets));
  const groups = new Map<string, { origin: string; members: Set<number> }>();
  const join = (origin: string, ...members: number[]) => {
    const key = foldPhrase(bare(origin));
    const group = groups.get(key) ?? { origin, members: new Set<number>() };
    for (const member of members) group.members.add(member);
    groups.set(key, group);
  };
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) {
      const a = articles[i];
      const b = articles[j];
      const oa = origins[i];
      const ob = origins[j];
      if (!a || !b) continue;
      const names = (x: Article, origin: string | null | undefined) =>
        origin != null && foldPhrase(bare(origin)) === foldPhrase(bare(outletName(x)));
      const credited = names(b, oa) || names(a, ob);
      const sameWire = oa && ob && foldPhrase(bare(oa)) === foldPhrase(bare(ob));
      // Whose copy: the page a credit names, the one credit given, else the page printed first.
      const origin = names(b, oa)
        ? outletName(b)
        : names(a, ob)
          ? outletName(a)
          : (oa ?? ob ?? outletName(namedEarlier(a, b)));
      // Paragraphs of the outlets' own words alike: the same copy, credited or not, unless the
      // two credit lines name two different origins.
      if ((credited || sameWire || !oa || !ob) && sameText(a, b)) {
        join(origin, i, j);
        continue;
      }
      if (!oa && !ob) continue;
      if (credited || sameWire) {
        // Both pages credit the same wire: a reworded reprint still shares its short runs.
        const size = credited ? SameCopyConfig.shingleWords : SameCopyConfig.sameWireShingleWords;
        if (sharedSentences(a, b, size) >= SameCopyConfig.minSharedSentences) join(origin, i, j);
        continue;
      }
      // One page credits no one and has most of its text from the other: the same copy.
      if (oa && ob) continue;
      if (sharedSentences(a, b) >= SameCopyConfig.minSharedUncredited) join(origin, i, j);
    }
  }
  return [...groups.values()].map(({ origin, members }) => {
    // The origin's own page first, when it is on the desk.
    const ordered = [...members].sort(
      (x, y) =>
        Number(isOrigin(articles[y], origin)) - Number(isOrigin(articles[x], origin)) || x - y,
    );
    return {
      origin,
      sources: ordered.flatMap((n) => {
        const article = articles[n];
        return article ? [{ source: article.id, outlet: outletName(article) }] : [];
      }),
    };
  });
}

/**
 * Two pages of different outlets that share paragraphs of their own text word for word.
 */
function sameText(a: Article, b: Article): boolean {
  if (foldPhrase(bare(outletName(a))) === foldPhrase(bare(outletName(b)))) return false;
  return sharedCopyRuns(a, b) >= SameCopyConfig.minCopyRuns;
}

function isOrigin(article: Article | undefined, origin: string): boolean {
  return (
    article !== undefined && foldPhrase(bare(outletName(article))) === foldPhrase(bare(origin))
  );
}
