/** Slack's Block Kit limits that Story Desk's messages must stay within (Slack rejects the whole message otherwise). */
export const BlockLimits = Object.freeze({
  /** Blocks in one message. */
  messageBlocks: 50,
  /** Blocks in the App Home tab or a modal. */
  viewBlocks: 100,
  /** A section's text. */
  sectionText: 3000,
  /** A header's plain text. */
  headerText: 150,
  /** Elements of one context block. */
  contextElements: 10,
  /** A context element's text (Slack's limit is 3000; keep citations short). */
  contextText: 2000,
  /** A button's label. */
  buttonText: 75,
  /** A button's value. */
  buttonValue: 2000,
  /** The fallback `text` of a message (Slack truncates beyond 40,000; keep it readable). */
  fallbackText: 3000,
});
