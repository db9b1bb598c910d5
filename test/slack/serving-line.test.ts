import { describe, expect, it } from "vitest";
import { defaultProfile } from "../../src/desk/desk-profile.js";
import { type DeskOnDuty, fixedNewsroom } from "../../src/desk/newsroom-view.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";
import { DESKS_NAMED_AT_START, servingLine } from "../../src/slack/desk-routing.js";

/** A desk on duty with `articles` articles; only their count matters to the start log. */
function deskWith(id: string, articles: number, name?: string): DeskOnDuty {
  const profile = { ...defaultProfile(id), ...(name ? { name } : {}) };
  const current = {
    articles: Array.from({ length: articles }, () => ({})),
  } as unknown as StoryDesk;
  return { profile, current };
}

describe("the start log's line on what the bot serves", () => {
  it("names each desk by its command and name, with its articles, after the totals", () => {
    const newsroom = fixedNewsroom([deskWith("vote", 3, "Council vote"), deskWith("harbour", 4)]);
    expect(servingLine(newsroom)).toBe(
      "2 desks, 7 articles: /harbour Harbour (4), /vote Council vote (3)",
    );
  });

  it("says one desk and one article in the singular", () => {
    expect(servingLine(fixedNewsroom([deskWith("ferry-strike", 1)]))).toBe(
      "1 desk, 1 article: /ferry-strike Ferry strike (1)",
    );
  });

  it("says only the totals when no desk is open", () => {
    expect(servingLine(fixedNewsroom([]))).toBe("0 desks, 0 articles");
  });

  it("names the first desks and counts the rest when there are many", () => {
    const many = Array.from({ length: DESKS_NAMED_AT_START + 3 }, (_, i) =>
      deskWith(`desk-${String(i).padStart(2, "0")}`, 2),
    );
    const line = servingLine(fixedNewsroom(many));
    expect(line.startsWith(`${many.length} desks, ${2 * many.length} articles: /desk-00 `)).toBe(
      true,
    );
    expect(line.endsWith(" and 3 more")).toBe(true);
    expect(line.split("(2)")).toHaveLength(DESKS_NAMED_AT_START + 1);
  });
});
