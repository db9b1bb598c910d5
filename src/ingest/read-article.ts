import path from "node:path";
import type { Article, InferredFrom, Passage, PassageKind } from "./article.js";
import { passageKey } from "./article.js";
import { cleanPage } from "./clean-page.js";
import { decodeArticleBytes } from "./decode-article-bytes.js";
import { splitFrontMatter } from "./front-matter.js";
import { SkipReason } from "./ingest-config.js";
import { outletNamedAsTeller } from "./named-teller.js";
import { inferOutlet } from "./outlet-inference.js";
import { dateInFileName, outletFromName } from "./outlet-names.js";
import { maskSecrets, secretsHiddenNote } from "./secret-masking.js";

export type ArticleResult =
  | { ok: true; article: Article; notes: readonly string[] }
  | { ok: false; reason: string };

/** The article id a file gets: its name without the extension. */
export function articleIdFor(file: string): string {
  return path.basename(file).replace(/\.[^.]+$/, "");
}

/**
 * Reads one article from its file's bytes: front matter, then page text cleaned into passages.
 * Token-shaped strings, and any of the `secrets` given (the configured ones), are hidden first.
 */
export function readArticle(
  file: string,
  bytes: Uint8Array,
  secrets: readonly string[] = [],
): ArticleResult {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok) return decoded;
  // Secrets are hidden before anything else reads the text: the one change made to its words.
  const masked = maskSecrets(decoded.text, secrets);
  const split = splitFrontMatter(masked.text);
  if (!split.ok) return split;
  const fromFileName = outletFromName(articleIdFor(file));
  const page = cleanPage(split.body, {
    slugs: [split.frontMatter.url ?? null, articleIdFor(file)],
    siteNames: [split.frontMatter.outlet, fromFileName?.outlet, fromFileName?.key].filter(
      (name): name is string => typeof name === "string",
    ),
  });
  const id = articleIdFor(file);
  const counts: Record<PassageKind, number> = { paragraph: 0, caption: 0 };
  const passages: Passage[] = page.passages.map((passage) => {
    counts[passage.kind] += 1;
    const paragraph = counts[passage.kind];
    return {
      id: passageKey(id, passage.kind, paragraph),
      articleId: id,
      paragraph,
      kind: passage.kind,
      text: passage.text,
    };
  });
  // A gallery may be all captions; a page with nothing quotable is skipped.
  if (passages.length === 0) return { ok: false, reason: SkipReason.nothingLeft };
  const declared = split.frontMatter;
  const folder = path.basename(path.dirname(file));
  const outlet = inferOutlet({
    declared: declared.outlet ?? null,
    declaredUrl: declared.url ?? null,
    declaredOrigin: declared.origin ?? null,
    ownOutlet: page.ownOutlet,
    titleOutlet: page.titleOutlet,
    bylineOutlet: page.bylineOutlet,
    affiliatedOutlet: page.affiliatedOutlet,
    mastheadName: page.mastheadName,
    copyOutlet: page.copyOutlet,
    lines: page.lines,
    fileName: id,
    folderName: folder === "." || folder === "" ? null : folder,
    headline: declared.headline ?? page.headline,
    lede: page.passages
      .filter((passage) => passage.kind === "paragraph")
      .slice(0, 3)
      .map((passage) => passage.text),
    namedOutlet: outletNamedAsTeller(
      page.passages.flatMap((passage) => (passage.kind === "paragraph" ? [passage.text] : [])),
    ),
  });
  const fileDate = dateInFileName(id);
  const [published, publishedFrom] = firstKnown<string>([
    [declared.published, "front-matter"],
    [page.published ?? page.titleDate ?? page.openingDate ?? page.urlDate, "page"],
    [fileDate, "file-name"],
  ]);
  const [headline, headlineFrom] = firstKnown<string>([
    [declared.headline, "front-matter"],
    [page.headline, "page"],
  ]);
  return {
    ok: true,
    notes: masked.count > 0 ? [...split.notes, secretsHiddenNote(masked)] : split.notes,
    article: {
      id,
      file,
      metadata: {
        outlet: outlet.outlet,
        headline,
        published,
        byline: declared.byline ?? page.byline,
        url: declared.url ?? null,
        credits: page.credits,
        printHeadline: page.printHeadline,
        section: page.section,
        origin: outlet.origin,
        inferred: { outlet: outlet.from, headline: headlineFrom, published: publishedFrom },
      },
      passages,
    },
  };
}

/** The first value given, and where it came from. */
function firstKnown<T>(
  candidates: ReadonlyArray<readonly [T | null | undefined, InferredFrom]>,
): [T | null, InferredFrom | null] {
  for (const [value, from] of candidates)
    if (value !== null && value !== undefined) return [value, from];
  return [null, null];
}
