import type {
  ActionsBlock,
  ButtonElement,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  SectionBlock,
} from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { clip, clipMrkdwn } from "./mrkdwn.js";

/** Small constructors that keep every part within Slack's limits. Text passed in is already mrkdwn-safe. */

export function header(text: string): HeaderBlock {
  return {
    type: "header",
    text: { type: "plain_text", text: clip(text, BlockLimits.headerText), emoji: true },
  };
}

export function section(mrkdwn: string): SectionBlock {
  return {
    type: "section",
    text: { type: "mrkdwn", text: clipMrkdwn(mrkdwn, BlockLimits.sectionText), verbatim: true },
  };
}

export function context(...mrkdwn: string[]): ContextBlock {
  return {
    type: "context",
    elements: mrkdwn.slice(0, BlockLimits.contextElements).map((text) => ({
      type: "mrkdwn",
      text: clipMrkdwn(text, BlockLimits.contextText),
      verbatim: true,
    })),
  };
}

export function divider(): DividerBlock {
  return { type: "divider" };
}

export function button(actionId: string, label: string, value: string): ButtonElement {
  if (value.length > BlockLimits.buttonValue) {
    throw new RangeError(
      `button value of ${actionId} exceeds ${BlockLimits.buttonValue} characters`,
    );
  }
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: clip(label, BlockLimits.buttonText), emoji: true },
    value,
  };
}

export function actions(...elements: ButtonElement[]): ActionsBlock {
  return { type: "actions", elements };
}
