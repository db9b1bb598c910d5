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
  differButton: "How they differ",
  rightButton: "Right",
  wrongButton: "Wrong",
  otherOutlets: "*Other outlets*",
  notCoveredBy: "Not covered by",
  differTitle: "How they differ",
  topicLabel: "Question",
  questionLabel: "Question",
  closeButton: "Close",
  cancelButton: "Cancel",
  sendButton: "Send",
  wrongTitle: "What was wrong?",
  wrongWhatLabel: "What was wrong with this answer?",
  wrongWhatPlaceholder: "Pick one",
  wrongNoteLabel: "A note for the desk's editors (optional)",
  wrongQuoteOption: (outlet: string) => `The quote from ${outlet} was wrong`,
  missedOption: (outlet: string) => `${outlet} was missed`,
  otherOption: "Something else",
  previewTitle: "Add this article?",
  outletLabel: "Outlet",
  headlineLabel: "Headline",
  dateLabel: "Date",
  bylineLabel: "Byline",
  notFound: "_not found_",
  firstParagraph: "*First paragraph*",
  passageCounts: (paragraphs: number, captions: number) =>
    `${paragraphs} ${paragraphs === 1 ? "paragraph" : "paragraphs"}, ${captions} ${captions === 1 ? "caption" : "captions"}`,
  removedLabel: (count: number) =>
    `Left out as page furniture or details (${count} ${count === 1 ? "line" : "lines"})`,
  addButton: "Add",
  addToDesk: (name: string) => `Add to ${name}`,
  onlyEditors:
    "Only the desk's editors can add articles. Ask one of them, or an admin, to add you to the desk's editors.",
  notAPage:
    "I can add a text, Markdown or HTML file (at most 2 MiB), or a message holding a pasted page, to a desk.",
  cannotRead: (reason: string) => `I could not read that page: ${reason}.`,
  cannotDownload: "I could not download that file from Slack. Please try again.",
  draftGone: "That preview has expired. Send the page again.",
  notYourDraft: "Only the editor who sent this page can add it.",
  deskTakesNoFiles: "That desk has no folder to add articles to; ask an admin.",
  cancelled: "Cancelled: nothing was added.",
  added: (file: string, desk: string) =>
    `Added to *${desk}* as \`${file}\`. I will tell you when it can be searched.`,
  searchable: (desk: string, command: string) =>
    `The article is now searchable on *${desk}*: ask \`${command} QUESTION\`.`,
  notYetSearchable: (desk: string) =>
    `The article was written to *${desk}*'s folder, but the desk has not taken it in yet; check the bot's warnings.`,
  addFailed: "Sorry, the article could not be written to the desk's folder. Nothing was added.",
  feedbackNotKept: "Sorry, your verdict could not be saved just now. Please try again later.",
  outletNotCovering: (outlet: string) => `${outlet} does not cover this.`,
  thanksRight: "Thanks: noted that this answer was right.",
  thanksWrong: "Thanks: noted what was wrong. The desk's editors will look at it.",
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
