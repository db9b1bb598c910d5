import { describe, expect, it } from "vitest";
import { alignFigures } from "../src/compare/figures.js";
import { articleOf, figuresIn, figureSource as side } from "./support/comparison-desk.js";

/**
 * People counted where they were, aboard a craft: "six people on board", "the six crew members
 * aboard", "a ferry carrying six passengers". Outlets that count them with other nouns are set
 * side by side; what befell them, said past where they were, is still their outcome.
 */

const read = (text: string) => figuresIn(text).map((f) => [f.value, f.key]);

describe("a count of people aboard", () => {
  it("is read from 'on board', 'aboard' and a verb of carrying", () => {
    expect(read("Rescuers said six people were on board the trawler.")).toEqual([
      [6, "people|aboard"],
    ]);
    expect(read("The six crew members aboard the trawler were never found.")).toEqual([
      [6, "crew|aboard"],
    ]);
    expect(read("The ferry, carrying 48 passengers, left Port Ellin at dawn.")).toEqual([
      [48, "passenger|aboard"],
    ]);
  });

  it("is read from a number with no noun that 'on board' or 'aboard' puts on the craft", () => {
    expect(read("All 212 on board the airliner walked away unhurt.")).toEqual([
      [212, "people|aboard"],
    ]);
    expect(read("The nine aboard the launch were picked up by a trawler.")).toEqual([
      [9, "people|aboard"],
    ]);
    expect(read("The blast killed two crew members, but all 212 on board got out.")).toEqual([
      [2, "crew|killed"],
      [212, "people|aboard"],
    ]);
    expect(read("All 212 on board were killed when it came down.")).toEqual([
      [212, "people|killed"],
    ]);
  });

  it("keeps what befell them as their outcome", () => {
    expect(read("All 48 people aboard were killed.")).toEqual([[48, "people|killed"]]);
    expect(read("The ferry sank, killing all 48 people on board.")).toEqual([
      [48, "people|killed"],
    ]);
  });

  it("leaves things carried alone", () => {
    expect(read("The lorry was carrying 20 tonnes of grain.")).toEqual([[20, "ton|"]]);
  });

  it("lines up across outlets whatever noun each uses, for a question about those on board", () => {
    const figures = alignFigures(
      [
        side(
          articleOf("ledger", ["The trawler Morwen, carrying six individuals, sank off Ellin."]),
        ),
        side(articleOf("courier", ["Six people were on board the Morwen when it sank off Ellin."])),
        side(
          articleOf("post", [
            "The six crew members aboard the Morwen sent a distress call off Ellin.",
          ]),
        ),
      ],
      [],
      "how many people were on board the morwen?",
    );
    expect(figures[0]).toMatchObject({ agree: true, asked: true });
    expect(figures[0]?.values.map((v) => [v.source, v.value])).toEqual([
      ["ledger", 6],
      ["courier", 6],
      ["post", 6],
    ]);
  });
});
