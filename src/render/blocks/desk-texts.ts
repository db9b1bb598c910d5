/** What Story Desk says in Slack, as constants that listeners use and tests import. */
export const DeskTexts = Object.freeze({
  askTitle: "What the outlets say",
  compareTitle: "How the outlets compare",
  moreTitle: "More quotes",
  helpTitle: "Story Desk",
  sourcesTitle: "Articles on this desk",
  desksTitle: "Desks",
  desksHeading: "*Desks*",
  moreDesks: "…and more desks than one message can list",
  noDesks:
    "No desk is open yet: an admin adds one by putting a folder of articles in the seeds folder.",
  pickADesk: "Ask a desk with its own command, for example its command followed by help:",
  deskGone: "That desk is no longer open. Ask one of the desks listed in help.",
  eachOutlet: "*Each outlet*",
  differences: "*How the sources differ*",
  notCovered: "not covered",
  nothingFound:
    "Nothing found: no outlet on this desk covers that. Try other words, or ask for help.",
  noMoreQuotes: "No more quotes for this question.",
  noArticles: "No articles are loaded on this desk yet.",
  shareButton: "Share in channel",
  moreButton: "More quotes",
  /** A failure while answering: the user gets this, the log gets the details. */
  apology: "Sorry, something went wrong while answering. Please try again in a moment.",
  /** Told to each asker still waiting when the bot must restart after a failure. */
  restarting:
    "Sorry, Story Desk hit a problem and is restarting, so this answer will not come. Please ask again in a minute.",
  /** Slack kept refusing the answer for being sent too fast (429), even after waiting. */
  slackBusy: "Slack is busy and would not take the answer just now. Please ask again in a minute.",
  /** Share in channel where the bot is not a member. */
  cannotPostHere:
    "I can't post in this conversation. Invite me to the channel first (`/invite @storydesk`), then share again.",
  /** A button this app did not make, or from an older version. */
  staleButton: "That button has expired. Ask the question again.",
  /** A slash command that no desk answers (say, a desk that was just removed). */
  noDeskForCommand: (command: string, commands: readonly string[]) =>
    commands.length === 0
      ? `No desk answers ${command}, and no desk is open yet.`
      : `No desk answers ${command} now. The desks are: ${commands.join(", ")}.`,
});
