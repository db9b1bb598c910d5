import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDeskCommand } from "../../src/commands/desk-command.js";
import { openDesk, type StoryDesk } from "../../src/desk/story-desk.js";
import { openDeskFolder } from "../../src/newsroom/open-desk-folder.js";
import { decodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import type { Block, SlackMessage } from "../../src/render/blocks/block-kit.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { NOTHING_TO_COMPARE } from "../../src/render/comparison-text.js";
import { answerReply, deskReply } from "../../src/slack/desk-reply.js";
import { questionFromMessage, unescapeSlackText } from "../../src/slack/incoming-text.js";
import { textsOf } from "../support/desk-fixtures.js";
import { hostileArticle } from "../support/hostile-answers.js";
import { askedByArbitrary, hostileTextUpTo } from "../support/hostile-text.js";
import { makeArticle } from "../support/make-article.js";
import { mrkdwnTextsOf, slackEscaped, visibleText } from "../support/mrkdwn-safety.js";
import { expectSlackReady } from "../support/slack-ready.js";

/**
 * Hostile questions through the path Slack uses: text as Slack delivers it (incoming-text.ts),
 * parsed, answered and rendered by deskReply / answerReply, on the seed desk and on desks whose
 * articles are hostile. Every reply is an answer or a polite "nothing found", within Slack's limits,
 * with no live mention.
 */

let seeds: StoryDesk;
let hostileDesk: StoryDesk;
beforeAll(async () => {
  seeds = await openDeskFolder("seeds/iraq", () => {}, { cache: null });
  const nasty = "<!channel> *bold* `code` ```fence``` \u202Eevil\u202C <@U123ABC> & <#C1|x>";
  hostileDesk = openDesk([
    makeArticle("wire-one", `<!here|here> Wire & *Co* \u200F`, [
      `Rockets hit the Taji base, officials said. ${nasty}`,
      `${"Militias fired rockets at the base near Taji, a spokesman said. ".repeat(80)}`,
      `Who attacked Taji? <!everyone> ${"🚀".repeat(300)}`,
    ]),
    makeArticle("gazette-two", "<!subteam^S0123|@editors> Gazette", [
      `The rockets struck Taji, the ministry said, blaming militias. ${nasty}`,
      "> a quoted line\n```\nrm -rf /\n```",
    ]),
  ]);
});

const RUNS = { numRuns: 150 };
const options = { shareable: true };

/** An ask gives quotes or says nothing was found; a compare gives aspects or says so. */
function expectAnswerOrNothingFound(message: SlackMessage, kind: "ask" | "compare") {
  const texts = textsOf(message.blocks);
  if (kind === "ask") {
    const quoted = texts.some((text) => text.startsWith(">"));
    expect(quoted || texts.includes(DeskTexts.nothingFound)).toBe(true);
  } else {
    const compared = texts.some((text) => text.startsWith("Passages compared: "));
    expect(compared || texts.includes(NOTHING_TO_COMPARE)).toBe(true);
  }
}

const moreButton = (blocks: readonly Block[]) =>
  blocks
    .flatMap((block) => (block.type === "actions" ? [...block.elements] : []))
    .find((button) => button.action_id === "more_quotes");

/** What a person might type after `/iraq` or `@storydesk`: a question, a compare, help, sources. */
const typed = fc
  .tuple(
    fc.constantFrom("", "", "compare ", "help ", "sources", "COMPARE\n"),
    hostileTextUpTo(20_000),
  )
  .map(([lead, text]) => `${lead}${text}`);

describe("Hostile questions through the path Slack uses, on the seed desk", () => {
  it("always get an answer or a polite nothing found, within Slack's limits, with no live mention", () => {
    fc.assert(
      fc.property(typed, fc.boolean(), (text, escaped) => {
        // As Slack sends it (escaped) or as a forged request might (raw).
        const command = parseDeskCommand(unescapeSlackText(escaped ? slackEscaped(text) : text));
        const message = deskReply(seeds, command, options);
        expectSlackReady(message);
        if (command.kind === "ask" || command.kind === "compare")
          expectAnswerOrNothingFound(message, command.kind);
      }),
      RUNS,
    );
  });

  it("read a question in Slack's escaped form exactly as the person typed it", () => {
    fc.assert(
      fc.property(typed, (text) => {
        const asCommand = deskReply(
          seeds,
          parseDeskCommand(unescapeSlackText(slackEscaped(text))),
          options,
        );
        expect(asCommand).toEqual(deskReply(seeds, parseDeskCommand(text), options));
        const mention = questionFromMessage(`<@UBOT123> ${slackEscaped(text)}`, "UBOT123");
        expect(mention).toBe(text.replace(/\s+/g, " ").trim());
      }),
      { numRuns: 100 },
    );
  });

  it("echo a question that looks escaped already (&lt;, &amp;) as typed, not decoded twice", () => {
    const text = "&lt;!channel&gt; did AT&amp;T <!here> see rockets at Taji?";
    const message = deskReply(
      seeds,
      parseDeskCommand(unescapeSlackText(slackEscaped(text))),
      options,
    );
    const line = textsOf(message.blocks).find((t) => t.startsWith("*Question:* ")) ?? "";
    expect(visibleText(line)).toBe(`*Question:* ${text}`);
    expectSlackReady(message);
  });

  it("page More quotes from any offset, in ask and compare mode, shared or not", () => {
    fc.assert(
      fc.property(
        hostileTextUpTo(20_000),
        fc.constantFrom("ask" as const, "compare" as const),
        fc.nat(40),
        askedByArbitrary,
        (question, mode, from, askedBy) => {
          const message = answerReply(seeds, question, mode, { from, askedBy, shareable: true });
          expectSlackReady(message, askedBy);
        },
      ),
      RUNS,
    );
  });

  it("follow their own More quotes button until the quotes run out", () => {
    fc.assert(
      fc.property(fc.constantFrom("", "compare "), hostileTextUpTo(500), (lead, text) => {
        let message = deskReply(
          seeds,
          parseDeskCommand(`${lead}who attacked Taji ${text}`),
          options,
        );
        for (let page = 0; page < 30; page++) {
          expectSlackReady(message);
          const asked = decodeButtonValue(moreButton(message.blocks)?.value);
          if (asked === null) return;
          message = answerReply(seeds, asked.question, asked.mode, { from: asked.from });
        }
        throw new Error("More quotes never ran out");
      }),
      { numRuns: 40 },
    );
  });

  it("name the asker of a shared answer, whose mention is the only one, and never a forged id", () => {
    fc.assert(
      fc.property(hostileTextUpTo(2000), askedByArbitrary, (question, askedBy) => {
        const message = answerReply(seeds, question, "ask", { askedBy });
        expectSlackReady(message, askedBy);
        const mentions = mrkdwnTextsOf(message).flatMap(
          ({ text }) => text.match(/<@[^>]*>/g) ?? [],
        );
        if (askedBy && /^[UW][A-Z0-9]+$/.test(askedBy)) expect(mentions).toEqual([`<@${askedBy}>`]);
        else expect(mentions.every((mention) => mention === `<@${askedBy}>`)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("Hostile questions on a desk whose articles are hostile", () => {
  it("quote markup, code fences and right-to-left marks from an article as harmless text", () => {
    for (const question of ["who attacked Taji", "compare rockets Taji", "<!channel> rockets"]) {
      const message = deskReply(hostileDesk, parseDeskCommand(question), options);
      expectSlackReady(message);
      expect(JSON.stringify(message)).not.toMatch(
        /<!(channel|here|everyone|subteam)|<@U123ABC>|<#C1/,
      );
    }
    const asked = deskReply(hostileDesk, parseDeskCommand("who attacked Taji"), options);
    const quoted = textsOf(asked.blocks).filter((text) => text.startsWith(">"));
    expect(quoted.some((text) => /&lt;!(everyone|channel)&gt;/.test(text))).toBe(true);
  });

  it("always get an answer or a polite nothing found, on every page, within Slack's limits", () => {
    fc.assert(
      fc.property(typed, fc.nat(12), (text, from) => {
        const command = parseDeskCommand(unescapeSlackText(slackEscaped(text)));
        const message = deskReply(hostileDesk, command, options);
        expectSlackReady(message);
        if (command.kind !== "ask" && command.kind !== "compare") return;
        expectAnswerOrNothingFound(message, command.kind);
        const question = command.kind === "ask" ? command.question : command.topic;
        expectSlackReady(answerReply(hostileDesk, question, command.kind, { from }));
      }),
      RUNS,
    );
  });

  it("answer, compare and list sources within Slack's limits for any hostile articles", () => {
    const articles = fc.uniqueArray(hostileArticle, {
      minLength: 1,
      maxLength: 5,
      selector: (article) => article.id,
    });
    fc.assert(
      fc.property(articles, hostileTextUpTo(2000), (list, question) => {
        const desk = openDesk(list);
        // A question in an article's own words finds its passages; a hostile one may not.
        const ownWords = list[0]?.passages[0]?.text.split(/\s+/).slice(0, 8).join(" ") ?? "";
        for (const text of [question, ownWords, `compare ${ownWords}`, "sources"]) {
          expectSlackReady(deskReply(desk, parseDeskCommand(text), options));
        }
        expectSlackReady(
          answerReply(desk, ownWords, "ask", { from: 1, askedBy: "U123ABC" }),
          "U123ABC",
        );
      }),
      { numRuns: 40 },
    );
  });
});
