import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { answerQuestion } from "../answer/answer-question.js";
import { usageText } from "../commands/desk-command.js";
import type { StoryDesk } from "../desk/story-desk.js";
import { renderAnswerText, renderSourcesText } from "../render/answer-text.js";
import { renderComparisonText } from "../render/comparison-text.js";
import { parseConsoleLine } from "./console-line.js";

export interface ConsoleOptions {
  readonly desk: StoryDesk;
  readonly input: Readable;
  readonly output: Writable;
  /** The slash command named in help texts. */
  readonly command: string;
  /** Show a prompt (on a terminal) or not (in a pipe). */
  readonly interactive: boolean;
}

export const CONSOLE_GREETING =
  "Story Desk is running locally (no Slack credentials set). Type /iraq QUESTION, @storydesk QUESTION, a bare question, or help.";

/** The local console: reads lines until end of input and prints each answer as the bot would. */
export async function runLocalConsole(options: ConsoleOptions): Promise<void> {
  const { desk, input, output, command, interactive } = options;
  const say = (text: string) => output.write(`${text}\n`);
  say(CONSOLE_GREETING);
  say(`${desk.articles.length} articles loaded. Commands use ${command}.`);
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const prompt = () => interactive && output.write("> ");
  prompt();
  for await (const line of lines) {
    const parsed = parseConsoleLine(line);
    if (parsed.kind === "quit") break;
    if (parsed.kind !== "empty") say(`${respond(desk, parsed, command)}\n`);
    prompt();
  }
  lines.close();
}

function respond(
  desk: StoryDesk,
  line: Exclude<ReturnType<typeof parseConsoleLine>, { kind: "empty" | "quit" }>,
  command: string,
): string {
  switch (line.kind) {
    case "help":
      return usageText(command);
    case "sources":
      return renderSourcesText(desk.articles);
    case "compare":
      return renderComparisonText(answerQuestion(desk, line.topic));
    case "ask":
      return renderAnswerText(answerQuestion(desk, line.question));
  }
}
