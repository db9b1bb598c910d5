import { describe, expect, it } from "vitest";
import type { QuoteChange } from "../src/compare/comparison.js";
import { changedQuoteSummary } from "../src/render/comparison-aspects.js";
import { passageMark } from "../src/render/passage-mark.js";

describe("citing a passage in a comparison", () => {
  it("cites body paragraphs by ¶ and captions by their own number", () => {
    expect(passageMark("paragraph", 4)).toBe("¶4");
    expect(passageMark(undefined, 4)).toBe("¶4");
    expect(passageMark("caption", 2)).toBe("caption 2");
    const change = {
      source: "a",
      outlet: "Outlet A",
      paragraph: 2,
      kind: "caption",
      quoted: "x",
      original: { source: "b", outlet: "Outlet B", paragraph: 5, kind: "paragraph", text: "x" },
      dropped: ["very"],
      added: [],
      swapped: [],
      droppedPhrases: ["very"],
      addedPhrases: [],
    } as unknown as QuoteChange;
    expect(changedQuoteSummary(change)).toMatch(/^Outlet A caption 2 quotes Outlet B ¶5: dropped/);
  });
});
