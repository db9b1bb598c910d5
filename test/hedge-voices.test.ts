import { describe, expect, it } from "vitest";
import { voicedHedges } from "../src/compare/hedges.js";

/** Hedges as news writing words them, each with whose voice it is. */

const voices = (text: string) => voicedHedges(text, 1).map((h) => [h.words, h.voice]);

describe("hedges of what is not yet known", () => {
  it("reads 'not immediately clear' and 'isn't yet clear' as the outlet's own", () => {
    expect(voices("It was not immediately clear how many tenants were inside.")).toEqual([
      ["It was not immediately clear", "outlet"],
    ]);
    expect(voices("It isn't yet clear who owned the barge.")).toEqual([
      ["It isn't yet clear", "outlet"],
    ]);
  });

  it("puts 'wasn't clear' down to the source a sentence reports", () => {
    expect(voices("It wasn't clear what started the blaze, the fire chief said.")).toEqual([
      ["It wasn't clear", "source"],
    ]);
  });
});

describe("hedges of what may have happened or may yet", () => {
  it("reads 'may have' as the outlet's, or the speaker's when a source says it", () => {
    expect(voices("The blaze may have started in a storeroom.")).toEqual([["may have", "outlet"]]);
    expect(voices("The blaze might have been set on purpose, the inspector said.")).toEqual([
      ["might have", "source"],
    ]);
  });

  it("reads a count's forecast as the voice of whoever gives it", () => {
    expect(voices("The toll could ultimately exceed 300, the governor said.")).toEqual([
      ["could ultimately exceed", "source"],
    ]);
    expect(voices("The number of missing is expected to rise as crews reach the hills.")).toEqual([
      ["is expected to rise", "outlet"],
    ]);
  });

  it("keeps 'could not be verified' the outlet's own in a reported sentence", () => {
    expect(
      voices("The video, which officials said showed the dam, could not be verified."),
    ).toEqual([["could not be verified", "outlet"]]);
  });
});

describe("hedges of what will probably happen", () => {
  it("reads 'will likely' and 'would probably' with their voice", () => {
    expect(
      voices("The order, which will likely be upheld by the court, takes effect at once."),
    ).toEqual([["will likely", "outlet"]]);
    expect(voices("The measure would probably pass, the senator said.")).toEqual([
      ["would probably", "source"],
    ]);
  });
});
