import { cutToLength } from "../../text/graphemes.js";

/**
 * Slack mrkdwn helpers. Slack reads `<…>` as links and mentions (`<!channel>`, `<@U…>`), so any
 * text that did not come from us (a question, an article) is escaped before it is shown.
 */

/** Escapes `&`, `<` and `>` the way Slack asks, so nothing typed becomes a link or a mention. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Escaped text that also cannot broadcast: a word joiner after the `@` of `@channel`, `@here`
 * and `@everyone` keeps them plain words even where Slack would link names.
 */
export function escapeUserText(text: string): string {
  return escapeMrkdwn(text).replace(/@(channel|here|everyone)\b/gi, "@\u2060$1");
}

/**
 * Cuts text to at most `max` characters, ending with "…"; never splits an escape, nor what a
 * reader sees as one character (an emoji sequence, a letter with its accents).
 */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = cutToLength(text, Math.max(0, max - 1)).replace(/&[a-z]*$/, "");
  return `${cut}…`;
}

/** Cuts mrkdwn like `clip`, and never leaves a link or mention cut open (`<https://…` without `>`). */
export function clipMrkdwn(mrkdwn: string, max: number): string {
  if (mrkdwn.length <= max) return mrkdwn;
  return clip(mrkdwn, max).replace(/<[^<>]*…$/, "…");
}

/** Text as a mrkdwn block quote: every line starts with `>`. */
export function blockQuote(escapedText: string): string {
  return escapedText
    .split("\n")
    .map((line) => `>${line}`)
    .join("\n");
}

/** A mrkdwn link, only for plain http(s) URLs; anything else gives null. */
export function mrkdwnLink(url: string | null, label: string): string | null {
  if (url === null || !/^https?:\/\/[^\s<>|]+$/i.test(url)) return null;
  return `<${url.replace(/&/g, "&amp;")}|${escapeMrkdwn(label)}>`;
}
