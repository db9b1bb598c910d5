import path from "node:path";
import type { Article, Passage } from "./article.js";
import { cleanPage } from "./clean-page.js";
import { decodeArticleBytes } from "./decode-article-bytes.js";
import { splitFrontMatter } from "./front-matter.js";
import { SkipReason } from "./ingest-config.js";
import { maskSecrets, secretsHiddenNote } from "./secret-masking.js";

export type ArticleResult =
  | { ok: true; article: Article; notes: readonly string[] }
  | { ok: false; reason: string };

/** The article id a file gets: its name without the extension. */
export function articleIdFor(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}

/** Reads one article from its file's bytes: front matter, then page text cleaned into passages. */
export function readArticle(file: string, bytes: Uint8Array): ArticleResult {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return decoded;
  // Secrets are hidden before anything else reads the text: the one change made to its words.
  const masked = maskSecrets(decoded.text);
  const split = splitFrontMatter(masked.text);
  if (!split.ok) return split;
  const page = cleanPage(split.body);
  const id = articleIdFor(file);
  const passages: Passage[] = page.passages.map((passage, index) => ({
    id: `${id}#${index + 1}`,
    articleId: id,
    paragraph: index + 1,
    kind: passage.kind,
    text: passage.text,
  }));
  if (!passages.some((passage) => passage.kind === "paragraph"))
    return { ok: false, reason: SkipReason.nothingLeft };
  const declared = split.frontMatter;
  return {
    ok: true,
    notes: masked.count > 0 ? [...split.notes, secretsHiddenNote(masked)] : split.notes,
    article: {
      id,
      file,
      metadata: {
        outlet: declared.outlet ?? page.outlet,
        headline: declared.headline ?? page.headline,
        published: declared.published ?? page.published,
        byline: declared.byline ?? page.byline,
        url: declared.url ?? null,
        credits: page.credits,
        printHeadline: page.printHeadline,
        section: page.section,
      },
      passages,
    },
  };
}
