import { type MatchToken, matchTokens } from "./match-terms.js";

/** One way of writing a desk's word or name, as the matching terms of its words. */
interface Spelling {
  readonly terms: readonly string[];
  readonly key: string;
}

/** Key prefix of a desk's own equivalents: never one a built-in group or a stem takes. */
const DESK_KEY_PREFIX = "~=";

/**
 * A desk's own equivalents (`desk.yml`): words or names, of one word or several, that mean the
 * same on this story. Each spelling is read with the built-in matching (folding, stems, newsroom
 * equivalents), so a group matches every form the built-in matching gives its members; a name of
 * several words counts as one word wherever it stands.
 */
export class DeskLexicon {
  /** Spellings by the term of their first word, longest first. */
  private readonly byFirstTerm = new Map<string, Spelling[]>();

  constructor(groups: readonly (readonly string[])[]) {
    const keyOfTerms = new Map<string, string>();
    groups.forEach((group) => {
      const spellings = group
        .map((text) => matchTokens(text, "article").map((token) => token.term))
        .filter((terms) => terms.length > 0);
      const first = spellings[0];
      if (!first || spellings.length < 2) return;
      // A spelling already in an earlier group joins that group: a word has one key on a desk.
      const joined = spellings
        .map((terms) => keyOfTerms.get(terms.join(" ")))
        .find((key) => key !== undefined);
      const key = joined ?? `${DESK_KEY_PREFIX}${first.join("-")}`;
      for (const terms of spellings) {
        const text = terms.join(" ");
        if (keyOfTerms.has(text)) continue;
        keyOfTerms.set(text, key);
        const head = terms[0] ?? "";
        const list = this.byFirstTerm.get(head) ?? [];
        list.push({ terms, key });
        list.sort((a, b) => b.terms.length - a.terms.length);
        this.byFirstTerm.set(head, list);
      }
    });
  }

  /** The desk's one-word spellings with their group's key: where a name's variants are looked for. */
  oneWordSpellings(): Array<{ readonly term: string; readonly key: string }> {
    return [...this.byFirstTerm.values()]
      .flat()
      .filter((spelling) => spelling.terms.length === 1)
      .map((spelling) => ({ term: spelling.terms[0] ?? "", key: spelling.key }));
  }

  /** Whether the desk adds nothing to the built-in matching. */
  get isEmpty(): boolean {
    return this.byFirstTerm.size === 0;
  }

  /** The tokens with every desk spelling, of one word or more, replaced by one token of its group. */
  apply(tokens: readonly MatchToken[]): MatchToken[] {
    if (this.isEmpty) return [...tokens];
    const out: MatchToken[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i] as MatchToken;
      const spelling = this.byFirstTerm
        .get(token.term)
        ?.find((candidate) => candidate.terms.every((term, k) => tokens[i + k]?.term === term));
      if (!spelling) {
        out.push(token);
        continue;
      }
      const words = tokens.slice(i, i + spelling.terms.length).map((t) => t.word);
      out.push({ ...token, word: words.join(" "), term: spelling.key, stop: false });
      i += spelling.terms.length - 1;
    }
    return out;
  }
}

/** The built-in matching with nothing of a desk's own. */
export const NO_DESK_LEXICON = new DeskLexicon([]);

/** Whether a term is a desk equivalent's key. */
export function isDeskKey(term: string): boolean {
  return term.startsWith(DESK_KEY_PREFIX);
}
