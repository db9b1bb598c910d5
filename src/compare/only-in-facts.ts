import type { Article, Passage } from "../ingest/article.js";
import { equivalentKey } from "../text/newsroom-equivalents.js";
import type { Fact } from "./comparison.js";
import { inModelName, passageFigures, type ReadFigure } from "./figure-reading.js";
import { initialsOf, isAcronym, passageNames, shortForms } from "./names.js";
import { nounPhrases } from "./noun-phrases.js";
import { hasTag, readSentences, type Sentence, type Token } from "./passage-reading.js";
import { foldPhrase, stemWord, textWords, wordsOf } from "./word-forms.js";

/**
 * Facts only one outlet reports: numbers with what they count ("57 rockets fired by …"), named
 * people and organisations, taken from the passages that answer the question and checked
 * against the full text of every other article on the desk.
 */

export const OnlyInConfig = Object.freeze({
  /** Facts listed per outlet, numbers first. */
  maxFacts: 8,
  /** Another outlet reports the same count when the counted word follows the number this closely. */
  countedWithin: 5,
  /** Words of a participle phrase kept after what a number counts ("fired by seven launchers"). */
  maxTrailingWords: 6,
});

const QUALIFIERS =
  /(?:more than|less than|fewer than|at least|at most|up to|nearly|almost|about|around|roughly|approximately|as many as|no fewer than)\s+$/i;
/** Past forms that are not passive participles: "troops remained in …" says nothing more of them. */
const INTRANSITIVE =
  /^(?:remain|stay|live|die|arrive|sit|stood|stand|lay|lie|went|gone|come|came|return|fell|fall|rose|risen|rise|were|was|been|had|did)(?:ed|d)?$/;
const PARTICIPLE_PREPOSITIONS = new Set(["by", "from", "in", "at", "with", "on", "into", "to"]);

/** The folded words of an article, for "does any other outlet say this". */
export interface ArticleWords {
  readonly norms: readonly string[];
  readonly joined: string;
  /** Folded words the article writes capitalised somewhere: the words of its names. */
  readonly capitalised: ReadonlySet<string>;
}

const wordsCache = new WeakMap<Article, ArticleWords>();

export function articleWords(article: Article): ArticleWords {
  const known = wordsCache.get(article);
  if (known) return known;
  const meta = article.metadata;
  // Read piece by piece, as the pieces joined by line breaks would be (no word spans one):
  // a passage's words are shared with the other readings of it.
  const read = [
    meta.headline ?? "",
    meta.printHeadline ?? "",
    meta.byline ?? "",
    ...meta.credits,
    ...article.passages.map((p) => p.text),
  ].flatMap((piece) => textWords(piece));
  const norms = read.map((word) => word.norm);
  const capitalised = new Set(read.filter((w) => /^\p{Lu}/u.test(w.text)).map((w) => w.norm));
  const words = { norms, joined: ` ${norms.join(" ")} `, capitalised };
  wordsCache.set(article, words);
  return words;
}

interface Candidate extends Fact {
  /** How another outlet would be seen to report it. */
  readonly reportedBy: (other: ArticleWords) => boolean;
  /** The figure it is, when it is one: another outlet giving it in other words reports it too. */
  readonly figure?: ReadFigure;
}

/**
 * The facts in these passages that no other article reports. `byMeaning`: also read the other
 * articles' figures, so a count given in other words ("two dozen fires" for "24 fires") is not
 * only-in (the language tagger reads every passage of them: for desks read through).
 */
export function onlyInFacts(
  passages: readonly Passage[],
  others: readonly Article[],
  byMeaning = false,
): Fact[] {
  const otherWords = others.map(articleWords);
  const otherFigures = byMeaning ? others.map(articleFigures) : [];
  const seen = new Set<string>();
  const facts: Fact[] = [];
  // Short forms of a name given in full ("Doe", "PMU") are that name, not another fact.
  const canonical = shortForms(passages.flatMap((passage) => passageNames(passage.text)));
  const candidates = passages
    .flatMap((passage) => {
      const read = candidatesIn(passage);
      return [...read, ...figureCandidates(passage, read)];
    })
    .filter(
      (fact) =>
        fact.kind === "number" || canonical.get(foldPhrase(fact.text)) === foldPhrase(fact.text),
    );
  const order: Readonly<Record<Fact["kind"], number>> = {
    number: 0,
    person: 1,
    organisation: 2,
    place: 3,
    outlet: 4,
  };
  candidates.sort((a, b) => order[a.kind] - order[b.kind]);
  for (const candidate of candidates) {
    const key =
      candidate.kind === "person"
        ? `person:${foldPhrase(candidate.text).split(" ").pop()}`
        : `${candidate.kind}:${foldPhrase(candidate.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (otherWords.some((other) => candidate.reportedBy(other))) continue;
    const figure = candidate.figure ?? figureOf(candidate, passages);
    if (figure && otherFigures.some((list) => list.some((other) => sameFigure(figure, other))))
      continue;
    const { reportedBy: _, figure: __, ...fact } = candidate;
    facts.push(fact);
    if (facts.length >= OnlyInConfig.maxFacts) break;
  }
  return facts;
}

/** Every figure of an article, read once. */
function articleFigures(article: Article): readonly ReadFigure[] {
  const known = figuresCache.get(article);
  if (known) return known;
  const figures = article.passages.flatMap((passage) => passageFigures(passage));
  figuresCache.set(article, figures);
  return figures;
}

const figuresCache = new WeakMap<Article, readonly ReadFigure[]>();

/** The same count of the same thing: value, and counted noun (or its equivalent) and outcome. */
function sameFigure(a: ReadFigure, b: ReadFigure): boolean {
  if (String(a.value) !== String(b.value)) return false;
  const group = (f: ReadFigure) =>
    equivalentKey(f.counted) ?? equivalentKey(`${f.counted}s`) ?? f.counted;
  return (
    group(a) === group(b) && (a.outcome === b.outcome || a.outcome === null || b.outcome === null)
  );
}

/** The figure a number fact was read as, in its passage. */
function figureOf(candidate: Candidate, passages: readonly Passage[]): ReadFigure | undefined {
  if (candidate.kind !== "number") return undefined;
  const passage = passages.find((p) => p.paragraph === candidate.paragraph);
  if (!passage) return undefined;
  return passageFigures(passage).find(
    (f) => candidate.text.includes(f.text) || f.text.includes(candidate.text),
  );
}

/** Figures the count reading above misses ("about $1.3 million in damage", "two dozen fires"). */
function figureCandidates(passage: Passage, read: readonly Candidate[]): Candidate[] {
  const counted = read.filter((c) => c.kind === "number");
  return passageFigures(passage)
    .filter(
      (figure) =>
        // "one person", "one large utility": a single one is no figure to set apart; a score
        // only one outlet gives is of another game (the scores outlets share are set side by side).
        figure.value !== 1 &&
        !figure.counted.startsWith("tally:") &&
        !counted.some((c) => c.text.includes(figure.text) || figure.text.includes(c.text)),
    )
    .map((figure): Candidate => {
      const at = passage.text.indexOf(figure.text);
      const sentence =
        readSentences(passage.text)
          .find((s) => at >= s.start && at < s.end)
          ?.text.trim() ?? "";
      const words = wordsOf(figure.text).map((w) => w.norm);
      return {
        text: figure.text,
        paragraph: passage.paragraph,
        kind: "number",
        sentence,
        figure,
        reportedBy: (other) => other.joined.includes(` ${words.join(" ")} `),
      };
    });
}

function candidatesIn(passage: Passage): Candidate[] {
  const text = passage.text;
  const found: Candidate[] = [];
  for (const sentence of readSentences(text)) {
    const base = { paragraph: passage.paragraph, sentence: sentence.text.trim() };
    for (const count of counts(sentence, text)) found.push({ ...base, ...count, kind: "number" });
    const names = passageNames(text).filter(
      (name) => name.start >= sentence.start && name.end <= sentence.end,
    );
    for (const name of names) {
      if (name.kind === "person") {
        if (name.tokens.length < 2) continue;
        const surname = name.tokens[name.tokens.length - 1]?.norm.replace(/'s$/, "") ?? "";
        found.push({
          ...base,
          text: name.text,
          kind: "person",
          reportedBy: (other) => other.joined.includes(` ${surname} `),
        });
      } else if (name.kind === "organisation") {
        const folded = foldPhrase(name.text.replace(/^the\s+/i, ""));
        if (folded === "") continue;
        found.push({
          ...base,
          text: name.text,
          kind: "organisation",
          reportedBy: (other) => reportsName(other, name.text, folded),
        });
      }
    }
  }
  return found;
}

/** The other article names it: in full, by its acronym, or in full where this is the acronym. */
function reportsName(other: ArticleWords, text: string, folded: string): boolean {
  if (other.joined.includes(` ${folded} `)) return true;
  // "Covid" in "Covid-19", "Brexit" in "post-Brexit": the name inside a compound.
  if (
    !folded.includes(" ") &&
    (other.joined.includes(` ${folded}-`) ||
      other.joined.includes(`-${folded}-`) ||
      other.joined.includes(`-${folded} `))
  )
    return true;
  // Two names run together ("the Harbour Air Skyliner jet"): the other outlet names each.
  const words = folded.split(" ");
  for (let n = 1; n < words.length; n++) {
    const left = words.slice(0, n).join(" ");
    const right = words.slice(n).join(" ");
    if (NAME_SMALL_WORDS.has(words[n - 1] ?? "") || NAME_SMALL_WORDS.has(words[n] ?? "")) continue;
    const named = (part: string) =>
      other.joined.includes(` ${part} `) &&
      part.split(" ").every((word) => other.capitalised.has(word));
    if (named(left) && named(right)) return true;
  }
  if (isAcronym(text)) {
    const letters = text.replace(/[.\s]/g, "").replace(/s$/, "").toLowerCase();
    return spelledOut(other.norms, letters);
  }
  const initials = initialsOf(text);
  return initials.length >= 2 && other.joined.includes(` ${initials} `);
}

const NAME_SMALL_WORDS = new Set(["of", "for", "the", "and", "de", "del", "la"]);

/** Words whose initials spell the letters, small words skipped: "bank of england" for "boe". */
function spelledOut(norms: readonly string[], letters: string): boolean {
  for (let i = 0; i < norms.length; i++) {
    if (norms[i]?.[0] !== letters[0]) continue;
    let n = 0;
    for (let k = i; k < norms.length && n < letters.length; k++) {
      const word = norms[k] ?? "";
      if (word[0] === letters[n]) n++;
      else if (!NAME_SMALL_WORDS.has(word) || n === 0) break;
    }
    if (n === letters.length) return true;
  }
  return false;
}

function isCount(token: Token | undefined): boolean {
  if (!token || !hasTag(token, "Value") || hasTag(token, "Ordinal", "Year", "Date", "Fraction"))
    return false;
  return /^\d[\d.]*$/.test(token.norm) && token.norm !== "1";
}

/** Numbers with what they count: "more than 5,000 troops", "57 rockets fired by seven launchers". */
function counts(
  sentence: Sentence,
  text: string,
): { text: string; reportedBy: (other: ArticleWords) => boolean }[] {
  const tokens = sentence.tokens;
  const found: { text: string; reportedBy: (other: ArticleWords) => boolean }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const number = tokens[i];
    if (!number || !isCount(number) || hasTag(tokens[i - 1], "Value")) continue;
    // "six to three": the second half of a split, no count of its own.
    if (/^(?:to|-|–)$/.test(tokens[i - 1]?.norm ?? "") && hasTag(tokens[i - 2], "Value")) continue;
    // "the 1992 decision": a year before a singular noun.
    if (/^(?:1[89]|20)\d\d$/.test(number.norm) && hasTag(tokens[i + 1], "Singular")) continue;
    // "Max 8 jets", "Flight 302": a number in a name counts nothing; "Doe, 45, said": an age.
    if (inModelName(tokens, i) || /[,;:!?]/.test(number.post)) continue;
    let k = i;
    while (hasTag(tokens[k + 1], "Value") && !hasTag(tokens[k + 1], "Date")) k++;
    const phrase = nounPhrases(sentence, text).find((p) => p.tokens[0] === tokens[k + 1]);
    const counted = phrase?.tokens[phrase.tokens.length - 1];
    if (!phrase || !counted || !hasTag(counted, "Noun", "Acronym")) continue;
    let end = counted.end;
    let last = tokens.indexOf(counted);
    // "two major plane crashes": after a number above one, the plural the tagger took for a verb.
    const plural = tokens[last + 1];
    if (
      Number(number.norm) > 1 &&
      hasTag(counted, "Singular") &&
      plural &&
      /s$/.test(plural.norm) &&
      hasTag(plural, "PresentTense") &&
      !/[,;:.]/.test(counted.post)
    ) {
      end = plural.end;
      last += 1;
    }
    const participle = tokens[last + 1];
    const preposition = tokens[last + 2];
    if (
      participle &&
      hasTag(participle, "PastTense", "Participle") &&
      !INTRANSITIVE.test(participle.norm) &&
      PARTICIPLE_PREPOSITIONS.has(preposition?.norm ?? "") &&
      !/[,;:.]/.test(counted.post)
    ) {
      let m = last + 2;
      while (
        m + 1 < tokens.length &&
        m - last < OnlyInConfig.maxTrailingWords &&
        !/[,;:.()]/.test(tokens[m]?.post ?? "")
      )
        m++;
      const tail = tokens[m];
      if (tail && hasTag(tail, "Noun")) {
        end = tail.end;
        last = m;
      }
    }
    const lead = text.slice(sentence.start, number.start);
    const qualifier = QUALIFIERS.exec(lead);
    const start = qualifier ? number.start - qualifier[0].length : number.start;
    const value = number.norm;
    const stem = stemWord(counted.norm);
    found.push({
      text: text.slice(start, end),
      reportedBy: (other) => reportsCount(other, value, stem),
    });
    i = last;
  }
  return found;
}

function reportsCount(other: ArticleWords, value: string, stem: string): boolean {
  const norms = other.norms;
  const group = equivalentKey(stem) ?? equivalentKey(`${stem}s`);
  for (let i = 0; i < norms.length; i++) {
    if (norms[i] !== value) continue;
    for (let k = i + 1; k <= i + OnlyInConfig.countedWithin && k < norms.length; k++) {
      const word = norms[k] ?? "";
      if (stemWord(word) === stem) return true;
      if (group !== undefined && equivalentKey(word) === group) return true;
    }
  }
  return false;
}
