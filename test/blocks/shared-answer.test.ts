import { describe, expect, it } from "vitest";
import { AnswerActions } from "../../src/render/blocks/answer-actions.js";
import type { SlackMessage } from "../../src/render/blocks/block-kit.js";
import { actions, button, section } from "../../src/render/blocks/block-parts.js";
import { markShared, sharedLine } from "../../src/render/blocks/shared-answer.js";

const answer: SlackMessage = {
  text: "an answer",
  blocks: [
    section("*What the outlets say*"),
    actions(
      button(AnswerActions.share, "Share in channel", "{}"),
      button(AnswerActions.moreQuotes, "More quotes", "{}"),
    ),
  ],
};

describe("the private copy of a shared answer", () => {
  it("says who shared it where, in place of the Share button; other buttons stay", () => {
    const marked = markShared(answer, { channel: "C0DESK", user: "U0ASKER" });
    expect(marked.text).toBe(answer.text);
    expect(marked.blocks.map((block) => block.type)).toEqual(["section", "context", "actions"]);
    expect(JSON.stringify(marked.blocks[1])).toContain("Shared in <#C0DESK> by <@U0ASKER>");
    const buttons = marked.blocks[2]?.type === "actions" ? marked.blocks[2].elements : [];
    expect(buttons.map((b) => b.action_id)).toEqual([AnswerActions.moreQuotes]);
  });

  it("drops an actions block the Share button had alone, and never shows a made-up id as a mention", () => {
    const alone: SlackMessage = {
      text: "t",
      blocks: [actions(button(AnswerActions.share, "Share in channel", "{}"))],
    };
    expect(markShared(alone, { channel: "C1X", user: "U1X" }).blocks.map((b) => b.type)).toEqual([
      "context",
    ]);
    expect(sharedLine({ channel: "<!channel>", user: "U2>" })).toBe(
      "Shared in this channel by someone",
    );
  });
});
