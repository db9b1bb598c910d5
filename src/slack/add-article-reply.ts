import type { DeskOnDuty } from "../desk/newsroom-view.js";
import { previewArticle } from "../ingest/article-preview.js";
import { buildArticlePreview } from "../render/blocks/article-preview-builder.js";
import type { SlackMessage } from "../render/blocks/block-kit.js";
import { section } from "../render/blocks/block-parts.js";
import { DeskTexts } from "../render/blocks/desk-texts.js";
import { escapeMrkdwn } from "../render/blocks/mrkdwn.js";
import type { ArticleDrafts } from "./article-drafts.js";

/** A short message: the text alone, as one section. */
export function shortReply(mrkdwn: string): SlackMessage {
  return { text: mrkdwn, blocks: [section(mrkdwn)] };
}

/**
 * The reply to a page an editor sent to be added: the preview, with Add for each desk they edit
 * and Cancel (the page kept as a draft meanwhile); or why it cannot be added. `desks` are the
 * desks the sender edits: none, and they are told politely that only editors can add.
 */
export function draftReply(
  drafts: ArticleDrafts | undefined,
  editor: string,
  desks: readonly DeskOnDuty[],
  name: string | null,
  bytes: Uint8Array,
): SlackMessage {
  if (desks.length === 0 || !drafts) return shortReply(escapeMrkdwn(DeskTexts.onlyEditors));
  const read = previewArticle(name, bytes);
  if (!read.ok) return shortReply(escapeMrkdwn(DeskTexts.cannotRead(read.reason)));
  const { preview } = read;
  const draft = drafts.keep({
    editor,
    text: preview.fileText,
    stem: preview.fileStem,
    extension: preview.extension,
  });
  return buildArticlePreview(
    preview,
    draft.id,
    desks.map((desk) => ({ id: desk.profile.id, name: desk.profile.name })),
  );
}

/**
 * A pasted page as Slack sends a message's text: its links back to their labels (or the address
 * when it has none), mentions left out, `&amp;`, `&lt;` and `&gt;` undone.
 */
export function pastedPageText(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^<>|]*)\|([^<>]*)>/g, "$2")
    .replace(/<((?:https?|mailto):[^<>|]*)>/g, "$1")
    .replace(/<[@#!][^<>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
