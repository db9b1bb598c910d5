import type { ArticlePreview } from "../../ingest/article-preview.js";
import type { Block, ButtonElement, SlackMessage } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { actions, button, context, header, section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import { blockQuote, clip, escapeMrkdwn } from "./mrkdwn.js";

/** Action ids of the preview's buttons (listed in SlackSurface.actions). */
export const ArticleActions = Object.freeze({
  add: "add_article",
  cancel: "cancel_article",
});

/** Layout defaults in one frozen object. */
export const PreviewLayout = Object.freeze({
  firstParagraphChars: 600,
  removedShown: 8,
  removedChars: 80,
  /** Desks offered as Add buttons; a newsroom editor of more desks gets the first ones by id. */
  desks: 10,
});

/** A desk the article may be added to. */
export interface DeskChoice {
  readonly id: string;
  readonly name: string;
}

/** What an Add or Cancel button carries: the draft, and for Add the desk. */
export interface DraftButtonValue {
  readonly draft: string;
  readonly desk: string | null;
}

export function encodeDraftValue(value: DraftButtonValue): string {
  return JSON.stringify({ r: value.draft, d: value.desk });
}

/** Reads a draft button's value back; null for anything this app did not write. */
export function decodeDraftValue(raw: string | undefined): DraftButtonValue | null {
  if (!raw) return null;
  try {
    const { r, d } = JSON.parse(raw) as Record<string, unknown>;
    if (typeof r !== "string" || !/^[0-9a-f]{8,64}$/.test(r)) return null;
    return { draft: r, desk: typeof d === "string" && d !== "" ? d : null };
  } catch {
    return null;
  }
}

/**
 * The private preview of a page sent to be added: what was read (outlet, headline, date,
 * paragraphs and captions, the first paragraph), what was left out as furniture, any warning;
 * then Add (one button per desk when the editor edits several) and Cancel.
 */
export function buildArticlePreview(
  preview: ArticlePreview,
  draft: string,
  desks: readonly DeskChoice[],
): SlackMessage {
  const meta = preview.article.metadata;
  const facts = [
    `*${DeskTexts.outletLabel}:* ${meta.outlet ? escapeMrkdwn(clip(meta.outlet, 200)) : DeskTexts.notFound}`,
    `*${DeskTexts.headlineLabel}:* ${meta.headline ? escapeMrkdwn(clip(meta.headline, 300)) : DeskTexts.notFound}`,
    `*${DeskTexts.dateLabel}:* ${meta.published ? escapeMrkdwn(meta.published) : DeskTexts.notFound}`,
    ...(meta.byline ? [`*${DeskTexts.bylineLabel}:* ${escapeMrkdwn(clip(meta.byline, 200))}`] : []),
    DeskTexts.passageCounts(preview.paragraphs, preview.captions),
  ];
  const blocks: Block[] = [header(DeskTexts.previewTitle), section(facts.join("\n"))];
  const first = preview.article.passages.find((passage) => passage.kind === "paragraph");
  if (first)
    blocks.push(
      section(
        `${DeskTexts.firstParagraph}\n${blockQuote(escapeMrkdwn(clip(first.text.replace(/\s+/g, " "), PreviewLayout.firstParagraphChars)))}`,
      ),
    );
  if (preview.removed.length > 0) {
    const shown = preview.removed
      .slice(0, PreviewLayout.removedShown)
      .map((line) => `“${escapeMrkdwn(clip(line, PreviewLayout.removedChars))}”`);
    const more = preview.removed.length - shown.length;
    blocks.push(
      context(
        `${DeskTexts.removedLabel(preview.removed.length)}: ${shown.join(", ")}${more > 0 ? ` and ${more} more` : ""}`,
      ),
    );
  }
  if (preview.warnings.length > 0)
    blocks.push(
      section(preview.warnings.map((w) => `:warning: ${escapeMrkdwn(clip(w, 300))}`).join("\n")),
    );
  blocks.push(...addButtons(draft, desks));
  return {
    text: clip(
      escapeMrkdwn(`${DeskTexts.previewTitle}: ${meta.headline ?? meta.outlet ?? ""}`),
      BlockLimits.fallbackText,
    ),
    blocks,
  };
}

/** Add (for one desk), or one "Add to …" per desk (each in its own block: action ids are unique per block), then Cancel. */
function addButtons(draft: string, desks: readonly DeskChoice[]): Block[] {
  const cancel = button(
    ArticleActions.cancel,
    DeskTexts.cancelButton,
    encodeDraftValue({ draft, desk: null }),
  );
  const add = (desk: DeskChoice, label: string): ButtonElement => ({
    ...button(ArticleActions.add, label, encodeDraftValue({ draft, desk: desk.id })),
    style: "primary",
  });
  const only = desks[0];
  if (desks.length === 1 && only) return [actions(add(only, DeskTexts.addButton), cancel)];
  const offered = desks.slice(0, PreviewLayout.desks);
  return [
    ...offered.map((desk) => actions(add(desk, DeskTexts.addToDesk(desk.name)))),
    actions(cancel),
  ];
}
