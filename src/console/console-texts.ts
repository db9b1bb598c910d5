import type { NewsroomView } from "../desk/newsroom-view.js";

/** What the local console says besides answers, as constants tests import. */
export const ConsoleTexts = Object.freeze({
  greeting: (commands: readonly string[]) =>
    `Story Desk is running locally (no Slack credentials set). Type ${
      commands.length > 0
        ? commands.map((command) => `${command} QUESTION`).join(", ")
        : "a question"
    }, @storydesk QUESTION, a bare question (the default desk answers it), desks, or help.`,
  desksHeading: "Desks:",
  noDesks: "No desk is open yet: put a folder of articles in the seeds folder.",
  noDeskForCommand: (command: string, commands: readonly string[]) =>
    commands.length === 0
      ? `No desk answers ${command}, and no desk is open yet.`
      : `No desk answers ${command}. The desks are: ${commands.join(", ")}.`,
});

/** The desks, one a line: command, name, articles, and which answers bare questions. */
export function deskListText(newsroom: NewsroomView): string {
  if (newsroom.desks.length === 0) return ConsoleTexts.noDesks;
  const defaultId = newsroom.defaultDesk?.profile.id;
  const lines = newsroom.desks.map((desk) => {
    const count = desk.current.articles.length;
    const mark = desk.profile.id === defaultId ? " (default)" : "";
    return `  ${desk.profile.command}  ${desk.profile.name}: ${count} ${count === 1 ? "article" : "articles"}${mark}`;
  });
  return [ConsoleTexts.desksHeading, ...lines].join("\n");
}
