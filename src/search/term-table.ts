import type { MatchToken } from "../text/match-terms.js";

/** Token codes for words that have no term of their own: stop words, and stop words that are numbers. */
export const STOP_TOKEN = -1;
export const STOP_NUMBER_TOKEN = -2;

const NUMBER_WORD =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|several|couple|scores?)$/;

/** Whether a word states a quantity ("57", "5,000", "seven", "dozens"). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORD.test(word);
}

/**
 * The desk's vocabulary: each matching term interned once as a number, with how many passages
 * hold it and whether it states a quantity. Passages are stored as arrays of these numbers.
 */
export class TermTable {
  readonly terms: string[] = [];
  readonly documentFrequency: number[] = [];
  readonly isNumber: boolean[] = [];
  private readonly ids = new Map<string, number>();

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  frequencyOf(term: string): number {
    const id = this.ids.get(term);
    return id === undefined ? 0 : (this.documentFrequency[id] ?? 0);
  }

  get size(): number {
    return this.terms.length;
  }

  /** Encodes a passage's tokens and counts each distinct term once towards its document frequency. */
  encode(tokens: readonly MatchToken[]): Int32Array {
    const codes = new Int32Array(tokens.length);
    const seen = new Set<number>();
    tokens.forEach((token, i) => {
      if (token.stop) {
        codes[i] = isNumberWord(token.word) ? STOP_NUMBER_TOKEN : STOP_TOKEN;
        return;
      }
      const id = this.intern(token.term, isNumberWord(token.word));
      codes[i] = id;
      if (!seen.has(id)) {
        seen.add(id);
        this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
      }
    });
    return codes;
  }

  /** Takes a passage's codes (as `encode` gave them) out of the document frequencies. */
  forget(codes: Int32Array): void {
    const seen = new Set<number>();
    for (const code of codes) {
      if (code < 0 || seen.has(code)) continue;
      seen.add(code);
      this.documentFrequency[code] = Math.max(0, (this.documentFrequency[code] ?? 0) - 1);
    }
  }

  /** The id of a term some passage holds (a term whose passages all went is not one). */
  liveIdOf(term: string): number | undefined {
    const id = this.ids.get(term);
    return id !== undefined && (this.documentFrequency[id] ?? 0) > 0 ? id : undefined;
  }

  private intern(term: string, isNumber: boolean): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    const id = this.terms.length;
    this.terms.push(term);
    this.documentFrequency.push(0);
    this.isNumber.push(isNumber);
    this.ids.set(term, id);
    return id;
  }

  /** A plain-data copy for the index cache. */
  toJSON(): { terms: string[]; documentFrequency: number[]; isNumber: boolean[] } {
    return {
      terms: this.terms,
      documentFrequency: this.documentFrequency,
      isNumber: this.isNumber,
    };
  }

  static fromJSON(data: {
    terms: string[];
    documentFrequency: number[];
    isNumber: boolean[];
  }): TermTable {
    const table = new TermTable();
    data.terms.forEach((term, id) => {
      table.terms.push(term);
      table.documentFrequency.push(data.documentFrequency[id] ?? 0);
      table.isNumber.push(data.isNumber[id] ?? false);
      table.ids.set(term, id);
    });
    return table;
  }
}
