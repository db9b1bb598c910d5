import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/answer.js";
import { AnswerActions, decodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import { AnswerLayout, buildAnswerBlocks } from "../../src/render/blocks/answer-blocks-builder.js";
import type { Block, ButtonElement } from "../../src/render/blocks/block-kit.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { markShared, sharedLine } from "../../src/render/blocks/shared-answer.js";
import { compactQuote, cutAtSpace, sentencesOf } from "../../src/render/compact-quote.js";
import { makeAnswer, makeQuote, makeSource, textsOf } from "../support/desk-fixtures.js";
import { expectSlackReady } from "../support/slack-ready.js";

const buttonsOf = (blocks: readonly Block[]): ButtonElement[] =>
  blocks.flatMap((block) => (block.type === "actions" ? [...block.elements] : []));

/** Three made-up outlets: two cover the question, one does not; a comparison to show. */
function threeOutletAnswer(): Answer {
  const best = makeQuote({ score: 0.95 });
  const other = makeQuote({
    source: "valley-courier-flood",
    outlet: "Valley Courier",
    headline: "Flood warnings",
    published: null,
    paragraph: 5,
    score: 0.8,
    text: "Rain fell for a third day across the county. Gauges at the old mill showed the river two metres above its usual level by dawn, emergency officials said. Schools stayed shut and the ferry did not run while crews cleared debris from the approach roads.",
  });
  const base = makeAnswer(
    [best, other],
    [
      makeSource(best),
      makeSource(other),
      makeSource(null, { source: "coast-herald-flood", outlet: "Coast Herald" }),
    ],
  );
  return {
    ...base,
    asOf: { articles: 3, newest: "2024-05-02" },
    comparison: { ...base.comparison, sources: [] },
  };
}

describe("the answer's first message", () => {
  it("is nine blocks: question, best quote and citation, other outlets, not covered, three differences, as-of, buttons", () => {
    const differences = ["Line one.", "Line two.", "Line three.", "Line four.", "Line five."];
    const message = buildAnswerBlocks(threeOutletAnswer(), {
      shareable: true,
      differences,
    });
    expect(message.blocks.map((block) => block.type)).toEqual([
      "header",
      "section",
      "section",
      "context",
      "section",
      "context",
      "section",
      "context",
      "actions",
    ]);
    const texts = textsOf(message.blocks);
    expect(texts).toContain("*Question:* how high did the river rise");
    expect(texts).toContain(">The river rose two metres overnight, the mayor said.");
    expect(texts).toContain(`${DeskTexts.notCoveredBy}: Coast Herald`);
    expect(texts).toContain(`${DeskTexts.differences}\n• Line one.\n• Line two.\n• Line three.`);
    expect(
      texts.some((text) => text.startsWith("3 articles on this desk, newest 2024-05-02")),
    ).toBe(true);
    expectSlackReady(message);
  });

  it("quotes each other outlet once, in whole sentences: the one that answers, verbatim", () => {
    const message = buildAnswerBlocks(threeOutletAnswer());
    const others = textsOf(message.blocks).find((text) => text.startsWith(DeskTexts.otherOutlets));
    expect(others).toBe(
      `${DeskTexts.otherOutlets}\n• *Valley Courier*, ¶5: “Gauges at the old mill showed the river two metres above its usual level by dawn, emergency officials said.”`,
    );
  });

  it("never says undated for a page without a date", () => {
    const undated = makeQuote({ published: null });
    const message = buildAnswerBlocks(makeAnswer([undated], [makeSource(undated)]));
    expect(JSON.stringify(message)).not.toContain("undated");
  });

  it("offers Share in channel, More quotes, How they differ, Right and Wrong, each asking the same desk", () => {
    const answer = threeOutletAnswer();
    const withComparison: Answer = {
      ...answer,
      comparison: {
        ...answer.comparison,
        sources: [
          {
            source: "harbor-gazette-flood",
            outlet: "Harbor Gazette",
            paragraphs: [3],
            attributions: [],
            hedges: [],
            hedgeVoices: [],
            terms: [],
            names: [],
          },
        ],
      },
    };
    const message = buildAnswerBlocks(withComparison, {
      shareable: true,
      desk: "harbour",
    });
    const buttons = buttonsOf(message.blocks);
    expect(buttons.map((b) => b.action_id)).toEqual([
      AnswerActions.share,
      AnswerActions.moreQuotes,
      AnswerActions.howTheyDiffer,
      AnswerActions.right,
      AnswerActions.wrong,
    ]);
    for (const b of buttons) expect(decodeButtonValue(b.value)?.desk).toBe("harbour");
    const wrong = decodeButtonValue(buttons.at(-1)?.value);
    expect(wrong?.shown).toEqual(["harbor-gazette-flood#3", "valley-courier-flood#5"]);
  });

  it("after a share, the private copy says where and by whom in place of the button, keeping the others", () => {
    const message = markShared(buildAnswerBlocks(threeOutletAnswer(), { shareable: true }), {
      channel: "C0DESK",
      user: "U0REPORTER",
    });
    const ids = buttonsOf(message.blocks).map((b) => b.action_id);
    expect(ids).toEqual([AnswerActions.moreQuotes, AnswerActions.right, AnswerActions.wrong]);
    expect(JSON.stringify(message.blocks)).toContain(
      sharedLine({ channel: "C0DESK", user: "U0REPORTER" }),
    );
  });

  it("narrowed to one outlet, shows that outlet's passages, or says it does not cover it", () => {
    const answer = threeOutletAnswer();
    const valley = buildAnswerBlocks(answer, { outlets: ["valley-courier-flood"] });
    const quoted = textsOf(valley.blocks).filter((text) => text.startsWith(">"));
    expect(quoted).toHaveLength(1);
    expect(quoted[0]).toContain("Gauges at the old mill");
    const coast = buildAnswerBlocks(answer, { outlets: ["coast-herald-flood"] });
    expect(textsOf(coast.blocks)).toContain(DeskTexts.outletNotCovering("Coast Herald"));
  });
});

describe("compact quotes", () => {
  it("keep whole sentences, and know common abbreviations and initials", () => {
    expect(sentencesOf("Gen. A. Smith said so. The U.S. Navy agreed. Mr. Jones did not!")).toEqual([
      "Gen. A. Smith said so.",
      "The U.S. Navy agreed.",
      "Mr. Jones did not!",
    ]);
    expect(sentencesOf("“It is over,” she said. Then it rained.")).toEqual([
      "“It is over,” she said.",
      "Then it rained.",
    ]);
  });

  it("cut a sentence that is too long at a space, never inside a word or an emoji", () => {
    const long = `The council ${"deliberated ".repeat(40)}until dawn. Short one.`;
    const cut = compactQuote(long, "council dawn", 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toMatch(/deliberated…$/);
    const emoji = "👩‍👩‍👧‍👦".repeat(30);
    const cutEmoji = cutAtSpace(emoji, 20);
    expect(cutEmoji.endsWith("…")).toBe(true);
    expect(emoji.startsWith(cutEmoji.slice(0, -1))).toBe(true);
    expect(cutEmoji.slice(0, -1).length % "👩‍👩‍👧‍👦".length).toBe(0);
  });

  it("are the outlet's words as printed", () => {
    const passage =
      "Officials met on Monday. They said the bridge would close for repairs, starting in June. Traffic will be diverted.";
    const shown = compactQuote(passage, "when will the bridge close", 90);
    expect(passage).toContain(shown);
    expect(shown).toBe("They said the bridge would close for repairs, starting in June.");
  });

  it("fit the configured room", () => {
    expect(AnswerLayout.otherQuoteChars).toBeLessThanOrEqual(300);
  });
});
