import { describe, expect, it } from "vitest";
import { agencyReportsOpening } from "../src/ingest/copy-credits.js";

describe("a first paragraph closing on a known agency that reports it carries that agency's copy", () => {
  it("an agency named with 'News Agency' after it is the copy's origin", () => {
    expect(
      agencyReportsOpening(
        "OSTRAVA, MAY 2, HARBORPRESS. Ferry fares on the island line rose by a tenth on Monday, Kyodo News Agency reports.",
      ),
    ).toBe("Kyodo News");
  });

  it("an agency's short name is the copy's origin, written as the directory writes it", () => {
    expect(
      agencyReportsOpening(
        "Ferry fares on the island line rose by a tenth on Monday, Reuters reports.",
      ),
    ).toBe("Reuters");
  });

  it("a teller the directory does not know as an agency is no origin", () => {
    expect(
      agencyReportsOpening(
        "Ferry fares on the island line rose by a tenth, the Harbor Gazette reports.",
      ),
    ).toBeNull();
  });

  it("an agency that reported in the past tense is a source the story cites, not its origin", () => {
    expect(
      agencyReportsOpening(
        "Ferry fares on the island line rose by a tenth on Monday, Reuters reported.",
      ),
    ).toBeNull();
  });
});
