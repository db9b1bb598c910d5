import { describe, expect, it } from "vitest";
import { articleNameContext, namedEntities, passageNames } from "../src/compare/names.js";
import { onlyInFacts } from "../src/compare/only-in-facts.js";
import { articleOf } from "./support/comparison-desk.js";

/** Runs of capitalised words that are no names: headlines, datelines, clocks, roles, initials. */

const names = (text: string) => passageNames(text).map((n) => [n.text, n.kind]);

describe("no junk names", () => {
  it("takes no names from a headline set in title case", () => {
    expect(names("Mayor Says Bridge Repairs Could 'Take Years'")).toEqual([]);
  });

  it("reads a dateline in capitals as a place, a broadcaster's as an outlet", () => {
    expect(names("PORTLAND, Maine — Snow closed the schools.")).toContainEqual([
      "PORTLAND",
      "place",
    ]);
    expect(names("CBS NEWS — Snow closed the schools.")).toContainEqual(["CBS NEWS", "outlet"]);
  });

  it("takes no name from a clock time, a lone number word, initials or a colour word", () => {
    expect(names("The polls closed at 8 p.m. EST. Few voters waited.")).toEqual([]);
    expect(names("She came with her son, T. R., and friends. Four said so. He is Black.")).toEqual(
      [],
    );
  });

  it("ends a name at a state's abbreviation and keeps words before a name out of it", () => {
    expect(
      names("He grew up in Dayton, Ohio. Former Dayton officer Lena Ruiz spoke."),
    ).toContainEqual(["Lena Ruiz", "person"]);
    expect(names("She moved to Macon, Ga. The town was quiet.")).toContainEqual(["Ga", "place"]);
  });

  it("reads a role with 'of' as no name, and the person named after it", () => {
    expect(names("The Governor of Ohio declined to comment.")).toEqual([]);
    expect(names("Secretary of Labor Ana Ruiz and Tom Hale of Ohio spoke.")).toEqual([
      ["Ana Ruiz", "person"],
      ["Tom Hale", "person"],
    ]);
  });

  it("reads a lone surname as the person the article names in full elsewhere", () => {
    const article = articleOf("a", [
      "Goalkeeper Tomas Brandvik made four saves.",
      "The award went to Brandvik after the match.",
    ]);
    const second = article.passages[1];
    const context = articleNameContext(article, article.passages);
    expect(second && namedEntities([second], context)).toContainEqual(
      expect.objectContaining({ text: "Brandvik", kind: "person" }),
    );
  });

  it("lists no score and no single one as a fact only one outlet reports", () => {
    const a = articleOf("a", ["Elsewhere, Ashford beat Brill 4-0 and one fan was hurt."]);
    const b = articleOf("b", ["The match was postponed."]);
    const facts = onlyInFacts(a.passages, [b], true).map((f) => f.text);
    expect(facts.join(" | ")).not.toMatch(/4-0|one fan/);
  });
});
