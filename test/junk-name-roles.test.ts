import { describe, expect, it } from "vitest";
import { passageNames } from "../src/compare/names.js";

/** Role words, datelines and sentence openers kept out of the names the comparison lists. */

const names = (text: string) => passageNames(text).map((n) => [n.text, n.kind]);

describe("names without role words, datelines or openers", () => {
  it("takes the person after a company's role words, typed a person", () => {
    expect(
      names("The deal was signed by Quillmart Chief Executive Zorvik Tamblee on Monday."),
    ).toEqual([["Zorvik Tamblee", "person"]]);
    expect(names("QUILLMART Founder Zorvik Tamblee said the shares would rise.")).toEqual([
      ["Zorvik Tamblee", "person"],
    ]);
    expect(names("Billionaire Zorvik Tamblee bought the ferry line.")).toEqual([
      ["Zorvik Tamblee", "person"],
    ]);
    expect(names("Head of Legal Tova Brinquist left the firm last week.")).toEqual([
      ["Tova Brinquist", "person"],
    ]);
  });

  it("keeps a place and a dash opening a paragraph out of the name after it", () => {
    const found = names("Ontario - Billionaire Zorvik Tamblee bought the ferry line on Friday.");
    expect(found).toContainEqual(["Zorvik Tamblee", "person"]);
    expect(found.some(([text]) => /-/.test(text ?? ""))).toBe(false);
  });

  it("reads no name in a small word before a number, a sum or a verb after a name", () => {
    expect(names("Over 30 staff left the company.")).toEqual([]);
    expect(names("Now 37, she runs the lab.")).toEqual([]);
    expect(names("Rs 500 was paid to the mill.")).toEqual([]);
    expect(names("Tamblee Tweeted that the sale was off.")).toEqual([]);
  });

  it("still reads a number that is part of a name", () => {
    expect(names("Flight 302 landed late.")).toEqual([["Flight 302", "organisation"]]);
  });

  it("reads a place listed with a place after 'in' as a place, a country's role as no name", () => {
    expect(names("The firm has offices in Marvento Vale and San Francisco.")).toEqual([
      ["Marvento Vale", "place"],
      ["San Francisco", "place"],
    ]);
    expect(names("A U.S. District Judge ruled on the claim.")).toEqual([]);
  });

  it("parts the person from a company's role even where the tagger reads the run as one body", () => {
    const found = names(
      "The sale came amid reports Tamblee fired Quillmart Chief Executive Zorvik Brannock, Chief Financial Officer Odo Vesk, a paper said.",
    );
    expect(found).toContainEqual(["Zorvik Brannock", "person"]);
    expect(found.some(([text]) => /Chief/.test(text ?? ""))).toBe(false);
    expect(names("The Quillmart Executive Committee met.")).toEqual([
      ["Quillmart Executive Committee", "organisation"],
    ]);
  });
});
