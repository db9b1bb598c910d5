import type { Passage } from "../ingest/article.js";
import { nounPhrases, organisationNames, personNames } from "./noun-phrases.js";
import { hasTag, readSentences } from "./passage-reading.js";
import { foldPhrase, stemWord, wordsOf } from "./word-forms.js";

/**
 * Naming: how each outlet calls the actors and acts in play, so a reader sees the framing side
 * by side. Terms are the noun phrases and names of the passages that answer the question; those
 * near the question, those that name the same kind of thing differently from another outlet,
 * and names come first; wording every outlet shares comes last.
 */

export const NamingConfig = Object.freeze({
  /** Terms shown per outlet. */
  maxTerms: 8,
  /** A term must score at least this to be shown (see termScore). */
  minScore: 2,
});

interface Term {
  readonly text: string;
  readonly folded: string;
  readonly stems: readonly string[];
  readonly head: string;
  readonly entity: boolean;
  readonly modified: boolean;
  readonly order: number;
}

/** The naming terms of each outlet, in the order the outlets are given. */
export function namingTerms(
  outlets: readonly (readonly Passage[])[],
  question: string,
): string[][] {
  const asked = new Set(wordsOf(question).map((w) => stemWord(w.norm)));
  const termsByOutlet = outlets.map(termsOf);
  const foldedByOutlet = outlets.map(
    (passages) => ` ${passages.map((p) => foldPhrase(p.text)).join(" ")} `,
  );
  return termsByOutlet.map((terms, index) => {
    const others = termsByOutlet.filter((_, i) => i !== index);
    const otherTexts = foldedByOutlet.filter((_, i) => i !== index);
    const scored = terms.map((term) => ({
      term,
      score: termScore(term, asked, others, otherTexts),
    }));
    return scored
      .filter((s) => s.score >= NamingConfig.minScore)
      .sort((a, b) => b.score - a.score || a.term.order - b.term.order)
      .slice(0, NamingConfig.maxTerms)
      .sort((a, b) => a.term.order - b.term.order)
      .map((s) => s.term.text);
  });
}

function termScore(
  term: Term,
  asked: ReadonlySet<string>,
  others: readonly (readonly Term[])[],
  otherTexts: readonly string[],
): number {
  let score = 0;
  if (term.stems.some((stem) => asked.has(stem))) score += 2;
  if (term.entity) score += 1;
  if (term.modified) score += 1;
  const namedOtherwise = others.some((terms) =>
    terms.some((other) => other.head === term.head && other.folded !== term.folded),
  );
  if (namedOtherwise) score += 2;
  const everyoneSaysIt =
    otherTexts.length > 0 && otherTexts.every((text) => text.includes(` ${term.folded} `));
  if (everyoneSaysIt) score -= 3;
  return score;
}

function termsOf(passages: readonly Passage[]): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  let order = 0;
  for (const passage of passages) {
    for (const sentence of readSentences(passage.text)) {
      const phrases = [
        ...personNames(sentence, passage.text).map((p) => ({ p, entity: true })),
        ...organisationNames(sentence, passage.text).map((p) => ({ p, entity: true })),
        ...nounPhrases(sentence, passage.text).map((p) => ({ p, entity: false })),
      ];
      for (const { p, entity } of phrases) {
        const words = wordsOf(p.text);
        const folded = words.map((w) => w.norm).join(" ");
        if (folded === "" || seen.has(folded)) continue;
        const single = words.length === 1;
        const isName = entity || p.tokens.some((t) => hasTag(t, "ProperNoun", "Organization"));
        if (single && !isName && !p.tokens.some((t) => hasTag(t, "Hyphenated"))) continue;
        if (single && p.tokens.every((t) => hasTag(t, "Place", "Demonym"))) continue;
        seen.add(folded);
        const last = words[words.length - 1]?.norm ?? "";
        terms.push({
          text: p.text,
          folded,
          stems: words.map((w) => stemWord(w.norm)),
          head: stemWord(last),
          entity: isName,
          modified: words.length > 1 || p.tokens.some((t) => hasTag(t, "Hyphenated")),
          order: order++,
        });
      }
    }
  }
  return terms;
}
