import { type Article, outletName } from "../../ingest/article.js";
import { packLines } from "./line-packing.js";
import { clip, escapeMrkdwn, mrkdwnLink } from "./mrkdwn.js";

/** One article on one mrkdwn line: outlet, headline, date, passages, and a link when it has one. */
export function articleLine(article: Article): string {
  const meta = article.metadata;
  const parts = [`*${escapeMrkdwn(outletName(article))}*`];
  if (meta.headline) parts.push(`_${escapeMrkdwn(clip(meta.headline, 300))}_`);
  parts.push(meta.published ? escapeMrkdwn(meta.published) : "undated");
  parts.push(
    `${article.passages.length} ${article.passages.length === 1 ? "passage" : "passages"}`,
  );
  const link = mrkdwnLink(meta.url, "Read the article");
  if (link) parts.push(link);
  return parts.join(" · ");
}

/** Article lines gathered into texts of at most `max` characters each. */
export function articleTexts(articles: readonly Article[], max: number): string[] {
  return packLines(
    articles.map((article) => `• ${articleLine(article)}`),
    max,
  );
}
