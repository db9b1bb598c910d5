import { beforeAll, describe, expect, it } from "vitest";
import { namedEntities, passageNames } from "../src/compare/names.js";
import { useWordNet } from "../src/newsroom/wordnet-thesaurus.js";

/** Each name of a passage as "kind: text". */
function names(text: string): string[] {
  return passageNames(text).map((name) => `${name.kind}: ${name.text}`);
}

describe("names kept whole and typed right", () => {
  beforeAll(() => useWordNet());

  it("keeps an 'and' inside a public body's name and a law firm's '&' whole", () => {
    expect(names("Regulators at the Harbour Safety and Licensing Commission fined Acme.")).toEqual([
      "organisation: Harbour Safety and Licensing Commission",
      "organisation: Acme",
    ]);
    expect(names("She hired Marlow & Pike and a partner at Tennant, Rusk & Bell.")).toEqual([
      "organisation: Marlow & Pike",
      "organisation: Tennant, Rusk & Bell",
    ]);
  });

  it("still parts two names joined by 'and'", () => {
    expect(names("Shares of Acme and Globex rose.")).toEqual([
      "organisation: Acme",
      "organisation: Globex",
    ]);
  });

  it("lists no role's field as a body: 'Minister of State for Ports and Shipping Technology'", () => {
    expect(
      names("The Minister of State for Ports and Shipping Technology, Ravi Menon, said so."),
    ).toEqual(["person: Ravi Menon"]);
  });

  it("reads a surname that is a particle, a middle initial and a saint's name as a person's", () => {
    expect(names("Witnesses included Omar Vance and Ravi Das and Ana Cruz.")).toEqual([
      "person: Omar Vance",
      "person: Ravi Das",
      "person: Ana Cruz",
    ]);
    expect(names("The order came from Judge Mara T. Quill on Monday.")).toEqual([
      "person: Mara T. Quill",
    ]);
    expect(names("The court's chancellor, Mara St. Clair Quill gave them a week.")).toEqual([
      "person: Mara St. Clair Quill",
    ]);
  });

  it("types a city and an exchange the dictionary knows: San Francisco a place, the New York Stock Exchange a body", () => {
    expect(names("Shares of Acme, based in San Francisco, rose.")).toEqual([
      "organisation: Acme",
      "place: San Francisco",
    ]);
    expect(names("Its shares left the New York Stock Exchange.")).toEqual([
      "organisation: New York Stock Exchange",
    ]);
  });

  it("drops the role before a surname and the party before a lawmaker's state", () => {
    expect(names("The board fired CEO Vance.")).toEqual(["person: Vance"]);
    expect(
      names(
        "The board removed Chief Executive Officer Lena Okafor, Chief Financial Officer Tom Reyes and others.",
      ),
    ).toEqual(["person: Lena Okafor", "person: Tom Reyes"]);
    expect(names("Representative Jo Penn, Republican of Ohio, cheered.")).toEqual([
      "person: Jo Penn",
      "place: Ohio",
    ]);
  });

  it("keeps a nickname in quotes inside the name, and lists no phrase in quotes", () => {
    expect(names("Prosecutors accused Omar “Ace” Okonkwo, the president.")).toEqual([
      "person: Omar “Ace” Okonkwo",
    ]);
    expect(names('He changed his profile to read "Chief Gull." Then he left.')).toEqual([]);
  });

  it("lists no transcript speaker label, but a dateline's place", () => {
    expect(names("KELLER: Sure, the verdict was mixed.")).toEqual([]);
    expect(names("NEW DELHI: The court fined Acme.")).toEqual([
      "place: NEW DELHI",
      "organisation: Acme",
    ]);
  });

  it("lists no name made a modifier, and types the owner before a person as a body", () => {
    expect(names("She favoured Tom Reyes-like jackets at the Portside-based firm.")).toEqual([]);
    expect(names("Investors like Blue Harbor's Chris Dunmore lost money.")).toEqual([
      "organisation: Blue Harbor",
      "person: Chris Dunmore",
    ]);
  });

  it("lists no field of a role's list ('Head of Legal, Safety and Trust Affairs'), but the person after a role", () => {
    expect(
      names("The board named Ana Cruz, Head of Legal, Safety and Trust Affairs; Tom Reyes stayed."),
    ).toEqual(["person: Ana Cruz", "person: Tom Reyes"]);
    expect(names("The Head of Sales, Tova Brin, said so.")).toEqual(["person: Tova Brin"]);
  });

  it("reads a name before 'family' as a surname", () => {
    expect(names("The fund lost money for the Okonkwo family last year.")).toEqual([
      "person: Okonkwo",
    ]);
  });

  it("types a paper named by its last word as an outlet", () => {
    expect(names("The Post and CNN reported the sale.")).toEqual(["outlet: Post", "outlet: CNN"]);
  });

  it("lists a first name alone as the person named in full, and no illness's initials", () => {
    const entities = namedEntities([
      { text: "Hosts welcomed Bobby Keller to the show.", paragraph: 1 },
      { text: "Thanks, Bobby, for coming.", paragraph: 2 },
      { text: "The clinic at Acme tests for HIV every week.", paragraph: 3 },
    ]);
    expect(entities.map((e) => `${e.kind}: ${e.text} [${e.forms.join("; ")}]`)).toEqual([
      "person: Bobby Keller [Bobby]",
      "organisation: Acme []",
    ]);
  });
});
