import type { Attribution, Hedge } from "./comparison.js";
import { readSentences } from "./passage-reading.js";
import { insideQuote, quotedSpans } from "./quoted-words.js";

/**
 * Hedges and disputes: the words by which an outlet keeps its distance from a claim
 * ("alleging", "without any evidence", "reportedly", "it is not clear"). General English only;
 * words inside quotation marks are the speaker's, not the outlet's, and are left out.
 */
export const HEDGE_PATTERNS: readonly RegExp[] = Object.freeze([
  /\ballegedly\b|\balleg(?:e|es|ed|ing|ation|ations)\b/gi,
  /\bpurported(?:ly)?\b|\bsupposedly\b|\bostensibly\b|\breportedly\b|\bapparently\b/gi,
  /\bclaim(?:s|ed|ing)\b/gi,
  /\bso-called\b|\bself-styled\b|\bself-proclaimed\b/gi,
  /\b(?:unverified|unconfirmed|unsubstantiated|unfounded|baseless|uncorroborated|disputed)\b/gi,
  /\bwithout\s+(?:any\s+|providing\s+(?:any\s+)?|offering\s+(?:any\s+)?|presenting\s+(?:any\s+)?|giving\s+(?:any\s+)?)?(?:evidence|proof)\b/gi,
  /\b(?:there\s+(?:is|was|has\s+been)\s+)?no\s+(?:evidence|proof)\b/gi,
  // "It was not immediately clear", "it wasn't yet clear", "it is still unclear".
  /\bit\s+(?:is|was|remains|remained)\s+(?:not\s+(?:yet\s+|immediately\s+|entirely\s+)?clear|(?:still\s+|yet\s+)?(?:unclear|vague))\b/gi,
  /\bit(?:'s|’s|\s+isn't|\s+isn’t|\s+wasn't|\s+wasn’t)\s+(?:not\s+)?(?:(?:yet|immediately|entirely)\s+)?(?:clear|unclear)\b/gi,
  // "the blast may have been caused by": a possibility, not a finding.
  /\b(?:may|might)\s+(?:well\s+)?have\b/gi,
  // "the levee should have held the river back": what ought to have happened, not a finding
  // ("they should have known" is a reproach, not a hedge).
  /(?<!\b(?:i|you|he|she|we|they)\s+)\bshould\s+(?:well\s+)?have\b/gi,
  /\b(?:is|was|are|were|remains?|remained)\s+(?:still\s+)?(?:unclear|unknown)\b/gi,
  /\b(?:possibly|probably|perhaps|presumably|seemingly)\b/gi,
  // "is likely to return": a likelihood, not a fact.
  /\b(?:un)?likely\s+to\b/gi,
  // "which will likely be confirmed", "would probably pass": a forecast, not a fact.
  /\b(?:will|would|could|should|may|might)\s+(?:most\s+)?(?:likely|probably)\b/gi,
  // "another attack likely would provoke a response": the adverb before the verb's helper.
  /\b(?:most\s+)?(?:likely|probably)\s+(?:will|would|could|won't|wouldn't)\b/gi,
  /\b(?:is|are|was|were)\s+(?:understood|suspected)\s+to\b/gi,
  /\b(?:could|can|cannot|can't)\s+(?:not\s+)?(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)\b/gi,
  /\bcould\s+not\s+(?:independently\s+)?(?:verify|confirm)\b/gi,
  // "said to be"; "thought to have died": the hedge is "thought to", "have" is the verb's own.
  /\b(?:said|believed|thought|alleged)\s+to\s+be\b|\b(?:said|believed|thought|alleged)\s+to(?=\s+have\b)/gi,
  // "reserves are believed to total 40 tonnes", "feared to number in the hundreds": an estimate
  // held, not a count found ("said to" stays with "be" and "have": "said to reporters").
  /\b(?:believed|thought|feared|presumed|rumou?red)\s+to(?=\s+[a-z]+)/gi,
  // "a crater that scientists believe could hold ice": a belief the outlet passes on, not a finding.
  /\b(?:scientists|researchers|experts|analysts|astronomers|historians|investigators|doctors|officials|authorities|many|some)\s+(?:now\s+|still\s+|also\s+)?(?:believe|suspect|think)\b/gi,
  // "the ridge may hold more": a possibility (lower-case, so the month "May" is no hedge).
  /\b(?:may|might)\s+(?:well\s+|also\s+|even\s+|still\s+)?(?!not\b|be\s+(?:asked|required|allowed|used)\b)[a-z]+\b/g,
  /\bdenied\b|\bdenies\b|\brejected\s+(?:the\s+)?(?:claim|allegation|accusation)s?\b/gi,
  /\bwhat\s+(?:it|they|he|she)\s+(?:called|calls|described\s+as|termed)\b/gi,
  /\bit(?:\s+is|'s|’s|\s+was)\s+(?:too\s+(?:early|soon)|premature)\s+to\s+(?:say|tell|know|determine|judge)\b/gi,
  /\bit(?:\s+is|'s|’s|\s+was|\s+remains)\s+(?:possible|not\s+known|unknown)\b/gi,
  /\b(?:appears?|appeared|seems?|seemed)\s+to\b/gi,
  // "the toll could ultimately exceed 400", "may even double": a count's forecast, not a fact.
  /\b(?:could|may|might)\s+(?:well\s+|even\s+|ultimately\s+|eventually\s+|still\s+|yet\s+|further\s+)?(?:exceed|reach|rise|climb|top|surpass|double|triple|increase|grow)\b/gi,
  /\b(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to\s+(?:rise|increase|climb|grow|exceed|double)\b/gi,
  // "We anticipate all inspections will be done": a forecast, not a fact.
  /\b(?:we|i|they)\s+(?:(?:do\s+not|don't|don’t)\s+)?(?:anticipate|expect)\b/gi,
]);

/** The outlet's own hedges in a passage (outside quotation marks), in reading order, each once. */
export function findHedges(text: string): string[] {
  return unique(hedgeHits(text).filter((hit) => !hit.quoted)).map((hit) => hit.words);
}

/**
 * Reporting verbs that put the rest of their sentence in a source's mouth ("officials said it
 * was not clear …"); the hedging verbs (claimed, alleged, denied) are the outlet's own choice.
 */
const SPEECH_CUES =
  /\b(?:said|says|say|told|tells|added|adds|according\s+to|stated|explained|noted|warned|acknowledged|conceded|admitted|believes|believed|thinks|thought|estimated|estimates|tweeted|wrote|writes|insisted|argued|suggested|indicated)\b/gi;

/**
 * Hedges of editorial distance, the outlet's own even in a reported sentence: "reportedly" says
 * the outlet has it from reports, not from the source its sentence names.
 */
const OUTLET_DISTANCE =
  /^(?:without\b|no\s+(?:evidence|proof)|there\s|could\s+not|cannot|can't|(?:can|could)\s+(?:be\s+)?(?:independently\s+)?(?:verif|confirm)|(?:un)?(?:verified|confirmed|substantiated|corroborated)|allegedly|reportedly|purported|supposedly|ostensibly|so-called|self-|what\s|alleg|claim)/i;

/**
 * Every hedge of a passage with whose voice it is: inside quotation marks, or in the reported
 * part of a sentence a source is said to say ("it is not clear, he said, …"), a source's;
 * else the outlet's own. `attributions`: the passage's sources, to name whose words they are.
 */
export function voicedHedges(
  text: string,
  paragraph: number,
  attributions: readonly Attribution[] = [],
): Hedge[] {
  const hits = unique(hedgeHits(text));
  if (hits.length === 0) return [];
  const sentences = readSentences(text);
  return hits.map((hit): Hedge => {
    const sentence = sentences.find((s) => hit.at >= s.start && hit.at < s.end);
    const inSentence = sentence ? text.slice(sentence.start, sentence.end) : text;
    const reported =
      !hit.quoted && !OUTLET_DISTANCE.test(hit.words) && reportedSpeech(inSentence, hit.words);
    const voice = hit.quoted || reported ? "source" : "outlet";
    const who =
      voice === "source"
        ? (attributions.find(
            (a) =>
              a.paragraph === paragraph &&
              (inSentence.includes(a.who) ||
                (a.resolvedFrom !== null && hasWord(inSentence, a.resolvedFrom))),
          )?.who ?? null)
        : null;
    const claim = sentence ? withClaim(hit, sentence.start, sentence.end, text) : hit.words;
    return { text: claim, words: hit.words, voice, who, paragraph };
  });
}

/** Words that lead into what follows them: a claim cut short does not end on one. */
const LEADING_WORDS =
  /^(?:the|a|an|of|on|in|at|to|for|with|by|from|into|onto|its|their|his|her|our|this|that|these|those|than|not|no|be|been|being|is|are|was|were|has|have|had)$/i;

/** Words of the claim a hedge is said of, at most, after its own words. */
const CLAIM_WORDS = 6;

/** An auxiliary right before a hedge: "has reportedly", "is said to", "are believed to". */
const AUXILIARY_BEFORE =
  /(?:\b(?:is|are|was|were|be|been|being|has|have|had|will|would|could|may|might|should|can|does|do|did)\s+){1,2}$/i;

/** Where a claim's clause ends: punctuation, quotation marks or a word opening another clause. */
const CLAIM_END =
  /[,;:!?()[\]"“”«»—–]|\.(?=\s|$)|\s(?:and|but|or|while|as|after|before|because|when|which|who|whose|where|although|though|since|so|until|amid|despite|according)\b/i;

/**
 * The hedge with the claim it is said of, as printed: the auxiliary before it and the words of
 * its clause after it, a few at most ("has reportedly been killed", "is said to have been new").
 */
function withClaim(hit: HedgeHit, from: number, to: number, text: string): string {
  const end = hit.at + hit.words.length;
  const before = AUXILIARY_BEFORE.exec(text.slice(from, hit.at))?.[0] ?? "";
  const rest = text.slice(end, to);
  const stop = CLAIM_END.exec(rest);
  const clause = stop ? rest.slice(0, stop.index) : rest;
  const ends: number[] = [];
  for (const word of clause.matchAll(/\S+/g)) {
    if (ends.length >= CLAIM_WORDS) break;
    ends.push(LEADING_WORDS.test(word[0]) ? -1 : (word.index ?? 0) + word[0].length);
  }
  // "sufficient capital to weather the": the claim ends on a word of its own, not on "the".
  const after = Math.max(0, ...ends);
  return `${before}${text.slice(hit.at, end)}${rest.slice(0, after)}`.replace(/\s+/g, " ").trim();
}

/**
 * True when `words` stands in the sentence as whole words ("He" in "He said", not in "Hence"),
 * read without building a pattern from the article's text.
 */
function hasWord(sentence: string, words: string): boolean {
  if (words === "") return false;
  const letter = /[\p{L}\p{N}_]/u;
  for (let at = sentence.indexOf(words); at >= 0; at = sentence.indexOf(words, at + 1)) {
    const before = sentence[at - 1] ?? " ";
    const after = sentence[at + words.length] ?? " ";
    if (!letter.test(before) && !letter.test(after)) return true;
  }
  return false;
}

/** A sentence with a reporting verb other than the hedge's own words, outside quotation marks. */
function reportedSpeech(sentence: string, hedge: string): boolean {
  const spans = quotedSpans(sentence);
  const hedgeAt = sentence.indexOf(hedge);
  for (const match of sentence.matchAll(SPEECH_CUES)) {
    const at = match.index ?? 0;
    if (insideQuote(spans, at)) continue;
    if (hedge.toLowerCase().includes(match[0].toLowerCase())) continue;
    // "It was not clear what caused it, which struck with …, according to X": the source
    // stands for the clause about the thing, not for the outlet's "not clear".
    if (hedgeAt >= 0 && at > hedgeAt && RELATIVE_CLAUSE.test(sentence.slice(hedgeAt, at))) continue;
    return true;
  }
  return false;
}

/** A clause about the last thing named, set off by a comma: ", which struck …". */
const RELATIVE_CLAUSE = /,\s*(?:which|who|whose|where)\b/i;

interface HedgeHit {
  readonly at: number;
  readonly words: string;
  readonly quoted: boolean;
}

function hedgeHits(text: string): HedgeHit[] {
  const spans = quotedSpans(text);
  const found: HedgeHit[] = [];
  for (const pattern of HEDGE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const at = match.index ?? 0;
      found.push({ at, words: match[0].replace(/\s+/g, " "), quoted: insideQuote(spans, at) });
    }
  }
  // "it is unclear" holds "is unclear": the longer wording only.
  const kept = found.filter(
    (hit) =>
      !found.some(
        (other) =>
          other !== hit &&
          other.words.length > hit.words.length &&
          other.at <= hit.at &&
          other.at + other.words.length >= hit.at + hit.words.length,
      ),
  );
  return kept.sort((a, b) => a.at - b.at);
}

function unique(hits: readonly HedgeHit[]): HedgeHit[] {
  const seen = new Set<string>();
  return hits.filter((hit) => {
    const key = `${hit.words.toLowerCase()}|${hit.quoted}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
