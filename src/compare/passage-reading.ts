import nlp from "compromise";
import { type BoundarySnap, boundarySnap } from "../text/graphemes.js";
import { useQuickTaggerSweep } from "../text/tagger-sweep.js";
import { foldWord } from "./word-forms.js";

useQuickTaggerSweep();

/**
 * A passage read by the NLP library (compromise): sentences, and words with their part-of-speech
 * tags and surrounding punctuation. Hyphenated words are kept whole ("cross-border").
 */

export interface Token {
  readonly text: string;
  /** Folded form (see foldWord). */
  readonly norm: string;
  readonly start: number;
  readonly end: number;
  /** compromise tags: Noun, ProperNoun, Person, Verb, Value, … */
  readonly tags: ReadonlySet<string>;
  /** Punctuation and spaces before and after the word. */
  readonly pre: string;
  readonly post: string;
  /** The first word of its sentence (capitalised by position, not as a name). */
  readonly sentenceStart: boolean;
}

export interface Sentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly Token[];
}

interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

interface SentenceJson {
  readonly offset: { readonly start: number; readonly length: number };
  readonly terms: readonly Term[];
}

const cache = new Map<string, readonly Sentence[]>();
const CACHE_LIMIT = 5000;

/** The sentences of a text, each with its words; cached by text. */
export function readSentences(text: string): readonly Sentence[] {
  const known = cache.get(text);
  if (known) return known;
  const json = tagged(text).json({ offset: true }) as SentenceJson[];
  // Spans are widened to whole characters: a slice by them never cuts an emoji sequence.
  const snap = boundarySnap(text);
  const sentences = json.map((sentence): Sentence => {
    const start = snap.back(sentence.offset.start);
    const end = snap.forward(sentence.offset.start + sentence.offset.length);
    return { text: text.slice(start, end), start, end, tokens: mergeHyphens(sentence.terms, snap) };
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, sentences);
  return sentences;
}

/** What compromise's world holds of its steps: the steps `nlp()` runs, in order. */
interface NlpWorld {
  hooks: string[];
}

/** The step that groups words into phrase chunks: it adds no tag, and nothing here reads chunks. */
const CHUNKING = "chunks";

/**
 * A text read by compromise with its tagging steps only: its phrase chunking (about a tenth of
 * the work) is left out, so words, offsets and tags are what `nlp(text)` gives.
 */
export function tagged(text: string): ReturnType<typeof nlp> {
  const world = (nlp as unknown as { _world?: NlpWorld })._world;
  const hooks = world?.hooks;
  if (!world || !hooks?.includes(CHUNKING)) return nlp(text);
  world.hooks = hooks.filter((hook) => hook !== CHUNKING);
  try {
    return nlp(text);
  } finally {
    world.hooks = hooks;
  }
}

function mergeHyphens(terms: readonly Term[], snap: BoundarySnap): Token[] {
  const tokens: Token[] = [];
  let pending: Token | null = null;
  for (const term of terms) {
    if (term.text === "") continue;
    // "(23 feet)": compromise may keep a bracket in the word; it is the word's punctuation.
    const open = /^[([]+(?=[\p{L}\p{N}$£€¥₹])/u.exec(term.text)?.[0] ?? "";
    const close = /(?<=[\p{L}\p{N}%.])[)\]]+$/u.exec(term.text.slice(open.length))?.[0] ?? "";
    const word = term.text.slice(open.length, term.text.length - close.length);
    const start = snap.back(term.offset.start + open.length);
    const token: Token = {
      text: word,
      norm: foldWord(word),
      start,
      end: snap.forward(term.offset.start + open.length + word.length),
      tags: new Set(term.tags),
      pre: `${term.pre}${open}`,
      post: `${close}${term.post}`,
      sentenceStart: tokens.length === 0 && pending === null,
    };
    if (pending && /^[-‐‑]$/.test(pending.post) && token.pre === "") {
      const text: string = `${pending.text}${pending.post}${token.text}`;
      pending = {
        ...token,
        text,
        norm: foldWord(text),
        start: pending.start,
        pre: pending.pre,
        sentenceStart: pending.sentenceStart,
        tags: new Set([...token.tags, "Hyphenated"]),
      };
      continue;
    }
    if (pending) tokens.push(pending);
    const glued = GLUED_UNIT.exec(word);
    if (glued?.[1] && glued[2]) {
      // "60km", "5kg": the number and its unit are two words, as "60 km" is.
      const cut = token.start + glued[1].length;
      tokens.push({
        ...token,
        text: glued[1],
        norm: foldWord(glued[1]),
        end: cut,
        post: "",
        tags: new Set(["Value", "Cardinal", "NumericValue"]),
      });
      pending = {
        ...token,
        text: glued[2],
        norm: foldWord(glued[2]),
        start: cut,
        pre: "",
        sentenceStart: false,
        tags: new Set(["Noun", "Unit"]),
      };
      continue;
    }
    pending = token;
  }
  if (pending) tokens.push(pending);
  return tokens;
}

/** A number written together with its unit of measure: "60km", "5kg", "100mph", "20ft". */
const GLUED_UNIT = /^(\d[\d,]*(?:\.\d+)?)(km|kms|kg|kgs|mph|kph|kmh|ft|mm|cm|lb|lbs)$/i;

/** The sentence of a text that contains a position. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | undefined {
  return sentences.find((sentence) => at >= sentence.start && at < sentence.end);
}

export function hasTag(token: Token | undefined, ...tags: string[]): boolean {
  return token !== undefined && tags.some((tag) => token.tags.has(tag));
}

/** Words that begin with a capital letter, apart from the first word of a sentence. */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Lu}/u.test(token.text);
}
