import type { Passage } from "../ingest/article.js";
import { equivalentKey } from "../text/newsroom-equivalents.js";
import { STOP_WORDS } from "../text/stop-words.js";
import { INSTITUTION_NOUNS, PERSON_NOUNS } from "./attribution-cues.js";
import { FILLER_WORDS } from "./name-cues.js";
import { type Name, passageNames, shortForms } from "./names.js";
import { nounPhrases, type Phrase } from "./noun-phrases.js";
import { hasTag, readSentences, type Token } from "./passage-reading.js";
import { foldPhrase, stemOf, stemWord, wordsOf } from "./word-forms.js";

/**
 * Naming: how each outlet calls the actors and acts in play, so a reader sees the framing side
 * by side. Terms are the noun phrases and names of the passages that answer the question; names,
 * phrases with a hyphenated modifier, phrases that share a word with the question, and those that
 * name the same kind of thing differently from another outlet come first; wording every outlet
 * shares is left out.
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
  /** Names people or a body of them: "government troops", "the ministry". */
  readonly actor: boolean;
  /** Stems of the sentence the term stands in. */
  readonly sentenceStems: readonly string[];
  /** Carries a hyphenated modifier ("state-run", "rebel-held"): framing often lives there. */
  readonly compound: boolean;
  readonly order: number;
}

/** The naming terms of each outlet, in the order the outlets are given. */
export function namingTerms(
  outlets: readonly (readonly Passage[])[],
  question: string,
): string[][] {
  const asked = new Set(wordsOf(question).map((w) => stemOf(w.norm)));
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
  if (term.entity) score += 2;
  if (term.compound) score += 2;
  if (term.actor) score += 1;
  if (term.sentenceStems.some((stem) => asked.has(stem))) score += 1;
  const namedOtherwise = others.some((terms) =>
    terms.some((other) => other.head === term.head && other.folded !== term.folded),
  );
  if (namedOtherwise) score += 1;
  const everyoneSaysIt =
    otherTexts.length > 0 && otherTexts.every((text) => text.includes(` ${term.folded} `));
  if (everyoneSaysIt) return Number.NEGATIVE_INFINITY;
  return score;
}

function termsOf(passages: readonly Passage[]): Term[] {
  const terms: Term[] = [];
  const seen = new Set<string>();
  let order = 0;
  const allNames = passages.flatMap((passage) => passageNames(passage.text));
  const canonical = shortForms(allNames);
  for (const passage of passages) {
    const names = passageNames(passage.text);
    for (const sentence of readSentences(passage.text)) {
      const sentenceStems = sentence.tokens.map((t) => stemOf(t.norm));
      const inSentence = names.filter((n) => n.start >= sentence.start && n.end <= sentence.end);
      const phrases = [
        ...inSentence
          .filter(
            (name) =>
              name.kind !== "outlet" && !(name.kind === "place" && name.tokens.length === 1),
          )
          // A short form of a name listed in full: "Doe" beside "Jane Doe", "PMU" beside its full name.
          .filter((name) => canonical.get(foldPhrase(name.text)) === foldPhrase(name.text))
          .map((name) => ({ p: phraseOfName(name, sentence), entity: true })),
        ...nounPhrases(sentence, passage.text)
          .map((p) => withoutFiller(p, passage.text))
          .filter((p): p is Phrase => p !== null && !insideAName(p, inSentence))
          .map((p) => ({ p, entity: false })),
      ];
      for (const { p: phrase, entity } of phrases) {
        const p = entity ? phrase : withoutLeadingAdjectives(phrase, passage.text);
        const words = wordsOf(p.text);
        const folded = words.map((w) => w.norm).join(" ");
        if (folded === "" || seen.has(folded)) continue;
        const single = words.length === 1;
        const isName =
          entity ||
          p.tokens.some(
            (t) => hasTag(t, "ProperNoun", "Organization") && !capitalisedByPosition(t, sentence),
          );
        if (single && !isName && !p.tokens.some((t) => hasTag(t, "Hyphenated"))) continue;
        if (single && p.tokens.every((t) => hasTag(t, "Place", "Demonym"))) continue;
        if (single && equivalentKey(folded)?.startsWith("~")) continue;
        if (single && STOP_WORDS.has(folded)) continue;
        if (single && terms.some((t) => ` ${t.folded} `.includes(` ${folded} `))) continue;
        seen.add(folded);
        const last = words[words.length - 1]?.norm ?? "";
        terms.push({
          text: p.text,
          folded,
          stems: words.map((w) => stemOf(w.norm)),
          head: stemOf(last),
          entity: isName,
          compound: words.length > 1 && words.some((w) => /\p{L}-\p{L}/u.test(w.text)),
          actor: isActor(p),
          sentenceStems,
          order: order++,
        });
      }
    }
  }
  return terms;
}

/**
 * A word capitalised by where it stands: a sentence's first, or the first after a colon or an
 * opening quotation mark ("Ferries halted: Ports along the coast …").
 */
function capitalisedByPosition(token: Token, sentence: Phrase["sentence"]): boolean {
  if (token.sentenceStart) return !hasTag(token, "Person", "Place", "Organization", "Acronym");
  const before = sentence.tokens[sentence.tokens.indexOf(token) - 1];
  return (
    /[:"“«]\s*$/.test(`${before?.post ?? ""}${token.pre}`) &&
    !hasTag(token, "Person", "Place", "Organization", "Acronym")
  );
}

function phraseOfName(name: Name, sentence: Phrase["sentence"]): Phrase {
  return { text: name.text, tokens: name.tokens, sentence };
}

/** A phrase whose head is a word of a name, other than the name itself ("General Jane Doe"). */
function insideAName(phrase: Phrase, names: readonly Name[]): boolean {
  const head = phrase.tokens[phrase.tokens.length - 1];
  if (!head) return true;
  return names.some((name) => name.tokens.includes(head));
}

/** "a couple rockets" → "rockets": vague quantities are not naming. */
function withoutFiller(phrase: Phrase, text: string): Phrase | null {
  const k = phrase.tokens.findIndex((t) => !FILLER_WORDS.has(t.norm));
  if (k <= 0) return k === 0 ? phrase : null;
  const rest = phrase.tokens.slice(k);
  const first = rest[0];
  const last = rest[rest.length - 1];
  if (!first || !last) return null;
  return { ...phrase, tokens: rest, text: text.slice(first.start, last.end) };
}

/**
 * "main Iran-backed militias" → "Iran-backed militias": a plain adjective in front of a phrase
 * whose naming lives in a name or a hyphenated modifier is not part of the name.
 */
function withoutLeadingAdjectives(phrase: Phrase, text: string): Phrase {
  const tokens = phrase.tokens;
  let k = 0;
  while (
    k < tokens.length - 1 &&
    hasTag(tokens[k], "Adjective") &&
    !hasTag(tokens[k], "Hyphenated", "ProperNoun") &&
    /^\p{Ll}/u.test(tokens[k]?.text ?? "")
  )
    k++;
  const rest = tokens.slice(k);
  const naming = rest.some((t) => /^\p{Lu}/u.test(t.text) || hasTag(t, "Hyphenated"));
  if (k === 0 || !naming) return phrase;
  const first = rest[0];
  const last = rest[rest.length - 1];
  return { ...phrase, tokens: rest, text: first && last ? text.slice(first.start, last.end) : "" };
}

function isActor(phrase: Phrase): boolean {
  const head = phrase.tokens[phrase.tokens.length - 1];
  if (!head) return false;
  const nouns = [PERSON_NOUNS, INSTITUTION_NOUNS];
  return hasTag(head, "Actor") || nouns.some((n) => n.has(head.norm) || n.has(stemWord(head.norm)));
}
