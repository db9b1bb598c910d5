import { rm } from "node:fs/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deskQuoteChanges } from "../src/compare/quote-changes.js";
import { foldPhrase } from "../src/compare/word-forms.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";
import { askJson } from "./support/ask-json.js";
import { seedsPlusHeldOut } from "./support/comparison-desk.js";
import { REPRINT } from "./support/seeds-desk.js";

/**
 * Held-out articles (test/fixtures/held-out, never in seeds/): a wire report written in another
 * house style, and an opinion column that quotes the Post and changes some words. Asked through
 * the public interface, the JSON of `ask --json` (computed in process: see askJson), on a copy of
 * seeds/ with both added.
 */

const WIRE = "meridian-wire-iraq-rockets";
const COLUMN = "harbor-ledger-opinion-iraq";

interface JsonAttribution {
  who: string;
  cue: string;
  named: boolean;
  role: string | null;
  anonymous: boolean;
}
interface JsonComparison {
  sources: { source: string; attributions: JsonAttribution[]; hedges: string[] }[];
  onlyIn: { source: string; facts: { text: string; paragraph: number }[] }[];
  quoteChanges: {
    source: string;
    paragraph: number;
    quoted: string;
    original: { source: string; paragraph: number; text: string };
    dropped: string[];
    added: string[];
  }[];
}

let dir: string;

async function ask(question: string): Promise<JsonComparison> {
  return ((await askJson(dir, question)) as { comparison: JsonComparison }).comparison;
}

const attributions = (c: JsonComparison, source: string) =>
  c.sources.find((s) => s.source === source)?.attributions ?? [];
const facts = (c: JsonComparison, source: string) =>
  (c.onlyIn.find((o) => o.source === source)?.facts ?? []).map((f) => f.text);

beforeAll(async () => {
  dir = await seedsPlusHeldOut();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("held out: a wire report in another house style", () => {
  it("names the coalition spokesman with his role, and has the wounded count only it reports", async () => {
    const c = await ask("how many coalition personnel were wounded at Camp Taji");
    const spokesman = attributions(c, WIRE).find((a) => a.who === "Harlan Voss");
    expect(spokesman?.named).toBe(true);
    expect(spokesman?.role).toMatch(
      /^Brigadier General, a spokesman for the international coalition$/,
    );
    expect(facts(c, WIRE)).toContain("14 coalition personnel");
  });

  it("keeps an anonymous security official unnamed, with why he is not named", async () => {
    const c = await ask("what did the Iraqi security official say about the launch site");
    const official = attributions(c, WIRE).find((a) =>
      a.who.startsWith("A senior Iraqi security official"),
    );
    expect(official).toMatchObject({ named: false, anonymous: true, cue: "said" });
    expect(official?.who).toMatch(/spoke on condition of anonymity/);
  });

  it("counts unnamed diplomats as unnamed, and the 1,200 trainers as only its own", async () => {
    const c = await ask("did the coalition hand over bases to Iraqi forces");
    expect(attributions(c, WIRE)).toContainEqual(
      expect.objectContaining({ who: "Two Western diplomats in Baghdad", named: false }),
    );
    expect(facts(c, WIRE)).toContain("about 1,200 trainers");
  });

  it("makes the reprint's 5,000 troops no longer only-in, since the wire writes 5000", async () => {
    const c = await ask("how many U.S. troops are in Iraq");
    expect(facts(c, REPRINT).some((f) => f.includes("5,000"))).toBe(false);
    expect(attributions(c, WIRE)).toContainEqual(
      expect.objectContaining({ who: "the Pentagon", cue: "according to", named: true }),
    );
  });

  it("finds the wire's own hedge on an unverified denial", async () => {
    const c = await ask("who did the coalition blame for the March 11 attack");
    expect(c.sources.find((s) => s.source === WIRE)?.hedges).toContain(
      "could not be independently verified",
    );
  });
});

describe("held out: a column that quotes the Post and changes words", () => {
  // The columnist's bio over the column ("… is a columnist for The Harbor Ledger.") is furniture, no paragraph.
  it("finds a word dropped inside the quotation marks", async () => {
    const c = await ask("will more troops be killed or wounded");
    const change = c.quoteChanges.find((q) => q.source === COLUMN);
    expect(change).toMatchObject({ paragraph: 2, dropped: ["more"], added: [] });
    expect(change?.original).toMatchObject({ source: REPRINT, paragraph: 10 });
  });

  it("finds a word swapped inside the quotation marks", async () => {
    const c = await ask("are Iraqi authorities prosecuting those responsible for rocket attacks");
    const change = c.quoteChanges.find((q) => q.source === COLUMN);
    expect(change).toMatchObject({ dropped: ["prosecute"], added: ["punish"] });
    expect(change?.original.text).toMatch(/track down and prosecute those responsible/);
  });

  it("reports no word-for-word quote, elided quote or re-punctuated quote as changed", async () => {
    const desk = await openDeskFolder(dir, () => {});
    const changed = deskQuoteChanges(desk.articles)
      .filter((q) => q.source === COLUMN)
      .map((q) => foldPhrase(q.quoted));
    expect(changed).toHaveLength(2);
    for (const verbatim of [
      "The prospect of more militia violence is already influencing the US posture in Iraq,",
      "New air defenses — including C-RAMs and Patriot missile batteries — are expected to be in place in the next week or two.",
      "This may ultimately come down to how much risk the president is willing to accept … before our presence there becomes too much of a burden.",
    ])
      expect(changed).not.toContain(foldPhrase(verbatim));
  });

  it("does not blame the reprint for the column's changes to a quote they share", async () => {
    const desk = await openDeskFolder(dir, () => {});
    expect(deskQuoteChanges(desk.articles).filter((q) => q.source === REPRINT)).toEqual([]);
  });
});
