import { describe, expect, it } from "vitest";
import { passageAttributions } from "../src/compare/attribution.js";
import { passageNames, shortForms } from "../src/compare/names.js";
import { namingTerms } from "../src/compare/naming-terms.js";
import { onlyInFacts } from "../src/compare/only-in-facts.js";
import { articleOf } from "./support/comparison-desk.js";

/** Names typed and kept clean, and the attribution cues of news writing, on general copy. */

const names = (text: string) => passageNames(text).map((n) => [n.text, n.kind]);

describe("names", () => {
  it("never runs a name over a conjunction or from one name into the next", () => {
    expect(
      names("Shares of Apple and Microsoft fell after the storm hit Camp Verde Britain said."),
    ).not.toContainEqual(expect.arrayContaining([expect.stringMatching(/ and |Verde Britain/)]));
  });

  it("keeps a middle initial and a title's dot inside the name, and the title out of it", () => {
    const found = passageNames("The bill was signed by Gov. Mary K. Ellison on Tuesday.");
    expect(found.map((n) => n.text)).toContain("Mary K. Ellison");
    expect(found.find((n) => n.text === "Mary K. Ellison")?.kind).toBe("person");
  });

  it("types outlets and wire services as outlets and takes no name from a photo credit", () => {
    const found = names(
      "Flooding closed the bridge, Reuters reported. (Photo by Dana Whitlock/AFP via Getty Images)",
    );
    expect(found).toContainEqual(["Reuters", "outlet"]);
    expect(found.map(([text]) => text).join(" ")).not.toMatch(/Whitlock|Getty/);
  });

  it("leaves an indefinite article out of a name after a dateline", () => {
    const found = names(
      "DENVER (AP) — An Harbor Freight Lines truck overturned on Interstate 70 on Sunday.",
    );
    expect(found).toContainEqual(["Harbor Freight Lines", "organisation"]);
    expect(found.map(([text]) => text).join("|")).not.toMatch(/\bAn\b/);
  });

  it("keeps two places apart across 'for', a plural's possessive and a bare title out of names", () => {
    const found = names(
      "[...] Suddenly the ferry left Dover for Calais Harbour Terminal, and Canada's and the States' Pacific Line said the Secretary-General would speak.",
    );
    const texts = found.map(([text]) => text);
    expect(texts).toContain("Calais Harbour Terminal");
    expect(texts).toContain("Pacific Line");
    expect(texts.join("|")).not.toMatch(/Dover for|States'|Secretary-General|Suddenly/);
    expect(names("The Fund for Coastal Towns said it would help.").map(([text]) => text)).toContain(
      "Fund for Coastal Towns",
    );
  });

  it("takes no name from a role, a misread phrase at a sentence's start or a capitalised verb", () => {
    const texts = names(
      "Rota data showed delays. Lena Marsh, CEO of Northgate Water Company, said a Delayed repair crew arrived.",
    ).map(([text]) => text);
    expect(texts).toContain("Northgate Water Company");
    expect(texts.join("|")).not.toMatch(/CEO|Rota|Delayed/);
  });

  it("takes no names from a byline", () => {
    expect(passageNames("By Tomas Reyes and Ana Holt")).toEqual([]);
  });

  it("merges a full name and its short form or acronym", () => {
    const found = passageNames(
      "The National Transportation Safety Board (NTSB) opened an inquiry. Investigator Lena Marsh said the NTSB would report in May. Marsh declined to say more.",
    );
    const canonical = shortForms(found);
    expect(canonical.get("ntsb")).toBe("national transportation safety board");
    expect(canonical.get("marsh")).toBe("lena marsh");
  });

  it("lists no filler and no short form beside its full name among the naming terms", () => {
    const one = articleOf("one", [
      "The Regional Transit Authority (RTA) cut a couple routes; the RTA said buses were full.",
    ]);
    const other = articleOf("other", ["Buses ran late on Monday."]);
    const [terms] = namingTerms([one.passages, other.passages], "why were routes cut");
    expect(terms).toContain("Regional Transit Authority");
    expect(terms).not.toContain("RTA");
    expect((terms ?? []).join(" | ")).not.toMatch(/couple/);
  });

  it("does not count a name another outlet gives by its acronym as only-in", () => {
    const one = articleOf("one", ["The European Space Agency delayed the launch."]);
    const other = articleOf("other", ["ESA said the launch would slip a week."]);
    expect(onlyInFacts(one.passages, [other]).map((f) => f.text)).not.toContain(
      "European Space Agency",
    );
  });
});

describe("attribution cues of news writing", () => {
  const attributions = (text: string) =>
    passageAttributions(articleOf("x", [text]), 1).map((a) => [a.who, a.cue, a.kind, a.named]);

  it("reads the named person of an appositive, with the role before it", () => {
    const [found] = passageAttributions(
      articleOf("x", ["A spokeswoman for the utility, Rosa Delgado, said power was back."]),
      1,
    );
    expect(found).toMatchObject({ who: "Rosa Delgado", named: true, kind: "person" });
    expect(found?.role).toMatch(/spokeswoman for the utility/);
  });

  it("reads condemned, warned, tweeted and passive 'condemned by'", () => {
    expect(attributions("Mayor Ruth Okafor condemned the vandalism.")).toContainEqual([
      "Ruth Okafor",
      "condemned",
      "person",
      true,
    ]);
    expect(attributions("The closure was condemned by the teachers union.")).toContainEqual([
      "the teachers union",
      "condemned by",
      "institution",
      false,
    ]);
    expect(attributions("Forecasters warned that the river would rise.")[0]?.[1]).toBe("warned");
  });

  it("types wire services and broadcasters as outlets, by name", () => {
    expect(
      attributions("The company denied wrongdoing, the Associated Press said."),
    ).toContainEqual(["the Associated Press", "said", "outlet", true]);
    // Initials keep their full name alongside.
    expect(attributions("According to AFP, the ministry confirmed the figures.")).toContainEqual([
      "Agence France-Presse (AFP)",
      "according to",
      "outlet",
      true,
    ]);
  });
});
