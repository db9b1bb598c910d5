/** What a reporter asked the bot to do, read from the text after a desk's command or `@storydesk`. */
export type DeskCommand =
  | { kind: "help" }
  | { kind: "sources" }
  | { kind: "compare"; topic: string }
  | { kind: "ask"; question: string };

/** Reads the text of a command or mention: `help`, `sources`, `compare TOPIC`, or a question. */
export function parseDeskCommand(text: string): DeskCommand {
  const trimmed = text.replace(/\s+/g, " ").trim();
  const lower = trimmed.toLowerCase();
  if (lower === "" || lower === "help" || lower === "?" || lower === "usage")
    return { kind: "help" };
  if (lower === "sources" || lower === "articles" || lower === "list") return { kind: "sources" };
  const compare = /^compare(?:\s+(.*))?$/i.exec(trimmed);
  if (compare) {
    const topic = compare[1]?.trim() ?? "";
    return topic === "" ? { kind: "help" } : { kind: "compare", topic };
  }
  return { kind: "ask", question: trimmed };
}

/** Example questions shown in help texts. */
export const EXAMPLE_QUESTIONS = Object.freeze([
  "who is blamed for the attack",
  "how many people were killed",
  "what did officials say",
]);

/**
 * How to ask one desk, by its slash command; `examples` (the desk's own, from its profile) give
 * the first line its example, and the general ones stand in when the desk has none.
 */
export function usageText(
  command: string,
  examples: readonly string[] = EXAMPLE_QUESTIONS,
): string {
  const example = examples[0];
  return [
    `Ask the desk a question and get verbatim, cited quotes from each outlet:`,
    `  ${command} QUESTION          ${example ? `e.g. ${command} ${example}` : ""}`.trimEnd(),
    `  ${command} compare TOPIC     how each outlet tells it, side by side`,
    `  ${command} sources           the articles on this desk`,
    `  ${command} help              this text`,
  ].join("\n");
}
