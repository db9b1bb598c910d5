import { describe, expect, it } from "vitest";
import {
  AnswerActions,
  decodeButtonValue,
  encodeButtonValue,
} from "../../src/render/blocks/answer-actions.js";
import { buildAnswerBlocks } from "../../src/render/blocks/answer-blocks-builder.js";
import type { Block, ButtonElement } from "../../src/render/blocks/block-kit.js";
import { BlockLimits } from "../../src/render/blocks/block-limits.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { makeAnswer, makeQuote, makeSource, textsOf } from "../support/desk-fixtures.js";

const buttonsOf = (blocks: readonly Block[]): ButtonElement[] =>
  blocks.flatMap((block) => (block.type === "actions" ? [...block.elements] : []));

const manyQuotes = (n: number, text = "The water reached the second floor.") =>
  Array.from({ length: n }, (_, i) => makeQuote({ paragraph: i + 1, text, score: 1 - i / 100 }));

/** Checks every Block Kit limit Story Desk relies on. */
function expectWithinLimits(message: { text: string; blocks: readonly Block[] }) {
  expect(message.text.length).toBeGreaterThan(0);
  expect(message.text.length).toBeLessThanOrEqual(BlockLimits.fallbackText);
  expect(message.blocks.length).toBeLessThanOrEqual(BlockLimits.messageBlocks);
  for (const block of message.blocks) {
    if (block.type === "section") expect(block.text.text.length).toBeLessThanOrEqual(3000);
    if (block.type === "header") expect(block.text.text.length).toBeLessThanOrEqual(150);
    if (block.type === "context") expect(block.elements.length).toBeLessThanOrEqual(10);
  }
  for (const button of buttonsOf(message.blocks)) {
    expect(button.text.text.length).toBeLessThanOrEqual(75);
    expect(button.value.length).toBeLessThanOrEqual(2000);
  }
}

describe("the answer as Block Kit", () => {
  it("restates the question, quotes passages verbatim in block quotes, and cites them", () => {
    const quote = makeQuote({ url: "https://example.org/flood?id=1&page=2" });
    const message = buildAnswerBlocks(makeAnswer([quote]), { shareable: true });
    const texts = textsOf(message.blocks);
    expect(texts).toContain("*Question:* how high did the river rise");
    expect(texts).toContain(">The river rose two metres overnight, the mayor said.");
    const citation = texts.find((text) => text.startsWith("*Harbor Gazette*"));
    expect(citation).toBe(
      "*Harbor Gazette* · _River breaks its banks_ · 2024-05-02 · paragraph 3 · <https://example.org/flood?id=1&amp;page=2|Read the article>",
    );
    expectWithinLimits(message);
  });

  it("says in one line which outlets do not cover the question", () => {
    const message = buildAnswerBlocks(makeAnswer([makeQuote()]));
    expect(textsOf(message.blocks)).toContain(`${DeskTexts.notCoveredBy}: Valley Courier`);
  });

  it("says nothing was found, politely, when no outlet covers the question", () => {
    const message = buildAnswerBlocks(makeAnswer([], [makeSource(null)]));
    expect(textsOf(message.blocks)).toContain(DeskTexts.nothingFound);
    expect(buttonsOf(message.blocks)).toEqual([]);
    expectWithinLimits(message);
  });

  it("escapes a question so that <!channel>, <!here> and <@U…> ping nobody, in blocks, text and buttons", () => {
    const query = "<!channel> <!here> <@U123ABC> @here did AT&T <b>flood</b>?";
    const message = buildAnswerBlocks(makeAnswer([makeQuote()], undefined, query), {
      shareable: true,
    });
    const everything = JSON.stringify(message);
    expect(everything).not.toMatch(/<!channel>|<!here>|<@U123ABC>|<b>/);
    expect(textsOf(message.blocks)).toContain(
      "*Question:* &lt;!channel&gt; &lt;!here&gt; &lt;@U123ABC&gt; @\u2060here did AT&amp;T &lt;b&gt;flood&lt;/b&gt;?",
    );
    expect(message.text).toContain("&lt;!channel&gt;");
  });

  it("escapes article text and names too: quoted markup stays text", () => {
    const quote = makeQuote({ outlet: "A & B <News>", text: "He wrote <!everyone> & <@U999>." });
    const message = buildAnswerBlocks(makeAnswer([quote]));
    const everything = JSON.stringify(message);
    expect(everything).not.toMatch(/<!everyone>|<@U999>|<News>/);
    expect(textsOf(message.blocks)).toContain(">He wrote &lt;!everyone&gt; &amp; &lt;@U999&gt;.");
  });

  it("marks every mrkdwn text verbatim, so Slack leaves a quoted plain @channel or #channel as text", () => {
    const quote = makeQuote({ text: "An aide wrote @channel and @here in #general." });
    const message = buildAnswerBlocks(makeAnswer([quote]));
    const mrkdwn = JSON.stringify(message.blocks).match(/"type":"mrkdwn"[^}]*}/g) ?? [];
    expect(mrkdwn.length).toBeGreaterThan(3);
    for (const text of mrkdwn) expect(text).toContain('"verbatim":true');
  });

  it("shows the best quote in full and keeps the rest behind More quotes, which carries the question", () => {
    const message = buildAnswerBlocks(makeAnswer(manyQuotes(5)), { shareable: true });
    const quoted = textsOf(message.blocks).filter((text) => text.startsWith(">"));
    expect(quoted).toHaveLength(1);
    const [share, more] = buttonsOf(message.blocks);
    expect(share?.action_id).toBe(AnswerActions.share);
    expect(more?.action_id).toBe(AnswerActions.moreQuotes);
    expect(decodeButtonValue(more?.value)).toEqual({
      question: "how high did the river rise",
      mode: "ask",
      from: 1,
    });
  });

  it("pages More quotes from where the last message stopped, and says when there are no more", () => {
    const answer = makeAnswer(manyQuotes(5));
    const page = buildAnswerBlocks(answer, { from: 3 });
    expect(textsOf(page.blocks).filter((text) => text.startsWith(">"))).toHaveLength(2);
    expect(textsOf(page.blocks)).toContain(DeskTexts.moreTitle);
    expect(buttonsOf(page.blocks)).toEqual([]);
    const after = buildAnswerBlocks(answer, { from: 5 });
    expect(textsOf(after.blocks)).toContain(DeskTexts.noMoreQuotes);
  });

  it("cuts a very long passage gracefully, within the section limit", () => {
    const long = makeQuote({ text: `${"word & ".repeat(1200)}end` });
    const message = buildAnswerBlocks(makeAnswer([long]));
    const quoted = textsOf(message.blocks).find((text) => text.startsWith(">")) ?? "";
    expect(quoted.length).toBeLessThanOrEqual(BlockLimits.sectionText);
    expect(quoted.endsWith("…")).toBe(true);
    expect(quoted).not.toMatch(/&[a-z]*…$/);
    expectWithinLimits(message);
  });

  it("stays within 50 blocks however many outlets the desk has", () => {
    const sources = Array.from({ length: 400 }, (_, i) =>
      makeSource(
        makeQuote({ source: `outlet-${i}`, outlet: `Outlet ${i}`, text: "x".repeat(400) }),
      ),
    );
    const message = buildAnswerBlocks(makeAnswer(manyQuotes(5), sources), {
      shareable: true,
      differences: ["One outlet names the official; the other does not."],
    });
    expectWithinLimits(message);
    expect(buttonsOf(message.blocks).map((b) => b.action_id)).toContain(AnswerActions.moreQuotes);
  });

  it("keeps a huge question out of the way: restated short, button value within 2000", () => {
    const query = `<!channel> ${"why ".repeat(2000)}`;
    const message = buildAnswerBlocks(makeAnswer(manyQuotes(5), undefined, query), {
      shareable: true,
    });
    expectWithinLimits(message);
  });

  it("appends how the sources differ when given, escaped", () => {
    const message = buildAnswerBlocks(makeAnswer([makeQuote()]), {
      differences: ["Only one outlet quotes <@U1> the mayor", "  "],
    });
    const section = textsOf(message.blocks).find((text) => text.startsWith(DeskTexts.differences));
    expect(section).toBe(
      `${DeskTexts.differences}\n• Only one outlet quotes &lt;@U1&gt; the mayor`,
    );
  });

  it("on an empty desk says nothing was found, without an empty outlet list", () => {
    const message = buildAnswerBlocks(makeAnswer([], []));
    expect(textsOf(message.blocks)).toContain(DeskTexts.nothingFound);
    expect(textsOf(message.blocks)).not.toContain(DeskTexts.eachOutlet);
  });

  it("titles a comparison as one", () => {
    const message = buildAnswerBlocks(makeAnswer([makeQuote()]), { mode: "compare" });
    expect(textsOf(message.blocks)).toContain(DeskTexts.compareTitle);
  });

  it("says who asked when an answer is shared", () => {
    const message = buildAnswerBlocks(makeAnswer([makeQuote()]), { askedBy: "U0REPORTER" });
    expect(textsOf(message.blocks)).toContain("*<@U0REPORTER> asked:* how high did the river rise");
  });
});

describe("button values", () => {
  it("round-trip a question, escaped inside the value", () => {
    const value = encodeButtonValue({ question: "<!here> a & b", mode: "compare", from: 4 });
    expect(value).not.toContain("<!here>");
    expect(decodeButtonValue(value)).toEqual({
      question: "<!here> a & b",
      mode: "compare",
      from: 4,
    });
  });

  it("fit in 2000 characters even for long questions full of characters JSON escapes", () => {
    const value = encodeButtonValue({ question: '"\\<>'.repeat(1000), mode: "ask", from: 0 });
    expect(value.length).toBeLessThanOrEqual(BlockLimits.buttonValue);
    expect(decodeButtonValue(value)?.question.startsWith('"\\<>')).toBe(true);
  });

  it("read anything this app did not write as nothing", () => {
    for (const raw of [
      undefined,
      "",
      "not json",
      "[]",
      '{"q":"","m":"ask"}',
      '{"q":"x","m":"delete"}',
    ]) {
      expect(decodeButtonValue(raw)).toBeNull();
    }
  });
});
