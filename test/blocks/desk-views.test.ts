import { describe, expect, it } from "vitest";
import { BlockLimits } from "../../src/render/blocks/block-limits.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { buildHelpBlocks } from "../../src/render/blocks/help-blocks-builder.js";
import { buildHomeView } from "../../src/render/blocks/home-view-builder.js";
import { buildSourcesBlocks } from "../../src/render/blocks/sources-blocks-builder.js";
import { makeArticle, textsOf } from "../support/desk-fixtures.js";

const articles = [
  makeArticle("harbor-gazette-flood", { url: "https://example.org/a" }, 12),
  makeArticle(
    "valley-courier-flood",
    { outlet: "Valley <Courier>", headline: null, published: null },
    1,
  ),
];

describe("the help message", () => {
  it("shows every form of the command, with a fallback text", () => {
    const message = buildHelpBlocks("/flood");
    const all = textsOf(message.blocks).join("\n");
    for (const form of [
      "/flood QUESTION",
      "/flood compare TOPIC",
      "/flood sources",
      "/flood help",
    ]) {
      expect(all).toContain(form);
    }
    expect(message.text).toContain("/flood QUESTION");
  });
});

describe("the sources message", () => {
  it("lists each article with outlet, headline, date, passages and link, escaped", () => {
    const texts = textsOf(buildSourcesBlocks(articles).blocks).join("\n");
    expect(texts).toContain(
      "• *Harbor Gazette* · _River breaks its banks_ · 2024-05-02 · 12 passages · <https://example.org/a|Read the article>",
    );
    expect(texts).toContain("• *Valley &lt;Courier&gt;* · undated · 1 passage");
  });

  it("says so when the desk is empty", () => {
    const message = buildSourcesBlocks([]);
    expect(message.text).toBe(DeskTexts.noArticles);
  });

  it("stays within 50 blocks for a very large desk", () => {
    const many = Array.from({ length: 2000 }, (_, i) =>
      makeArticle(`outlet-${i}`, { headline: "h".repeat(200) }),
    );
    const message = buildSourcesBlocks(many);
    expect(message.blocks.length).toBeLessThanOrEqual(BlockLimits.messageBlocks);
    for (const text of textsOf(message.blocks)) expect(text.length).toBeLessThanOrEqual(3000);
  });
});

describe("the App Home tab", () => {
  it("shows the command, example questions and the articles", () => {
    const view = buildHomeView(articles, {
      command: "/flood",
      examples: ["how high did the river rise"],
    });
    expect(view.type).toBe("home");
    const texts = textsOf(view.blocks).join("\n");
    expect(texts).toContain("`/flood QUESTION`");
    expect(texts).toContain("• `/flood how high did the river rise`");
    expect(texts).toContain(`${DeskTexts.sourcesTitle} (2)`);
    expect(texts).toContain(
      "*Harbor Gazette* · _River breaks its banks_ · 2024-05-02 · 12 passages",
    );
  });

  it("stays within the 100 blocks of a Home tab for a very large desk", () => {
    const many = Array.from({ length: 5000 }, (_, i) => makeArticle(`outlet-${i}`));
    const view = buildHomeView(many, { command: "/flood", examples: [] });
    expect(view.blocks.length).toBeLessThanOrEqual(BlockLimits.viewBlocks);
  });
});
