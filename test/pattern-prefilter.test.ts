import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  anyMatches,
  needsOf,
  quickPattern,
  quickPatterns,
} from "../src/ingest/pattern-prefilter.js";

/** Patterns shaped like the furniture and caption rules: alternations, optional words, classes. */
const PATTERNS: readonly RegExp[] = [
  /\bsign up (?:for|to) (?:our|the|a) [\p{L} ]*newsletter/iu,
  /\b(?:getty images|afp via getty|ap photo|epa-efe|reuters\/[\p{Lu}])/iu,
  /\bwe use cookies\b|\baccept (?:all )?cookies\b|\bcookie (?:policy|settings)\b/i,
  /(?<=[.!?"”’)])\s+Stay tuned (?:to|for)\b[^.]{0,40}$/i,
  /\bpic\.twitter\.com\/\w+\s*$/,
  /^(?:©|\(c\)\s|copyright\b)/i,
  /colou?r of (?<what>\w+)/,
  /\u00A0Photo: \p{Lu}\w+/u,
  /(?:watch|see)+ the news/i,
];

describe("pattern prefilter", () => {
  it("reads the literal text a pattern needs from its source", () => {
    expect(needsOf(PATTERNS[0] as RegExp)).toEqual(["newsletter"]);
    expect(needsOf(PATTERNS[1] as RegExp)).toEqual([
      "getty images",
      "afp via getty",
      "ap photo",
      "epa-efe",
      "reuters/",
    ]);
    expect(needsOf(PATTERNS[4] as RegExp)).toEqual(["pic.twitter.com/"]);
    expect(needsOf(/colou?r of (?<what>\w+)/)).toEqual(["r of "]);
  });

  it("tells nothing where a branch needs nothing, or the pattern keeps state", () => {
    expect(needsOf(/^\{\{[^}]*\}\}$/)).toBeNull();
    expect(needsOf(/newsletter|\d+/)).toBeNull();
    expect(needsOf(/newsletter/g)).toBeNull();
    expect(needsOf(/x(?:abc)?yz/)).toBeNull();
  });

  it("answers as testing each pattern does, whatever the text", () => {
    const pieces = fc.constantFrom(
      "Sign up for our ",
      "NEWSLETTER",
      "newsletter",
      "Getty Images",
      "AFP via Getty",
      "reuters/A",
      "We use cookies",
      "accept all cookies",
      ". Stay tuned for more",
      "pic.twitter.com/abc",
      "© ",
      "colour of sky",
      "color of sea",
      "\u00A0Photo: Jane",
      "watchwatch the news",
      "ſign up for the newsletter",
      "\u212Aelvin",
      " ",
      ".",
      "x",
      "é",
    );
    const quick = quickPatterns(PATTERNS);
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 8 }),
        fc.string({ maxLength: 6 }),
        (parts, tail) => {
          const text = parts.join("") + tail;
          expect(anyMatches(quick, text)).toBe(PATTERNS.some((pattern) => pattern.test(text)));
          for (const pattern of PATTERNS)
            expect(anyMatches([quickPattern(pattern)], text)).toBe(pattern.test(text));
        },
      ),
      { numRuns: 400 },
    );
  });

  it("does not skip a case-blind pattern that the long s matches", () => {
    const pattern = /\bsign up for newsletters\b/iu;
    expect(pattern.test("ſign up for newsletters")).toBe(true);
    expect(anyMatches([quickPattern(pattern)], "ſign up for newsletters")).toBe(true);
  });
});
