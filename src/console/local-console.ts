import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { findAnswer } from "../answer/find-answer.js";
import { type DeskCommand, parseDeskCommand, usageText } from "../commands/desk-command.js";
import {
  type DeskOnDuty,
  deskForCommand,
  type NewsroomView,
  routeQuestion,
} from "../desk/newsroom-view.js";
import { renderAnswerText, renderSourcesText } from "../render/answer-text.js";
import { renderComparisonText } from "../render/comparison-text.js";
import { type ConsoleLine, parseConsoleLine } from "./console-line.js";
import { ConsoleTexts, deskListText } from "./console-texts.js";

export interface ConsoleOptions {
  /** The desks, read afresh for every line (desks may come and go while it runs). */
  readonly newsroom: NewsroomView;
  readonly input: Readable;
  readonly output: Writable;
  /** Show a prompt (on a terminal) or not (in a pipe). */
  readonly interactive: boolean;
}

/** The local console: reads lines until end of input and prints each answer as the bot would. */
export async function runLocalConsole(options: ConsoleOptions): Promise<void> {
  const { newsroom, input, output, interactive } = options;
  const say = (text: string) => output.write(`${text}\n`);
  say(ConsoleTexts.greeting(newsroom.desks.map((desk) => desk.profile.command)));
  say(deskListText(newsroom));
  const lines = createInterface({ input, terminal: false, crlfDelay: Number.POSITIVE_INFINITY });
  const prompt = () => interactive && output.write("> ");
  prompt();
  for await (const line of lines) {
    const parsed = parseConsoleLine(line);
    if (parsed.kind === "quit") break;
    if (parsed.kind !== "empty") say(`${await respond(newsroom, parsed)}\n`);
    prompt();
  }
  lines.close();
}

/** What the console prints for one line: routed to a desk as Slack would route it. */
export async function respond(
  newsroom: NewsroomView,
  line: Exclude<ConsoleLine, { kind: "empty" | "quit" }>,
): Promise<string> {
  switch (line.kind) {
    case "desks":
      return deskListText(newsroom);
    case "command": {
      const desk = deskForCommand(newsroom, line.command);
      if (desk) return answerFrom(newsroom, desk, line.request);
      return ConsoleTexts.noDeskForCommand(
        line.command,
        newsroom.desks.map((d) => d.profile.command),
      );
    }
    case "mention": {
      const routed = routeQuestion(newsroom, line.text, null);
      return routed.desk
        ? answerFrom(newsroom, routed.desk, parseDeskCommand(routed.text))
        : ConsoleTexts.noDesks;
    }
    case "bare":
      return newsroom.defaultDesk
        ? answerFrom(newsroom, newsroom.defaultDesk, line.request)
        : ConsoleTexts.noDesks;
  }
}

/** A desk's reply to a request; questions answered where the desk keeps its candidates (see findAnswer). */
async function answerFrom(
  newsroom: NewsroomView,
  onDuty: DeskOnDuty,
  request: DeskCommand,
): Promise<string> {
  const desk = onDuty.current;
  switch (request.kind) {
    case "help": {
      const usage = usageText(onDuty.profile.command, onDuty.profile.examples);
      return newsroom.desks.length > 1 ? `${usage}\n\n${deskListText(newsroom)}` : usage;
    }
    case "sources":
      return renderSourcesText(desk.articles);
    case "compare":
      return renderComparisonText(await findAnswer(desk, request.topic));
    case "ask":
      return renderAnswerText(await findAnswer(desk, request.question));
  }
}
