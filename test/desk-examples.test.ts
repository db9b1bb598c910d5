import { describe, expect, it } from "vitest";
import { deskExamples, examplesFromArticles } from "../src/desk/desk-examples.js";
import { defaultProfile } from "../src/desk/desk-profile.js";
import { articleFromParagraphs } from "../src/ingest/article.js";

/** A small invented desk: a council vote told by three outlets. */
const councilDesk = [
  articleFromParagraphs(
    "valley-post",
    ["The city council voted 7-2 on Tuesday to close the Elm Street library branch."],
    { headline: "Council vote closes Elm Street library | Valley Post" },
  ),
  articleFromParagraphs(
    "ridge-radio",
    ["Residents packed the chamber before the council vote on the library branch."],
    { headline: "Library branch to shut after council vote" },
  ),
  articleFromParagraphs("no-headline", [
    "Marta Quill, who chairs the council, said the library budget could not stretch further.",
  ]),
];

describe("help examples made from a desk's own articles", () => {
  it("ask about the subjects most headlines share, in general question shapes", () => {
    const examples = examplesFromArticles(councilDesk);
    expect(examples).toHaveLength(3);
    expect(examples[0]).toBe("what happened with the council vote");
    for (const example of examples)
      expect(example).toMatch(/^(what happened with|who said what about|what is known about) /);
    // Common nouns come in lower case, as the articles write them; the outlet's name is left out.
    expect(examples.join(" ")).not.toMatch(/Valley Post|Council/);
  });

  it("are the desk.yml's own when it gives some", () => {
    const profile = { ...defaultProfile("council"), examples: ["who voted against the closure"] };
    expect(deskExamples(profile, councilDesk)).toEqual(["who voted against the closure"]);
    expect(deskExamples(defaultProfile("council"), councilDesk)).toEqual(
      examplesFromArticles(councilDesk),
    );
  });

  it("are none for a desk with no articles", () => {
    expect(examplesFromArticles([])).toEqual([]);
  });
});
