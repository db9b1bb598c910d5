/**
 * What a news article is about as a whole. Every paragraph of a report is implicitly about its
 * subject: "sold at hardware stores nationwide" answers "where were the heaters sold" in an
 * article whose headline and lead are about heaters, though the paragraph never says "heaters".
 * A question word a passage lacks but its article's context holds counts for part of a match.
 */

/** How the article-context reader finds what it needs, without knowing the index's layout. */
export interface ArticleContextSource {
  /** How many passages the desk holds (ids 0..count-1, each article's passages in a run). */
  readonly passageCount: number;
  /** The article a passage belongs to. */
  articleOf(passageId: number): string;
  /** Whether a passage is a caption (captions do not make the lead). */
  isCaption(passageId: number): boolean;
  /** A passage's tokens as term ids (negative for stop words). */
  codesOf(passageId: number): ArrayLike<number>;
  /** The article's headline as term ids the desk knows (empty when there is none). */
  headlineCodes(articleId: string): readonly number[];
}

export const ArticleContextConfig = Object.freeze({
  /** A term counts as the article's subject when at least this share of its passages hold it… */
  repeatedShare: 0.3,
  /** …and at least this many of them. */
  repeatedAtLeast: 2,
  /** Articles whose context is kept between questions. */
  cacheSize: 8192,
});

/**
 * The subject terms of each article (headline, lead and the words it repeats), read from the
 * index's own encoded passages on first use and kept: nothing is added to the index or its cache.
 */
export class ArticleContext {
  private readonly runs = new Map<string, { start: number; end: number }>();
  private readonly cache = new Map<string, ReadonlySet<number>>();

  constructor(private readonly source: ArticleContextSource) {
    for (let id = 0; id < source.passageCount; id++) {
      const articleId = source.articleOf(id);
      const run = this.runs.get(articleId);
      if (run) run.end = id + 1;
      else this.runs.set(articleId, { start: id, end: id + 1 });
    }
  }

  /** The term ids that say what an article is about. */
  termsOf(articleId: string): ReadonlySet<number> {
    const known = this.cache.get(articleId);
    if (known) return known;
    const terms = this.read(articleId);
    if (this.cache.size >= ArticleContextConfig.cacheSize) this.cache.clear();
    this.cache.set(articleId, terms);
    return terms;
  }

  private read(articleId: string): ReadonlySet<number> {
    const terms = new Set<number>(this.source.headlineCodes(articleId).filter((code) => code >= 0));
    const run = this.runs.get(articleId);
    if (!run) return terms;
    let leadRead = false;
    const passagesHolding = new Map<number, number>();
    let bodyPassages = 0;
    for (let id = run.start; id < run.end; id++) {
      if (this.source.isCaption(id)) continue;
      bodyPassages++;
      const distinct = new Set<number>();
      for (const code of Array.from(this.source.codesOf(id))) if (code >= 0) distinct.add(code);
      if (!leadRead) for (const code of distinct) terms.add(code);
      leadRead = true;
      for (const code of distinct) passagesHolding.set(code, (passagesHolding.get(code) ?? 0) + 1);
    }
    const { repeatedShare, repeatedAtLeast } = ArticleContextConfig;
    const needed = Math.max(repeatedAtLeast, Math.ceil(bodyPassages * repeatedShare));
    for (const [code, count] of passagesHolding) if (count >= needed) terms.add(code);
    return terms;
  }
}
