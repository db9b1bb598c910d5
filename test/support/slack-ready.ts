import { expect } from "vitest";
import { messageViolations } from "./block-kit-limits.js";
import { messageMarkupProblems } from "./mrkdwn-safety.js";

/**
 * Expects a message Slack would accept as it is, with no live markup but the asker's mention:
 * on failure the test prints every limit broken and every piece of markup that got through.
 */
export function expectSlackReady(
  message: { text: string; blocks: readonly unknown[] },
  askedBy?: string,
): void {
  expect(messageViolations(message)).toEqual([]);
  expect(messageMarkupProblems(message, askedBy ? { askedBy } : {})).toEqual([]);
}
