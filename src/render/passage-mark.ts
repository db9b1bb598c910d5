import type { PassageKind } from "../ingest/article.js";

/** How a comparison cites a passage: "¶4" for a body paragraph, "caption 2" for a caption. */
export function passageMark(kind: PassageKind | undefined, paragraph: number): string {
  return kind === "caption" ? `caption ${paragraph}` : `¶${paragraph}`;
}
