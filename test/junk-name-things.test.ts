import { beforeAll, describe, expect, it } from "vitest";
import {
  articleNameContext,
  deskThings,
  namedEntities,
  passageNames,
} from "../src/compare/names.js";
import { useWordNet } from "../src/newsroom/wordnet-thesaurus.js";
import { articleOf } from "./support/comparison-desk.js";

/** Each comparison name of a passage as "kind: text". */
function names(text: string): string[] {
  return passageNames(text)
    .filter((name) => !name.thing)
    .map((name) => `${name.kind}: ${name.text}`);
}

/** The comparison names of an article's every passage, read with the article's context. */
function articleNames(paragraphs: readonly string[]): string[] {
  const article = articleOf("a", paragraphs);
  const context = articleNameContext(article, article.passages);
  return namedEntities(article.passages, context).map((name) => `${name.kind}: ${name.text}`);
}

describe("no junk names: things, towns, titles and names run together", () => {
  beforeAll(() => useWordNet());

  it("lists no name a thing's noun is set beside: an asteroid, a machine, a rocket", () => {
    expect(names("The probe struck the asteroid Vorla on Monday.")).toEqual([]);
    expect(names("Tests ran on the firm's testing machine, Quillo, for years.")).toEqual([]);
    expect(names("A moonlet called Vorla circles a larger asteroid named Brastil.")).toEqual([]);
    expect(names("The craft rode a Kestrel 9 rocket into orbit.")).toEqual([]);
    // An owner's name before a plain noun stays: "the Acme vehicle".
    expect(names("The Acme vehicle crashed.")).toEqual(["organisation: Acme"]);
  });

  it("drops a thing's name wherever the article or another outlet writes it alone", () => {
    expect(articleNames(["The probe struck the asteroid Vorla.", "Vorla barely moved."])).toEqual(
      [],
    );
    const other = articleOf("b", ["Scientists watched the comet Tarrow closely."]);
    const article = articleOf("c", ["Tarrow glowed over Ashby on Tuesday."]);
    const things = deskThings([other, article]);
    const context = { ...articleNameContext(article, article.passages), things };
    expect(namedEntities(article.passages, context).map((name) => name.text)).toEqual(["Ashby"]);
  });

  it("types a planet as a place and a plural word for people as no name", () => {
    expect(names("The rock passed 7 million miles from Earth.")).toEqual(["place: Earth"]);
    expect(names("I think Earthlings can rest easier now.")).toEqual([]);
  });

  it("reads a town before a comma and its state as a place, however the town was tagged", () => {
    expect(names("The lab in Laurel, MD cheered the result.")).toEqual(["place: Laurel"]);
    expect(names("He grew up in Orrin Falls, Pa., near the river.")).toContainEqual(
      "place: Orrin Falls",
    );
    expect(names("The match in Cincinnati was stopped.")).toEqual(["place: Cincinnati"]);
  });

  it("ends a person's name before 'of' and a body, and after words of no one's", () => {
    expect(names("Mara Lind of Kestrel Holdings declined to comment.")).toEqual([
      "person: Mara Lind",
      "organisation: Kestrel Holdings",
    ]);
    expect(names("Tipped for the job is the leader of the Commons Penny Harwell.")).toEqual([
      "person: Penny Harwell",
    ]);
    // "the Chancellor of the Harbor Court of Appeals": the body without the role's "the".
    expect(names("It came after the Chancellor of the Harbor Court of Appeals ruled.")).toEqual([
      "organisation: Harbor Court of Appeals",
    ]);
  });

  it("keeps a possessive inside a body's name, and a number opening it", () => {
    expect(names("The Running Q's Foundation raised money.")).toEqual([
      "organisation: Running Q's Foundation",
    ]);
    expect(names("She met the 1950 Committee on Tuesday.")).toEqual([
      "organisation: 1950 Committee",
    ]);
  });

  it("reads a left quotation mark used as an apostrophe as a possessive", () => {
    expect(names("Fans wore Jane Doe‘s shirt.")).toEqual(["person: Jane Doe"]);
  });

  it("reads two names after a word for a kind of person as a person's", () => {
    expect(names("Many wept, including cornerback Dre’Vaun Tolliver.")).toEqual([
      "person: Dre’Vaun Tolliver",
    ]);
  });

  it("lists no form of address, role abbreviation, clock run together or phrase in capitals", () => {
    expect(names("He bowed to Her Majesty at the gate.")).toEqual([]);
    expect(names("She quit as the UK PM, aides said.")).toEqual([]);
    expect(names("It landed at 6:42 p.m. EDT(2242 GMT) on Monday.")).toEqual([]);
    expect(names("Signs read LOVE IS BIGGER THAN SPORT at the gate.")).toEqual([]);
    expect(names("The Regional Water Authority, AKA RWA, said so.")).toEqual([
      "organisation: Regional Water Authority",
      "organisation: RWA",
    ]);
  });

  it("keeps a weekday opening a programme's name, and reads a known outlet's channel as an outlet", () => {
    expect(names("It aired on Monday Night Hockey last week.")).toEqual([
      "organisation: Monday Night Hockey",
    ]);
    expect(names("It was carried on BBC World last night.")).toEqual(["outlet: BBC World"]);
    expect(names("As reporter Ana Ruiz reported for Vantage, it flew.")).toEqual([
      "person: Ana Ruiz",
      "outlet: Vantage",
    ]);
  });

  it("takes no names from a headline in title case that keeps its short words in lower case", () => {
    expect(names("Harbor Fans Came to Pray for Tomas Brandvik")).toEqual([]);
  });

  it("lists no two names joined by a hyphen as a modifier, but keeps a hyphened name", () => {
    const match = articleNames([
      "The Ashby Rovers beat Brill.",
      "The Rovers-Brill match was stopped.",
    ]);
    expect(match).toContainEqual("organisation: Brill");
    expect(match.filter((name) => name.includes("-"))).toEqual([]);
    expect(
      articleNames(["Shares of Rolls-Royce rose."]).map((name) => name.split(": ")[1]),
    ).toEqual(["Rolls-Royce"]);
  });

  it("reads a lone first name as the person the article names in full", () => {
    expect(
      articleNames(["Tomas Brandvik scored twice.", "“Our thoughts are with Tomas tonight.”"]),
    ).toContainEqual("person: Tomas Brandvik");
    const article = articleOf("a", [
      "Tomas Brandvik scored twice.",
      "“Our thoughts are with Tomas and the club.”",
    ]);
    const second = article.passages[1];
    const context = articleNameContext(article, article.passages);
    expect(second && namedEntities([second], context)).toContainEqual(
      expect.objectContaining({ text: "Tomas", kind: "person" }),
    );
  });
});

describe("no person made of two common words", () => {
  beforeAll(() => useWordNet());

  it("reads two common words the article never writes in lower case as no person's name", () => {
    expect(articleNames(["He posts on Candor Social, a site he owns."])).toContainEqual(
      "organisation: Candor Social",
    );
    expect(articleNames(["“Touchdown!” Ground Control’s Mara Lind said."])).toContainEqual(
      "organisation: Ground Control",
    );
    // A name the dictionary does not know stays a person's.
    expect(articleNames(["Fans cheered as Damar Orwin walked out."])).toContainEqual(
      "person: Damar Orwin",
    );
  });
});
