import { describe, expect, it } from "vitest";
import { blockKitViolations, messageViolations } from "../support/block-kit-limits.js";
import { markupProblems } from "../support/mrkdwn-safety.js";

/** The checkers the hostile tests rely on catch what they claim to: each breach, named. */

const mrkdwn = (text: string) => ({ type: "mrkdwn", text });
const plain = (text: string) => ({ type: "plain_text", text });
const button = (action_id: string, text = "Go", value = "v") => ({
  type: "button",
  action_id,
  text: plain(text),
  value,
});

describe("The Block Kit checker", () => {
  it("names every limit a message breaks, and where", () => {
    const problems = messageViolations({
      text: "x".repeat(40_001),
      blocks: [
        { type: "header", text: plain("h".repeat(151)) },
        { type: "section", text: mrkdwn("s".repeat(3001)), block_id: "b".repeat(256) },
        { type: "section", fields: Array.from({ length: 11 }, () => mrkdwn("f".repeat(2001))) },
        { type: "context", elements: Array.from({ length: 11 }, () => mrkdwn("")) },
        {
          type: "actions",
          elements: [
            button("a".repeat(256), "t".repeat(76), "v".repeat(2001)),
            ...Array.from({ length: 25 }, () => button("same")),
          ],
        },
        { type: "section", text: mrkdwn("half an emoji \uD83D") },
        { type: "image" },
      ],
    });
    for (const expected of [
      "text: 40001 characters, Slack truncates past 40000",
      "blocks[0].text.text: 151 characters, limit 150",
      "blocks[1].block_id: 256 characters, limit 255",
      "blocks[1].text.text: 3001 characters, limit 3000",
      "blocks[2].fields: 11, limit 10",
      "blocks[2].fields[0].text: 2001 characters, limit 2000",
      "blocks[3].elements: 11, limit 10",
      "blocks[3].elements[0].text: missing or empty (Slack needs at least 1 character)",
      "blocks[4].elements: 26, limit 25",
      "blocks[4].elements[0].text.text: 76 characters, limit 75",
      "blocks[4].elements[0].action_id: 256 characters, limit 255",
      "blocks[4].elements[0].value: 2001 characters, limit 2000",
      "blocks[4].elements[2].action_id: not unique in its block",
      "blocks[5].text.text: holds a lone surrogate (not valid UTF-8)",
      "blocks[6]: unchecked block type image",
    ])
      expect(problems).toContain(expected);
  });

  it("counts blocks against the surface: 50 in a message, 100 in the Home tab", () => {
    const blocks = Array.from({ length: 51 }, () => ({ type: "divider" }));
    expect(blockKitViolations(blocks, "message")).toEqual(["blocks: 51, limit 50 in a message"]);
    expect(blockKitViolations(blocks, "home")).toEqual([]);
  });
});

describe("The mrkdwn markup checker", () => {
  it("finds every live mention, broadcast and link, labelled or not", () => {
    for (const live of [
      "<!channel>",
      "<!here>",
      "<!here|here>",
      "<!everyone>",
      "<@U123ABC>",
      "<@U123ABC|someone>",
      "<#C123|general>",
      "<!subteam^S0123|@editors>",
      "<javascript:alert(1)|click>",
    ])
      expect(markupProblems(`see ${live} now`)).toEqual([`live markup ${live}`]);
  });

  it("finds a stray <, > or & but accepts escapes, block quotes, links and the asker's mention", () => {
    expect(markupProblems("a < b")).toHaveLength(1);
    expect(markupProblems("a > b")).toHaveLength(1);
    expect(markupProblems("AT&T")).toHaveLength(1);
    expect(markupProblems("<https://example.org/a|Read the article")).toHaveLength(1);
    const safe = ">quoted &lt;!channel&gt; AT&amp;T · <https://example.org/a?b=1&amp;c=2|Read>";
    expect(markupProblems(safe)).toEqual([]);
    expect(markupProblems("*<@U123ABC> asked:*", { askedBy: "U123ABC" })).toEqual([]);
    expect(markupProblems("*<@U999> asked:*", { askedBy: "U123ABC" })).toHaveLength(1);
  });
});
