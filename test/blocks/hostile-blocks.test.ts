import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultProfile } from "../../src/desk/desk-profile.js";
import { decodeButtonValue, encodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import { buildAnswerBlocks } from "../../src/render/blocks/answer-blocks-builder.js";
import type { Block } from "../../src/render/blocks/block-kit.js";
import { buildComparisonBlocks } from "../../src/render/blocks/comparison-blocks-builder.js";
import { buildHelpBlocks, buildNoDeskReply } from "../../src/render/blocks/help-blocks-builder.js";
import { buildHomeView } from "../../src/render/blocks/home-view-builder.js";
import { buildSourcesBlocks } from "../../src/render/blocks/sources-blocks-builder.js";
import { graphemes, isEmojiCluster } from "../../src/text/graphemes.js";
import { blockKitViolations, hasLoneSurrogate, SlackLimits } from "../support/block-kit-limits.js";
import { answerArbitrary, hostileArticle } from "../support/hostile-answers.js";
import { askedByArbitrary, hostileTextUpTo } from "../support/hostile-text.js";
import {
  bareBroadcasts,
  markupProblems,
  messageMarkupProblems,
  visibleText,
} from "../support/mrkdwn-safety.js";
import { expectSlackReady } from "../support/slack-ready.js";

/**
 * Every Block Kit builder, fed answers and articles whose every string is hostile: the message
 * stays within Slack's documented limits and no markup from a question or an article goes live.
 */

const RUNS = { numRuns: 200 };

const answerOptions = fc.record({
  mode: fc.constantFrom("ask" as const, "compare" as const),
  from: fc.oneof(fc.constant(0), fc.nat(30)),
  quotesPerMessage: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
  shareable: fc.boolean(),
  askedBy: askedByArbitrary,
  differences: fc.array(hostileTextUpTo(3000), { maxLength: 15 }),
});

const quoteSections = (blocks: readonly Block[]) =>
  blocks.filter((block) => block.type === "section" && block.text.text.startsWith(">"));

const buttonsOf = (blocks: readonly Block[]) =>
  blocks.flatMap((block) => (block.type === "actions" ? [...block.elements] : []));

/** The question as the answer restates it: whitespace, controls and format marks flattened. */
/** The question on one line: control and format characters gone, except inside an emoji sequence. */
const flat = (query: string) =>
  graphemes(query)
    .map((cluster) =>
      isEmojiCluster(cluster) ? cluster : cluster.replace(/[\p{Cc}\p{Cf}\s]+/gu, " "),
    )
    .join("")
    .replace(/\s+/g, " ")
    .trim();

describe("Every Block Kit builder, given hostile answers", () => {
  it("keeps an answer within Slack's limits on its first page and every More quotes page, in ask and compare mode", () => {
    fc.assert(
      fc.property(answerArbitrary, answerOptions, (answer, options) => {
        expectSlackReady(buildAnswerBlocks(answer, options), options.askedBy);
      }),
      RUNS,
    );
  });

  it("keeps a comparison within Slack's limits, shared or not", () => {
    fc.assert(
      fc.property(answerArbitrary, fc.boolean(), askedByArbitrary, (answer, shareable, askedBy) => {
        expectSlackReady(buildComparisonBlocks(answer, { shareable, askedBy }), askedBy);
      }),
      RUNS,
    );
  });

  it("restates the question as it was typed, on one line, with no bare @channel, @here or @everyone", () => {
    fc.assert(
      fc.property(answerArbitrary, fc.boolean(), (answer, compare) => {
        const message = compare ? buildComparisonBlocks(answer) : buildAnswerBlocks(answer);
        const label = compare ? "*Topic:* " : "*Question:* ";
        const line = textOfSection(message.blocks, label);
        expect(bareBroadcasts(line)).toEqual([]);
        expect(bareBroadcasts(message.text)).toEqual([]);
        const shown = visibleText(line.slice(label.length));
        const typed = flat(answer.query);
        if (shown.endsWith("…") && shown !== typed) {
          expect(typed.startsWith(shown.slice(0, -1))).toBe(true);
        } else expect(shown).toBe(typed);
      }),
      RUNS,
    );
  });

  it("gives More quotes a button that reads back as the same question, from the next quote", () => {
    fc.assert(
      fc.property(answerArbitrary, answerOptions, (answer, options) => {
        const message = buildAnswerBlocks(answer, options);
        const more = buttonsOf(message.blocks).find((b) => b.action_id === "more_quotes");
        if (!more || answer.query.trim() === "") return;
        const read = decodeButtonValue(more.value);
        expect(read?.mode).toBe(options.mode);
        expect(read?.from).toBe(options.from + quoteSections(message.blocks).length);
        expect(answer.query.startsWith(read?.question ?? "\0")).toBe(true);
        expect(hasLoneSurrogate(read?.question ?? "")).toBe(false);
      }),
      RUNS,
    );
  });
});

describe("A button's value, for any question", () => {
  it("stays within 2000 characters and reads back as the question's start, in whole characters", () => {
    const mode = fc.constantFrom("ask" as const, "compare" as const);
    fc.assert(
      fc.property(hostileTextUpTo(20_000), mode, fc.nat(), (question, m, from) => {
        const value = encodeButtonValue({ question, mode: m, from });
        expect(value.length).toBeLessThanOrEqual(SlackLimits.buttonValue);
        expect(markupProblems(value)).toEqual([]);
        const read = decodeButtonValue(value);
        if (question.trim() === "") return;
        expect(read).toMatchObject({ mode: m, from });
        expect(question.startsWith(read?.question ?? "\0")).toBe(true);
        expect(hasLoneSurrogate(read?.question ?? "")).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

/** A desk profile whose every text is hostile. */
const hostileProfile = fc
  .record({
    id: hostileTextUpTo(40),
    name: hostileTextUpTo(400),
    command: hostileTextUpTo(400),
    examples: fc.array(hostileTextUpTo(500), { maxLength: 10 }),
    isDefault: fc.boolean(),
  })
  .map((fields) => ({ ...defaultProfile(fields.id), ...fields }));

describe("The sources message and the App Home tab, given hostile articles and desks", () => {
  const articles = fc.array(hostileArticle, { maxLength: 60 });
  const desks = fc.array(fc.record({ profile: hostileProfile, articles }), { maxLength: 6 });

  it("list any articles within 50 blocks for a message and 100 for the Home tab, escaping everything", () => {
    fc.assert(
      fc.property(articles, desks, (list, listings) => {
        expectSlackReady(buildSourcesBlocks(list));
        const view = buildHomeView(listings);
        expect(blockKitViolations(view.blocks, "home")).toEqual([]);
        expect(messageMarkupProblems({ blocks: view.blocks })).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("stay within their block limits for thousands of articles and hundreds of desks", () => {
    const many = fc.sample(hostileArticle, { numRuns: 3000, seed: 7 });
    expectSlackReady(buildSourcesBlocks(many));
    const profiles = fc.sample(hostileProfile, { numRuns: 400, seed: 11 });
    const view = buildHomeView(
      profiles.map((profile, i) => ({ profile, articles: many.slice(i, i + 5) })),
    );
    expect(blockKitViolations(view.blocks, "home")).toEqual([]);
    expect(messageMarkupProblems({ blocks: view.blocks })).toEqual([]);
  });

  it("name each outlet in the sources fallback text as it is written, escaped once", () => {
    fc.assert(
      fc.property(hostileArticle, hostileTextUpTo(200), (article, outlet) => {
        const named = { ...article, metadata: { ...article.metadata, outlet } };
        const shown = visibleText(buildSourcesBlocks([named]).text);
        expect(shown).toContain(outlet.replace(/\u2060/g, ""));
      }),
      RUNS,
    );
  });
});

describe("The help message, for any desks", () => {
  it("stays within Slack's limits and lets no markup through", () => {
    fc.assert(
      fc.property(hostileProfile, fc.array(hostileProfile, { maxLength: 8 }), (asked, others) => {
        expectSlackReady(buildHelpBlocks({ asked, desks: [asked, ...others], defaultDesk: asked }));
        expectSlackReady(buildNoDeskReply(asked.command, others));
      }),
      RUNS,
    );
  });

  it("stays within 50 blocks for hundreds of desks", () => {
    const profiles = fc.sample(hostileProfile, { numRuns: 500, seed: 3 });
    expectSlackReady(buildHelpBlocks({ asked: profiles[0] ?? null, desks: profiles }));
  });
});

function textOfSection(blocks: readonly Block[], label: string): string {
  for (const block of blocks)
    if (block.type === "section" && block.text.text.startsWith(label)) return block.text.text;
  throw new Error(`no section starts with ${label}`);
}
