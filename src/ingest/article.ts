/** What a passage is: body text or a photo caption. */
export type PassageKind = "paragraph" | "caption";

/**
 * One passage of an article. Body paragraphs are numbered 1, 2, … as a reader counts them;
 * captions are numbered apart (caption 1, 2, …), so a passage is known by its kind and number.
 */
export interface Passage {
  /** Article id + "#" + paragraph number ("#caption-" + number for captions); unique across the desk. */
  readonly id: string;
  readonly articleId: string;
  /** The number among passages of its kind: body paragraphs and captions are counted apart. */
  readonly paragraph: number;
  readonly kind: PassageKind;
  /** The passage exactly as the outlet printed it. */
  readonly text: string;
}

/** Where a piece of metadata came from. */
export type InferredFrom = "front-matter" | "page" | "file-name" | "directory";

/** Where each of outlet, headline and date came from (null: nowhere, the value is null). */
export interface InferredSources {
  readonly outlet: InferredFrom | null;
  readonly headline: InferredFrom | null;
  readonly published: InferredFrom | null;
}

/** A passage's key within a desk: its article, its kind and its number. */
export function passageKey(source: string, kind: PassageKind, paragraph: number): string {
  return kind === "caption" ? `${source}#caption-${paragraph}` : `${source}#${paragraph}`;
}

/** What the page says about itself, from front matter or inferred from furniture lines. */
export interface ArticleMetadata {
  readonly outlet: string | null;
  readonly headline: string | null;
  /** ISO date (YYYY-MM-DD) or null when the page does not tell. */
  readonly published: string | null;
  readonly byline: string | null;
  readonly url: string | null;
  /** Credit lines, e.g. "Information for this article was contributed by …". */
  readonly credits: readonly string[];
  /** A print headline when the page gives one apart from its web headline. */
  readonly printHeadline: string | null;
  /** A print section line such as "A Section on 03/29/2020". */
  readonly section: string | null;
  /** The outlet whose copy this is, when another outlet publishes it ("The Associated Press"). */
  readonly origin?: string | null;
  /** Where outlet, headline and date came from. */
  readonly inferred?: InferredSources;
}

export interface Article {
  /** The file name without its extension; stable and unique in a desk. */
  readonly id: string;
  /** The file the article was read from. */
  readonly file: string;
  readonly metadata: ArticleMetadata;
  readonly passages: readonly Passage[];
}

/** An article file that could not be loaded, and why, in a reader's words. */
export interface LoadWarning {
  readonly file: string;
  readonly reason: string;
  /** Which version of the file this is about (a hash of its content), when it was read. */
  readonly version?: string;
  /** True when the file loaded all the same, and this is only a note about it. */
  readonly loaded?: boolean;
}

/** The outlet name to show: the inferred or declared outlet, else the article id. */
export function outletName(article: Article): string {
  return article.metadata.outlet ?? article.id;
}

/**
 * An article built in memory, one paragraph per string (generated corpora, tests); metadata not
 * given is null or empty.
 */
export function articleFromParagraphs(
  id: string,
  paragraphs: readonly string[],
  metadata: Partial<ArticleMetadata> = {},
): Article {
  return {
    id,
    file: `${id}.txt`,
    metadata: {
      outlet: null,
      headline: null,
      published: null,
      byline: null,
      url: null,
      credits: [],
      printHeadline: null,
      section: null,
      ...metadata,
    },
    passages: paragraphs.map((text, i) => ({
      id: `${id}#${i + 1}`,
      articleId: id,
      paragraph: i + 1,
      kind: "paragraph" as const,
      text,
    })),
  };
}
