import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/answer-question.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";
import { openDeskFolder } from "../../src/newsroom/open-desk-folder.js";
import type { Block } from "../../src/render/blocks/block-kit.js";
import { BlockLimits } from "../../src/render/blocks/block-limits.js";
import { buildComparisonBlocks } from "../../src/render/blocks/comparison-blocks-builder.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { deskReply } from "../../src/slack/desk-reply.js";
import { textsOf } from "../support/desk-fixtures.js";

let desk: StoryDesk;
beforeAll(async () => {
  desk = await openDeskFolder("seeds/iraq", () => {}, { cache: null });
});

function expectWithinLimits(message: { text: string; blocks: readonly Block[] }) {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.blocks.length).toBeLessThanOrEqual(BlockLimits.messageBlocks);
  for (const block of message.blocks) {
    if (block.type === "section")
      expect(block.text.text.length).toBeLessThanOrEqual(BlockLimits.sectionText);
    if (block.type === "header")
      expect(block.text.text.length).toBeLessThanOrEqual(BlockLimits.headerText);
  }
}

describe("the comparison as Block Kit", () => {
  it("shows each aspect with the outlets side by side, and the quote one outlet changed", () => {
    const message = buildComparisonBlocks(
      answerQuestion(desk, "are militias becoming more audacious"),
      {
        shareable: true,
      },
    );
    expectWithinLimits(message);
    const all = textsOf(message.blocks).join("\n");
    expect(all).toContain(DeskTexts.compareTitle);
    for (const title of [
      "Who they put it down to",
      "Hedges and disputes",
      "How they name it",
      "Only in this outlet",
    ]) {
      expect(all).toContain(`*${title}*`);
    }
    expect(all).toMatch(/Press TV ¶2 quotes Arkansas Democrat-Gazette ¶1: dropped “Iran-backed”/);
  });

  it("says politely that there is nothing to compare when no outlet covers the topic", () => {
    const message = buildComparisonBlocks(answerQuestion(desk, "volcano eruption in Iceland"));
    expectWithinLimits(message);
    expect(textsOf(message.blocks).join("\n")).toMatch(/Nothing to compare/);
  });

  it("escapes the topic as typed, so a mention in it pings nobody", () => {
    const message = buildComparisonBlocks({
      ...answerQuestion(desk, "militias"),
      query: "<!channel> militias",
    });
    expect(JSON.stringify(message)).not.toContain("<!channel>");
  });
});

describe("replies in Slack carry the comparison", () => {
  it("ends an answer with how the sources differ", () => {
    const reply = deskReply(
      desk,
      { kind: "ask", question: "are militias becoming more audacious" },
      { shareable: true },
    );
    expect(textsOf(reply.blocks).join("\n")).toMatch(
      /\*How the sources differ\*[\s\S]*Iran-backed/,
    );
  });

  it("answers compare TOPIC with the comparison alone", () => {
    const reply = deskReply(
      desk,
      { kind: "compare", topic: "who attacked Taji" },
      { shareable: false },
    );
    const all = textsOf(reply.blocks).join("\n");
    expect(all).toContain("*Who they put it down to*");
    expect(all).toMatch(/U\.S\. officials \(blamed by; unnamed\)/);
  });
});
