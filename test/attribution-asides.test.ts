import { describe, expect, it } from "vitest";
import { articleAttributions } from "../src/compare/attribution.js";
import type { Attribution } from "../src/compare/comparison.js";
import { voicedHedges } from "../src/compare/hedges.js";
import { quotedSpans } from "../src/compare/quoted-words.js";
import { articleOf } from "./support/comparison-desk.js";

/**
 * What stands between a source and its cue verb without being the source or its role: a time
 * ("on Monday"), where or how it was said ("in a statement", "speaking to reporters"), and a
 * quote whose closing mark was lost before the words saying who spoke.
 */

function attributions(...paragraphs: string[]): Attribution[] {
  return [...articleAttributions(articleOf("story", paragraphs)).values()].flat();
}

describe("words between a source and its verb", () => {
  it("reads the source past a day said before the verb", () => {
    const [found] = attributions("Mayor Lena Ortiz on Tuesday said the ferry would run again.");
    expect(found).toMatchObject({ who: "Lena Ortiz", kind: "person", named: true, cue: "said" });
    const [bare] = attributions("The harbour authority Thursday confirmed the closure.");
    expect(bare).toMatchObject({ who: "The harbour authority", cue: "confirmed" });
  });

  it("takes no role from where or how it was said", () => {
    const [aside] = attributions(
      "Ortiz, in a video posted online, claimed the ferry had been sabotaged.",
    );
    expect(aside).toMatchObject({ who: "Ortiz", role: null, cue: "claimed" });
    const [speaking] = attributions("Tom Reyes, speaking to reporters, said the pier was safe.");
    expect(speaking).toMatchObject({ who: "Tom Reyes", role: null });
    const [titled] = attributions("Ana Costa, acting head of the port, said the pier was safe.");
    expect(titled).toMatchObject({ who: "Ana Costa", role: "acting head of the port" });
  });

  it("keeps a source speaking on condition of anonymity anonymous", () => {
    const [found] = attributions(
      "Two port officials, speaking on condition of anonymity, said the cranes were damaged.",
    );
    expect(found).toMatchObject({ kind: "official", named: false, anonymous: true });
  });

  it("types a name whose role is a news agency or a broadcaster as an outlet", () => {
    const [agency] = attributions("State news agency Norvik Press reported the ferry had sunk.");
    expect(agency).toMatchObject({ who: "Norvik Press", kind: "outlet" });
    const [reporter] = attributions("Jo Hale, a reporter for the paper, said the pier was shut.");
    expect(reporter).toMatchObject({ who: "Jo Hale", kind: "person" });
  });
});

describe("a quote whose closing mark was lost", () => {
  it("ends before the trailing words that say who spoke, so the speaker is read", () => {
    const text = `"The crossing will stay shut all week, harbour master Ines Wood said.`;
    const [span] = quotedSpans(text);
    expect(span?.text).toBe("The crossing will stay shut all week");
    expect(attributions(text)[0]).toMatchObject({ who: "Ines Wood", kind: "person" });
  });

  it("still runs a quote continued into the next paragraph to the end of its own", () => {
    const text = `"We have asked for divers, and we are waiting for them.`;
    expect(quotedSpans(text)[0]?.text).toBe(
      "We have asked for divers, and we are waiting for them.",
    );
  });
});

describe("text that looks like a pattern", () => {
  it("names whose words hold pattern characters neither break nor match by accident", () => {
    const hedges = voicedHedges(
      "He said (reportedly) it was not clear what came next, and it is unclear still.",
      1,
      [
        {
          who: "Ben (Benny) Ode",
          cue: "said",
          named: true,
          kind: "person",
          role: null,
          anonymous: false,
          resolvedFrom: "He (",
          paragraph: 1,
        },
      ],
    );
    expect(hedges.length).toBeGreaterThan(0);
    expect(hedges.every((hedge) => hedge.who === null || hedge.who === "Ben (Benny) Ode")).toBe(
      true,
    );
  });
});
