/**
 * Text as Slack sends it: `&`, `<` and `>` typed by a person arrive escaped, and mentions arrive
 * as `<@U…>`. These turn it back into what the person wrote, for reading as a question.
 */

/** Undoes Slack's escaping of `&`, `<` and `>`. */
export function unescapeSlackText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The question in a message that mentions the bot: the bot's own mentions removed. */
export function questionFromMessage(
  text: string | undefined,
  botUserId: string | undefined,
): string {
  let question = text ?? "";
  if (botUserId && /^[A-Z0-9]+$/.test(botUserId)) {
    question = question.replace(new RegExp(`<@${botUserId}(?:\\|[^<>]*)?>`, "g"), " ");
  } else {
    question = question.replace(/^\s*<@[A-Z0-9]+(?:\|[^<>]*)?>/, " ");
  }
  return unescapeSlackText(question).replace(/\s+/g, " ").trim();
}

/**
 * The words of a question for searching: Slack's markup left out (`<!channel>`, `<@U…>`), a
 * channel or link reduced to its label. What is echoed back stays what the person wrote. Slack's
 * markup never holds a `<` inside it, so no match looks past the next `<`: the work stays linear
 * in the length of the text, however many `<` it holds (a 40,000-character message of `<`).
 */
export function searchableText(question: string): string {
  return question
    .replace(/<[!@][^<>]*>/g, " ")
    .replace(/<#[A-Z0-9]+\|([^<>]*)>/g, " $1 ")
    .replace(/<[^<>|]+\|([^<>]*)>/g, " $1 ")
    .replace(/\s+/g, " ")
    .trim();
}
