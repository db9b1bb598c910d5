/** What a reporter asked the bot to do, read from the text after `/iraq` or `@storydesk`. */
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

export function usageText(command: string): string {
  return [
    `Ask the desk a question and get verbatim, cited quotes from each outlet:`,
    `  ${command} QUESTION          e.g. ${command} ${EXAMPLE_QUESTIONS[0]}`,
    `  ${command} compare TOPIC     how each outlet tells it, side by side`,
    `  ${command} sources           the articles on this desk`,
    `  ${command} help              this text`,
  ].join("\n");
}
