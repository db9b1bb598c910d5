import nlp from "compromise";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { useQuickTaggerSweep } from "../src/text/tagger-sweep.js";

/** Every word's text, tags and place, as compromise reads a text (its ids left out). */
function reading(text: string): string {
  return JSON.stringify(nlp(text).json({ offset: true }), (key, value) =>
    key === "id" ? undefined : value,
  );
}

function readBothWays(text: string): { quick: string; own: string } {
  useQuickTaggerSweep(false);
  const own = reading(text);
  useQuickTaggerSweep(true);
  return { quick: reading(text), own };
}

const WORDS = [
  "the",
  "mayor",
  "said",
  "on",
  "Tuesday",
  "that",
  "two",
  "hundred",
  "workers",
  "were",
  "hurt",
  "when",
  "a",
  "crane",
  "fell",
  "near",
  "Main",
  "Street",
  "in",
  "Springfield",
  "police",
  "chief",
  "Dana",
  "Okafor",
  "told",
  "reporters",
  "it",
  "was",
  "not",
  "clear",
  "why",
  "council",
  "will",
  "vote",
  "next",
  "week",
  "$4.5",
  "million",
  "budget",
  "isn't",
  "expected",
  "to",
  "pass",
  "Dr.",
  "Lee",
  "of",
  "the",
  "Health",
  "Department",
  "warned",
  "about",
  "3",
  "p.m.",
  "storms",
  "could",
  "hit",
  "coast",
  "by",
  "Friday",
  "FBI",
  "agents",
  "arrested",
  "him",
  "at",
  "home",
  "‘we",
  "are",
  "ready,’",
  "she",
  "added",
  "—",
  "and",
  "left",
];

describe("the quicker tagging-pattern choice", () => {
  afterAll(() => useQuickTaggerSweep(true));

  it("tags news sentences as compromise's own does", () => {
    const texts = [
      "The mayor said on Tuesday that two hundred workers were hurt when a crane fell near Main Street.",
      "“We are not going anywhere,” Police Chief Dana Okafor told reporters, adding that the FBI had been called in.",
      "Dr. Lee of the Health Department warned that storms could hit the coast by 3 p.m. Friday; the council's $4.5 million budget isn't expected to pass.",
      "Shares of the company fell 12% after it said it would cut 1,200 jobs, Reuters reported.",
    ];
    for (const text of texts) {
      const { quick, own } = readBothWays(text);
      expect(quick).toBe(own);
    }
  });

  it("tags any run of news words as compromise's own does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }),
        fc.constantFrom(" ", ", ", ". ", "; "),
        (words, separator) => {
          const text = words.join(separator);
          const { quick, own } = readBothWays(text);
          expect(quick).toBe(own);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("stays in place once used, and can be undone", () => {
    const matcher = () =>
      (nlp as unknown as { world: () => { methods: { one: { bulkMatch: unknown } } } }).world()
        .methods.one.bulkMatch;
    useQuickTaggerSweep(false);
    const own = matcher();
    useQuickTaggerSweep(true);
    useQuickTaggerSweep(true);
    expect(matcher()).not.toBe(own);
    const on = reading("The crane fell.");
    useQuickTaggerSweep(false);
    expect(matcher()).toBe(own);
    expect(reading("The crane fell.")).toBe(on);
  });
});
