import { describe, expect, it } from "vitest";
import { namingTerms } from "../src/compare/naming-terms.js";
import { articleOf } from "./support/comparison-desk.js";

describe("naming", () => {
  it("sets each outlet's words for the same actors side by side", () => {
    const one = articleOf("one", [
      "Government troops shelled the rebel-held town of Dara on Monday, the main opposition group said.",
    ]);
    const two = articleOf("two", [
      "The army struck terrorist-controlled positions near Dara, the Defence Ministry said.",
    ]);
    const [first, second] = namingTerms([one.passages, two.passages], "who shelled Dara");
    expect(first).toEqual(expect.arrayContaining(["rebel-held town", "Government troops"]));
    expect(second).toEqual(
      expect.arrayContaining(["terrorist-controlled positions", "Defence Ministry"]),
    );
  });

  it("leaves out wording every outlet shares", () => {
    const one = articleOf("one", ["The Harbor Bridge closed after the storm."]);
    const two = articleOf("two", ["Officials shut the Harbor Bridge after the storm."]);
    const [first, second] = namingTerms([one.passages, two.passages], "when did the bridge close");
    expect(first).not.toContain("Harbor Bridge");
    expect(second).not.toContain("Harbor Bridge");
  });
});
