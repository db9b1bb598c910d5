/**
 * The few Block Kit shapes Story Desk sends, as plain objects (no @slack import): Bolt accepts
 * them as they are. Field names follow Slack's, so the JSON is what Slack receives.
 */
export interface MrkdwnText {
  readonly type: "mrkdwn";
  readonly text: string;
  /**
   * True: Slack shows plain text as written (a quoted "@channel" or channel name stays text),
   * while still honouring the app's own markup (links, the asker's mention).
   */
  readonly verbatim?: boolean;
}

export interface PlainText {
  readonly type: "plain_text";
  readonly text: string;
  readonly emoji?: boolean;
}

export interface HeaderBlock {
  readonly type: "header";
  readonly text: PlainText;
}

export interface SectionBlock {
  readonly type: "section";
  readonly text: MrkdwnText;
}

export interface ContextBlock {
  readonly type: "context";
  readonly elements: readonly MrkdwnText[];
}

export interface DividerBlock {
  readonly type: "divider";
}

export interface ButtonElement {
  readonly type: "button";
  readonly action_id: string;
  readonly text: PlainText;
  readonly value: string;
  readonly style?: "primary" | "danger";
}

export interface ActionsBlock {
  readonly type: "actions";
  readonly elements: readonly ButtonElement[];
}

export type Block = HeaderBlock | SectionBlock | ContextBlock | DividerBlock | ActionsBlock;

/** A message: blocks, and the plain `text` Slack shows in notifications and where blocks cannot be shown. */
export interface SlackMessage {
  readonly text: string;
  readonly blocks: readonly Block[];
}

/** The App Home tab. */
export interface HomeView {
  readonly type: "home";
  readonly blocks: readonly Block[];
}
