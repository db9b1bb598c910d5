import type { Article } from "../ingest/article.js";
import { STOP_WORDS } from "../text/stop-words.js";
import type { DeskProfile } from "./desk-profile.js";

/** How many example questions a desk shows when its desk.yml gives none. */
const MADE_EXAMPLES = 3;
/** Articles whose headlines (or openings) are read for subjects. */
const ARTICLES_READ = 50;
/** Passages of each article read to tell a common noun ("heater") from a name ("Halvorsen"). */
const PASSAGES_FOR_CASE = 6;

/** Question shapes that fit a subject of any beat. */
const QUESTION_SHAPES = Object.freeze([
  (subject: string) => `what happened with ${subject}`,
  (subject: string) => `who said what about ${subject}`,
  (subject: string) => `what is known about ${subject}`,
]);

const made = new WeakMap<readonly Article[], readonly string[]>();

/**
 * The desk's own example questions: those its desk.yml gives, else questions made from the
 * subjects its headlines share (the pair of words, or the word, most headlines carry).
 */
export function deskExamples(
  profile: DeskProfile,
  articles: readonly Article[],
): readonly string[] {
  return profile.examples.length > 0 ? profile.examples : examplesFromArticles(articles);
}

/** The profile with its examples made from the articles when its desk.yml gives none. */
export function withDeskExamples(profile: DeskProfile, articles: readonly Article[]): DeskProfile {
  if (profile.examples.length > 0) return profile;
  const examples = examplesFromArticles(articles);
  return examples.length === 0 ? profile : Object.freeze({ ...profile, examples });
}

/**
 * Example questions made from a desk's articles: the subjects most of its headlines share (an
 * article with no headline gives its first passage), each put into a general question shape.
 * Pure, and made once per set of articles.
 */
export function examplesFromArticles(articles: readonly Article[]): readonly string[] {
  const known = made.get(articles);
  if (known) return known;
  const subjects = headlineSubjects(articles.slice(0, ARTICLES_READ));
  const examples = Object.freeze(
    subjects.length === 0
      ? []
      : QUESTION_SHAPES.slice(0, MADE_EXAMPLES).map((shape, i) =>
          shape(withArticle(subjects[i % subjects.length] ?? "")),
        ),
  );
  made.set(articles, examples);
  return examples;
}

/** A headline's text without the outlet's name after a bar or a spaced dash. */
function headlineOf(article: Article): string {
  const headline = article.metadata.headline ?? article.passages[0]?.text ?? "";
  return headline.split(/\s+[|–—-]\s+/)[0] ?? "";
}

/** The words of a line, in order; null stands for a word that is no subject (a gap). */
function contentWords(line: string): (string | null)[] {
  return (line.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? []).map((raw) => {
    const word = raw.replace(/[.'’-]+$/u, "");
    const lower = word.toLowerCase();
    const isSubject =
      word.length >= 3 && /\p{L}/u.test(word) && !/^\p{N}/u.test(word) && !STOP_WORDS.has(lower);
    return isSubject ? word : null;
  });
}

/**
 * The subjects the headlines share, most shared first: pairs of adjacent words two or more
 * headlines carry, then single words, each counted once per headline.
 */
function headlineSubjects(articles: readonly Article[]): string[] {
  const pairs = new Map<string, { count: number; words: [string, string] }>();
  const singles = new Map<string, { count: number; word: string }>();
  for (const article of articles) {
    const words = contentWords(headlineOf(article));
    const seen = new Set<string>();
    words.forEach((word, i) => {
      if (word === null) return;
      const key = word.toLowerCase();
      if (!seen.has(key)) {
        seen.add(key);
        const single = singles.get(key) ?? { count: 0, word };
        single.count += 1;
        singles.set(key, single);
      }
      const next = words[i + 1];
      if (next === null || next === undefined) return;
      const pairKey = `${key} ${next.toLowerCase()}`;
      if (seen.has(pairKey)) return;
      seen.add(pairKey);
      const pair = pairs.get(pairKey) ?? { count: 0, words: [word, next] };
      pair.count += 1;
      pairs.set(pairKey, pair);
    });
  }
  const byCount = <T extends { count: number }>(a: [string, T], b: [string, T]) =>
    b[1].count - a[1].count || a[0].localeCompare(b[0]);
  const shared = [...pairs.entries()]
    .filter(([, pair]) => pair.count >= 2)
    .sort(byCount)
    .map(([, pair]) => pairAsInText(pair.words, articles));
  const words = [...singles.entries()]
    .sort(byCount)
    .filter(([key]) => !shared.some((subject) => subject.toLowerCase().split(" ").includes(key)))
    .map(([, single]) => asInText(single.word, articles));
  return [...shared, ...words].slice(0, MADE_EXAMPLES);
}

/** A pair of words as the articles write it; a pair holding a name keeps the headline's case ("Hurricane Ida"). */
function pairAsInText(words: readonly string[], articles: readonly Article[]): string {
  const inText = words.map((word) => asInText(word, articles));
  return (inText.some((word) => /\p{Lu}/u.test(word)) ? words : inText).join(" ");
}

/**
 * A word as the articles write it within a sentence: lower case when they do so ("heater"),
 * else as the headline has it ("Halvorsen", "NASA").
 */
function asInText(word: string, articles: readonly Article[]): string {
  const lower = word.toLowerCase();
  if (word === lower) return word;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(lower)}(?![\\p{L}\\p{N}])`, "u");
  const usedLower = articles.some((article) =>
    article.passages.slice(0, PASSAGES_FOR_CASE).some((passage) => pattern.test(passage.text)),
  );
  return usedLower ? lower : word;
}

/** "the heater recall" when a common noun ends the subject; a name ("Halvorsen") as it is. */
const withArticle = (subject: string): string =>
  /^\p{Ll}/u.test(subject.split(" ").at(-1) ?? "") ? `the ${subject}` : subject;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
