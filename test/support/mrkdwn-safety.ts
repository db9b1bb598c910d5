/**
 * Checks on the mrkdwn Story Desk sends: Slack reads `<…>` as mentions, broadcasts and links
 * (`<!channel>`, `<!here|here>`, `<@U…>`, `<#C…>`, `<!subteam^…>`) and `&` as the start of an
 * escape, so text from a question or an article must arrive as `&lt;`, `&gt;` and `&amp;`
 * (docs.slack.dev/messaging/formatting-message-text, "Escaping text"). The only markup
 * Story Desk writes itself is a link to an article and the asker's mention on a shared answer.
 */

/** Story Desk's own link markup: a plain http(s) URL with a label. */
const OWN_LINK = /^https?:\/\/[^\s<>|]+\|[^<>|]+$/;

export interface MarkupOptions {
  /** The Slack user id the message may mention (the asker of a shared answer). */
  readonly askedBy?: string;
}

/** Every piece of live markup in mrkdwn that Story Desk did not mean to write; empty when safe. */
export function markupProblems(mrkdwn: string, options: MarkupOptions = {}): string[] {
  const problems: string[] = [];
  let rest = mrkdwn;
  // Story Desk's own tokens are taken out first; what remains must hold no `<` or `>` at all.
  rest = rest.replace(/<([^<>]*)>/g, (token, inner: string) => {
    if (OWN_LINK.test(inner)) return " ";
    if (options.askedBy && inner === `@${options.askedBy}`) return " ";
    problems.push(`live markup ${token}`);
    return " ";
  });
  // A `>` opening a line is a block quote, which Story Desk writes around quotes.
  rest = rest.replace(/^>/gm, " ");
  for (const match of rest.matchAll(/[<>]/g))
    problems.push(`unescaped "${match[0]}" in …${around(rest, match.index)}…`);
  for (const match of rest.matchAll(/&(?!amp;|lt;|gt;)/g))
    problems.push(`unescaped "&" in …${around(rest, match.index)}…`);
  return problems;
}

/** Bare `@channel`, `@here` or `@everyone`, which Slack may link when it parses names. */
export function bareBroadcasts(mrkdwn: string): string[] {
  return [...mrkdwn.matchAll(/@(channel|here|everyone)\b/gi)].map((match) => match[0]);
}

/** Every mrkdwn text in a block array, a message `text`, and button values, with where. */
export function mrkdwnTextsOf(message: {
  text?: string;
  blocks: readonly unknown[];
}): Array<{ at: string; text: string }> {
  const found: Array<{ at: string; text: string }> = [];
  if (typeof message.text === "string") found.push({ at: "text", text: message.text });
  const visit = (node: unknown, at: string) => {
    if (Array.isArray(node)) {
      node.forEach((item, i) => {
        visit(item, `${at}[${i}]`);
      });
    } else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      if (record["type"] === "mrkdwn" && typeof record["text"] === "string")
        found.push({ at, text: record["text"] });
      if (record["type"] === "button" && typeof record["value"] === "string")
        found.push({ at: `${at}.value`, text: record["value"] });
      for (const [key, value] of Object.entries(record))
        if (typeof value === "object") visit(value, `${at}.${key}`);
    }
  };
  visit(message.blocks, "blocks");
  return found;
}

/** Markup problems anywhere in a message, each prefixed with where it is. */
export function messageMarkupProblems(
  message: { text?: string; blocks: readonly unknown[] },
  options: MarkupOptions = {},
): string[] {
  return mrkdwnTextsOf(message).flatMap(({ at, text }) =>
    markupProblems(text, options).map((problem) => `${at}: ${problem}`),
  );
}

/** What a reader sees of escaped mrkdwn text: entities decoded, invisible word joiners gone. */
export function visibleText(mrkdwn: string): string {
  return mrkdwn
    .replace(/\u2060/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Text as Slack delivers what a person typed: `&`, `<` and `>` escaped. */
export function slackEscaped(typed: string): string {
  return typed.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function around(text: string, index: number): string {
  return JSON.stringify(text.slice(Math.max(0, index - 20), index + 20));
}
