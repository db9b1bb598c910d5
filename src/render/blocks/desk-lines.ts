import type { DeskProfile } from "../../desk/desk-profile.js";
import type { Article } from "../../ingest/article.js";
import { clip, escapeMrkdwn } from "./mrkdwn.js";

/** A desk as help and the Home tab list it: its profile, and its articles as they are now. */
export interface DeskListing {
  readonly profile: DeskProfile;
  readonly articles: readonly Article[];
}

/** Examples shown per desk in a list of desks. */
const EXAMPLES_PER_DESK = 3;

/** `` `/command` `` in mrkdwn, escaped. */
export function commandCode(command: string, rest = ""): string {
  return `\`${escapeMrkdwn(clip(rest === "" ? command : `${command} ${rest}`, 300))}\``;
}

/** `*Name* · `/command``: how a desk is named everywhere. */
export function deskTitle(profile: DeskProfile): string {
  return `*${escapeMrkdwn(clip(profile.name, 200))}* · ${commandCode(profile.command)}`;
}

/** The desk's example questions as commands to copy, or null when it has none. */
export function deskExamples(profile: DeskProfile): string | null {
  const examples = profile.examples
    .slice(0, EXAMPLES_PER_DESK)
    .map((example) => commandCode(profile.command, clip(example, 200)));
  return examples.length === 0 ? null : `e.g. ${examples.join(", ")}`;
}

/** The newest publication date among the articles (ISO dates sort as text), or null. */
export function newestDate(articles: readonly Article[]): string | null {
  let newest: string | null = null;
  for (const article of articles) {
    const published = article.metadata.published;
    if (published && (newest === null || published > newest)) newest = published;
  }
  return newest;
}

/** One desk for help: its name, command and examples. */
export function deskHelpLine(profile: DeskProfile): string {
  const examples = deskExamples(profile);
  return `• ${deskTitle(profile)}${examples ? ` — ${examples}` : ""}`;
}

/** One desk for the Home tab: name, command, how many articles, the newest one's date, examples. */
export function deskHomeText(desk: DeskListing): string {
  const count = desk.articles.length;
  const newest = newestDate(desk.articles);
  const facts = [
    deskTitle(desk.profile),
    `${count} ${count === 1 ? "article" : "articles"}`,
    ...(count > 0 ? [newest ? `newest ${escapeMrkdwn(newest)}` : "undated"] : []),
  ];
  const examples = deskExamples(desk.profile);
  return examples ? `${facts.join(" · ")}\n${examples}` : facts.join(" · ");
}
