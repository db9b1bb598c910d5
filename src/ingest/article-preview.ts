import type { Article } from "./article.js";
import { decodeArticleBytes } from "./decode-article-bytes.js";
import { splitFrontMatter } from "./front-matter.js";
import { htmlToText, looksLikeHtml } from "./html-text.js";
import { plainSpaces, splitPageUnits } from "./page-units.js";
import { readArticle } from "./read-article.js";
import { maskSecrets } from "./secret-masking.js";

/**
 * What Story Desk would read from a page sent to be added to a desk (a file, or a pasted
 * message), before anything is written: the article as it would load, what was left out as
 * furniture, and what to warn the editor about. Pure: text in, data out.
 */

export type PageFormat = "text" | "markdown" | "html";

export interface ArticlePreview {
  /** The article as the desk would load it. */
  readonly article: Article;
  /** The text to write as the article file (an HTML page as its text, else as received). */
  readonly fileText: string;
  /** The file's name, without extension: from the outlet and date (see articleFileStem). */
  readonly fileStem: string;
  readonly extension: ".txt" | ".md";
  readonly format: PageFormat;
  readonly paragraphs: number;
  readonly captions: number;
  /** Lines of the page that are neither quoted nor the headline: furniture and page details. */
  readonly removed: readonly string[];
  /** What the editor should know: no outlet, date or headline found; oddities; secrets hidden. */
  readonly warnings: readonly string[];
}

export type PreviewResult =
  | { readonly ok: true; readonly preview: ArticlePreview }
  | { readonly ok: false; readonly reason: string };

/** The name part an article gets when its page names no outlet (and answers cite it so). */
export const UNKNOWN_OUTLET_STEM = "unknown-outlet";

export const PreviewWarning = Object.freeze({
  noOutlet:
    "No outlet was found on the page: answers will cite it as “Unknown Outlet”. Add front matter (outlet: …) to name it.",
  noDate: "No date was found on the page.",
  noHeadline: "No headline was found on the page.",
});

/** The format of a page from its file name, else from what it looks like. */
export function pageFormat(name: string | null, text: string): PageFormat {
  const lower = (name ?? "").toLowerCase();
  if (/\.html?$/.test(lower)) return "html";
  if (/\.(?:md|markdown)$/.test(lower)) return "markdown";
  if (/\.txt$/.test(lower)) return looksLikeHtml(text) ? "html" : "text";
  return looksLikeHtml(text) ? "html" : "text";
}

/**
 * Reads a page as an article would be read from its file: `name` is the name it came under
 * (a file's; null for a pasted message), used as the file name when it is one of the desk's
 * kinds, so what the name says (a date, an outlet) is read as it will be once added.
 */
export function previewArticle(name: string | null, bytes: Uint8Array): PreviewResult {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return decoded;
  const format = pageFormat(name, decoded.text);
  const fileText = format === "html" ? htmlToText(decoded.text) : decoded.text;
  const bytesToWrite = new TextEncoder().encode(fileText);
  const first = readArticle(articleFileName(name, format), bytesToWrite);
  if (!first.ok) return first;
  const found = first.article.metadata;
  const extension = format === "markdown" ? ".md" : ".txt";
  const fileStem = articleFileStem(found.outlet, found.published);
  // Read again under the name it will be written as: what the desk will load.
  const read = readArticle(`${fileStem}${extension}`, bytesToWrite);
  if (!read.ok) return read;
  const article = read.article;
  const warnings = [...read.notes];
  if (found.outlet === null) warnings.push(PreviewWarning.noOutlet);
  if (article.metadata.published === null) warnings.push(PreviewWarning.noDate);
  if (article.metadata.headline === null) warnings.push(PreviewWarning.noHeadline);
  return {
    ok: true,
    preview: {
      article,
      fileText,
      fileStem,
      extension,
      format,
      paragraphs: article.passages.filter((p) => p.kind === "paragraph").length,
      captions: article.passages.filter((p) => p.kind === "caption").length,
      removed: removedLines(fileText, article),
      warnings,
    },
  };
}

/**
 * The name a page is first read under: the file's own (what a name says, a date or an outlet,
 * is read as the desk reads its files), or one that says nothing for a pasted page.
 */
function articleFileName(name: string | null, format: PageFormat): string {
  const base = (name ?? "").split(/[\\/]/).pop() ?? "";
  if (format !== "html" && /^[\w.-]{1,120}\.(?:txt|md)$/i.test(base)) return base;
  const stem = base.replace(/\.[^.]*$/, "");
  return /^[\w.-]{1,120}$/.test(stem) && stem !== "" ? `${stem}.txt` : "0.txt";
}

/** Characters of the outlet kept in a file name. */
const STEM_OUTLET_CHARS = 60;

/**
 * A file name for an article, without extension: `outlet-name-2024-05-02` (lower case, ASCII),
 * `unknown-outlet-…` when the page names none.
 */
export function articleFileStem(outlet: string | null, published: string | null): string {
  const slug = (outlet ?? "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, STEM_OUTLET_CHARS)
    .replace(/-+$/g, "");
  const date = published && /^\d{4}-\d{2}-\d{2}$/.test(published) ? published : null;
  return [slug || UNKNOWN_OUTLET_STEM, date].filter(Boolean).join("-");
}

/** The page's lines that are neither passages nor the headline: what reading left out. */
function removedLines(fileText: string, article: Article): string[] {
  const split = splitFrontMatter(maskSecrets(fileText).text);
  if (!split.ok) return [];
  const kept = new Set(article.passages.map((passage) => plainSpaces(passage.text)));
  const headline = article.metadata.headline;
  if (headline) kept.add(plainSpaces(headline));
  const passages = [...kept].filter((text) => text.length >= 20);
  // A unit holding a passage (a caption with its credit cut off) was kept, not left out.
  const holdsPassage = (unit: string) =>
    unit.length <= 5_000 && passages.some((text) => unit.includes(text));
  return splitPageUnits(split.body)
    .map(plainSpaces)
    .filter((unit) => unit !== "" && !kept.has(unit) && !holdsPassage(unit));
}
