import { describe, expect, it } from "vitest";
import { defaultProfile } from "../../src/desk/desk-profile.js";
import { BlockLimits } from "../../src/render/blocks/block-limits.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { buildHelpBlocks, buildNoDeskReply } from "../../src/render/blocks/help-blocks-builder.js";
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

const flood = {
  ...defaultProfile("flood"),
  name: "River flood, May 2024",
  examples: ["how high did the river rise", "who ordered the evacuation"],
  isDefault: true,
};
const budget = { ...defaultProfile("budget"), name: "City budget vote", command: "/council" };

describe("the help message", () => {
  it("shows every form of the asked desk's command, with its example and a fallback text", () => {
    const message = buildHelpBlocks({ asked: flood, desks: [budget, flood], defaultDesk: flood });
    const all = textsOf(message.blocks).join("\n");
    for (const form of [
      "/flood QUESTION",
      "/flood compare TOPIC",
      "/flood sources",
      "/flood help",
      "for example */flood how high did the river rise*",
    ]) {
      expect(all).toContain(form);
    }
    // Plain mrkdwn, not a code block.
    expect(all).not.toContain("```");
    expect(message.text).toContain("/flood QUESTION");
  });

  it("lists every desk with its name, command and examples, and names the default desk", () => {
    const message = buildHelpBlocks({ asked: budget, desks: [budget, flood], defaultDesk: flood });
    const all = textsOf(message.blocks).join("\n");
    expect(all).toContain("/council QUESTION");
    expect(all).toContain("• *City budget vote* · `/council`");
    expect(all).toContain(
      "• *River flood, May 2024* · `/flood` — e.g. `/flood how high did the river rise`, `/flood who ordered the evacuation`",
    );
    expect(all).toContain("elsewhere *River flood, May 2024* answers");
  });

  it("says plainly when no desk is open", () => {
    expect(buildHelpBlocks({ asked: null, desks: [] }).text).toBe(DeskTexts.noDesks);
  });

  it("answers a command no desk answers with the desks' commands", () => {
    const reply = buildNoDeskReply("/gone", [budget, flood]);
    expect(reply.text).toBe(DeskTexts.noDeskForCommand("/gone", ["/council", "/flood"]));
    expect(reply.text).toContain("/council, /flood");
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
  it("lists each desk: name, command, articles, the newest article's date, and its examples", () => {
    const newer = makeArticle("harbor-gazette-update", { published: "2024-05-09" }, 2);
    const view = buildHomeView([
      { profile: budget, articles: [] },
      { profile: flood, articles: [...articles, newer] },
    ]);
    expect(view.type).toBe("home");
    const texts = textsOf(view.blocks).join("\n");
    expect(texts).toContain(`${DeskTexts.desksTitle} (2)`);
    expect(texts).toContain("*City budget vote* · `/council` · 0 articles");
    expect(texts).toContain(
      "*River flood, May 2024* · `/flood` · 3 articles · newest 2024-05-09\ne.g. `/flood how high did the river rise`",
    );
  });

  it("says undated when no article has a date, and no desk when there is none", () => {
    const undated = makeArticle("valley-courier-flood", { published: null }, 1);
    const texts = textsOf(buildHomeView([{ profile: flood, articles: [undated] }]).blocks);
    expect(texts.join("\n")).toContain("`/flood` · 1 article · undated");
    expect(textsOf(buildHomeView([]).blocks)).toContain(DeskTexts.noDesks);
  });

  it("stays within the 100 blocks of a Home tab for many large desks", () => {
    const many = Array.from({ length: 5000 }, (_, i) => makeArticle(`outlet-${i}`));
    const desks = Array.from({ length: 500 }, (_, i) => ({
      profile: { ...flood, id: `desk-${i}`, command: `/desk-${i}`, name: "n".repeat(180) },
      articles: many,
    }));
    const view = buildHomeView(desks);
    expect(view.blocks.length).toBeLessThanOrEqual(BlockLimits.viewBlocks);
  });
});
