import { describe, expect, it } from "vitest";
import { quotedSpans } from "../src/compare/quoted-words.js";
import { SameCopyConfig, sharedCopyRuns, sharedSentences } from "../src/compare/same-copy.js";
import { foldPhrase } from "../src/compare/word-forms.js";
import { type Article, articleFromParagraphs } from "../src/ingest/article.js";

/**
 * The same-copy check counts runs of words two pages share. It keeps a page's runs as positions
 * in its words filed by a hash; these tests hold it to the plain reading: each run joined into a
 * string, the page's runs a set of strings.
 */

/** The page's runs of `size` folded words, as strings (no run spans two pieces). */
function runStrings(pieces: readonly string[], size: number): Set<string> {
  const set = new Set<string>();
  for (const piece of pieces) {
    const words = foldPhrase(piece).split(" ").filter(Boolean);
    for (let i = 0; i + size <= words.length; i++) set.add(words.slice(i, i + size).join(" "));
  }
  return set;
}

/** A passage's pieces outside quotations, as the copy-run reading cuts them. */
function ownPieces(text: string): string[] {
  const pieces: string[] = [];
  let from = 0;
  for (const span of quotedSpans(text)) {
    if (span.nested) continue;
    if (span.start > from) pieces.push(text.slice(from, span.start));
    from = Math.max(from, span.end);
  }
  pieces.push(text.slice(from));
  return pieces;
}

function shared(a: Set<string>, b: Set<string>): number {
  let count = 0;
  for (const run of a) if (b.has(run)) count++;
  return count;
}

/** The plain share of the smaller page's runs the other has. */
function plainShare(a: Article, b: Article, size: number): number {
  const sa = runStrings(
    a.passages.map((p) => p.text),
    size,
  );
  const sb = runStrings(
    b.passages.map((p) => p.text),
    size,
  );
  const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
  return small.size === 0 ? 0 : shared(small, large) / small.size;
}

function plainCopyRuns(a: Article, b: Article): number {
  const size = SameCopyConfig.copyRunWords;
  return shared(
    runStrings(
      a.passages.flatMap((p) => ownPieces(p.text)),
      size,
    ),
    runStrings(
      b.passages.flatMap((p) => ownPieces(p.text)),
      size,
    ),
  );
}

/** A small, seeded random source: the same pages on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

// Few words, so that runs repeat within a page and across pages; quotation marks and
// punctuation, so that pieces are cut and words folded.
const WORDS = [
  "the",
  "council",
  "said",
  "water",
  "bridge",
  "closed",
  "on",
  "Tuesday",
  "crews",
  "Crews,",
  "were",
  "sent",
  "to",
  "repair",
  "it",
  "“we",
  "will",
  "reopen”",
  '"soon"',
  "mayor’s",
  "office",
  "—",
  "Café",
  "CAFE",
];

function page(id: string, next: () => number, borrowed: readonly string[] = []): Article {
  const paragraphs: string[] = [];
  const count = 1 + Math.floor(next() * 6);
  for (let p = 0; p < count; p++) {
    if (borrowed.length > 0 && next() < 0.5) {
      paragraphs.push(borrowed[Math.floor(next() * borrowed.length)] ?? "");
      continue;
    }
    const length = Math.floor(next() * 40);
    const words: string[] = [];
    for (let w = 0; w < length; w++) words.push(WORDS[Math.floor(next() * WORDS.length)] ?? "");
    paragraphs.push(`${words.join(" ")}.`);
  }
  return articleFromParagraphs(id, paragraphs, { outlet: `Outlet ${id}` });
}

describe("runs of words two pages share", () => {
  it("count as the pages' runs joined into strings would, for every run length used", () => {
    const next = random(20261202);
    for (let trial = 0; trial < 150; trial++) {
      const a = page(`a${trial}`, next);
      const b = page(
        `b${trial}`,
        next,
        a.passages.map((p) => p.text),
      );
      for (const size of [SameCopyConfig.sameWireShingleWords, SameCopyConfig.shingleWords, 1, 2])
        expect(sharedSentences(a, b, size)).toBe(plainShare(a, b, size));
      expect(sharedCopyRuns(a, b)).toBe(plainCopyRuns(a, b));
      expect(sharedCopyRuns(b, a)).toBe(plainCopyRuns(a, b));
    }
  });

  it("count a run a page repeats once, and a page without runs as sharing none", () => {
    const again = "crews were sent to repair the bridge on tuesday and the council said so";
    const a = articleFromParagraphs("a", [again, again, `${again} again`], { outlet: "A" });
    const b = articleFromParagraphs("b", [again], { outlet: "B" });
    const short = articleFromParagraphs("c", ["Closed."], { outlet: "C" });
    expect(sharedSentences(a, b)).toBe(plainShare(a, b, SameCopyConfig.shingleWords));
    expect(sharedSentences(b, a)).toBe(1);
    expect(sharedSentences(a, short)).toBe(0);
    expect(sharedCopyRuns(a, b)).toBe(plainCopyRuns(a, b));
    expect(sharedCopyRuns(a, short)).toBe(0);
  });
});
