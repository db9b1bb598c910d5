import { beforeAll, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { deskQuoteChanges } from "../src/compare/quote-changes.js";
import { foldPhrase } from "../src/compare/word-forms.js";
import type { StoryDesk } from "../src/desk/story-desk.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { answerJson } from "../src/render/answer-json.js";
import { renderAnswerText } from "../src/render/answer-text.js";
import { differenceLines } from "../src/render/comparison-lines.js";
import { renderComparisonText } from "../src/render/comparison-text.js";
import { attributionsOf, factsOf, sideOf } from "./support/comparison-desk.js";
import { REPRINT, REWRITE } from "./support/seeds-desk.js";

let desk: StoryDesk;

beforeAll(async () => {
  desk = await openDeskFolder("seeds/iraq", () => {});
});

describe("comparing the seeds: changed quotes", () => {
  it("finds that the rewrite quotes the Post's opening without 'Iran-backed'", () => {
    const answer = answerQuestion(desk, "are militias becoming more audacious");
    const change = answer.comparison.quoteChanges.find(
      (c) => c.source === REWRITE && c.quoted.startsWith("Militias are becoming more audacious"),
    );
    expect(change?.original).toMatchObject({ source: REPRINT, paragraph: 1 });
    expect(change?.original.text).toMatch(/^Iran-backed militias are becoming more audacious/);
    expect(change?.dropped).toEqual(["Iran-backed"]);
    expect(change?.added).toEqual([]);
  });

  it("reports no word-for-word quote as changed", () => {
    const changes = deskQuoteChanges(desk.articles);
    for (const change of changes)
      expect(change.dropped.length + change.added.length).toBeGreaterThan(0);
    // The rewrite quotes these word for word (up to US/U.S. and quote marks).
    const verbatim = [
      "near-daily reports",
      "imminent",
      "treacherous",
      "a lot of chatter about",
      "The prospect of more militia violence is already influencing the US posture in Iraq,",
    ];
    for (const words of verbatim)
      expect(changes.map((c) => foldPhrase(c.quoted))).not.toContain(foldPhrase(words));
    expect(changes.every((c) => c.source !== REPRINT)).toBe(true);
  });
});

describe("comparing the seeds: attribution", () => {
  it("puts the Taji blame down to U.S. officials in the reprint, unnamed", () => {
    const answer = answerQuestion(desk, "who attacked Taji");
    expect(attributionsOf(answer, REPRINT)).toContainEqual(
      expect.objectContaining({ who: "U.S. officials", cue: "blamed by", named: false }),
    );
  });

  it("names Kirsten Fontenrose as a named source with her role", () => {
    const answer = answerQuestion(desk, "who is Kirsten Fontenrose");
    const fontenrose = attributionsOf(answer, REPRINT).find((a) => a.who === "Kirsten Fontenrose");
    expect(fontenrose).toMatchObject({ named: true, kind: "person", cue: "said" });
    expect(fontenrose?.role).toMatch(/^director of the Scowcroft Middle East Security Initiative/);
  });

  it("keeps the anonymity of a defense official, and resolves the next 'he said' to him", () => {
    const answer = answerQuestion(desk, "if they feel the blood debt has been paid");
    const resolved = attributionsOf(answer, REPRINT).find((a) => a.resolvedFrom === "he");
    expect(resolved?.who).toBe("a defense official, speaking on the condition of anonymity");
    expect(resolved).toMatchObject({ named: false, anonymous: true });
  });

  it("sees the rewrite attribute its opening to the Post, by name, and to unnamed officials", () => {
    const answer = answerQuestion(desk, "are militias becoming more audacious");
    const rewrite = attributionsOf(answer, REWRITE);
    expect(rewrite).toContainEqual(
      expect.objectContaining({
        who: "The Washington Post",
        cue: "reported",
        named: true,
        kind: "outlet",
      }),
    );
    expect(rewrite).toContainEqual(
      expect.objectContaining({ cue: "quoting", named: false, anonymous: true }),
    );
  });
});

describe("comparing the seeds: hedges, naming and facts only one outlet has", () => {
  it("finds the rewrite's own 'without any evidence', which the reprint does not say", () => {
    const answer = answerQuestion(desk, "are militias becoming more audacious");
    expect(sideOf(answer, REWRITE)?.hedges).toContain("without any evidence");
    expect(sideOf(answer, REWRITE)?.hedges).toContain("alleging");
    expect(sideOf(answer, REPRINT)?.hedges ?? []).not.toContain("without any evidence");
  });

  it("has the 57 rockets only in the reprint", () => {
    const answer = answerQuestion(desk, "how many rockets were fired at Camp Taji");
    expect(factsOf(answer, REPRINT)).toContain("57 rockets fired by seven quad launchers");
    expect(factsOf(answer, REWRITE).some((fact) => /\b57\b/.test(fact))).toBe(false);
  });

  it("has the 5,000 U.S. troops only in the reprint", () => {
    const answer = answerQuestion(desk, "how many U.S. troops are in Iraq");
    expect(factsOf(answer, REPRINT).some((f) => f.includes("5,000 U.S. troops"))).toBe(true);
  });

  it("does not count as only-in a number both outlets report", () => {
    const answer = answerQuestion(
      desk,
      "how many rocket attacks have there been since the US strikes",
    );
    const all = answer.comparison.onlyIn.flatMap((o) => o.facts.map((f) => f.text));
    expect(all.some((f) => /four/.test(f))).toBe(false);
  });

  it("shows how each outlet names the group blamed for Taji", () => {
    const answer = answerQuestion(desk, "who attacked Taji");
    expect(sideOf(answer, REPRINT)?.terms).toContain("Kataib Hezbollah");
    expect(sideOf(answer, REWRITE)?.terms).toContain("Popular Mobilization Units");
  });
});

describe("the comparison on every surface", () => {
  it("is in ask --json with the documented fields", () => {
    const json = answerJson(answerQuestion(desk, "who attacked Taji"));
    const side = json.comparison.sources[0];
    expect(Object.keys(side ?? {})).toEqual(
      expect.arrayContaining(["source", "attributions", "hedges", "terms"]),
    );
    expect(Object.keys(side?.attributions[0] ?? {})).toEqual(
      expect.arrayContaining(["who", "cue", "named"]),
    );
    expect(Object.keys(json.comparison)).toEqual(
      expect.arrayContaining(["sources", "onlyIn", "quoteChanges"]),
    );
    expect(Object.keys(json.comparison.onlyIn[0]?.facts[0] ?? {})).toEqual(
      expect.arrayContaining(["text", "paragraph"]),
    );
  });

  it("ends a terminal answer with how the sources differ, naming the dropped word", () => {
    const answer = answerQuestion(desk, "are militias becoming more audacious");
    const lines = differenceLines(answer.comparison);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/drops “Iran-backed”/);
    const text = renderAnswerText(answer);
    expect(text).toMatch(/How the sources differ:[\s\S]*Iran-backed/);
  });

  it("shows the comparison alone, outlet by outlet, for compare", () => {
    const text = renderComparisonText(answerQuestion(desk, "who attacked Taji"));
    expect(text).toMatch(/^Compare: who attacked Taji/);
    expect(text.replace(/\s+/g, " ")).toMatch(
      /Who they put it down to Arkansas Democrat-Gazette U\.S\. officials \(blamed by/,
    );
    expect(text).not.toMatch(/score/);
  });

  it("compares nothing, politely, when nothing answers", () => {
    const answer = answerQuestion(desk, "zzzz qqqq");
    expect(answer.comparison.sources).toEqual([]);
    expect(renderComparisonText(answer)).toMatch(/Nothing to compare/);
  });
});
