import { describe, expect, it } from "vitest";
import { articleAttributions } from "../src/compare/attribution.js";
import type { Attribution } from "../src/compare/comparison.js";
import { articleOf } from "./support/comparison-desk.js";

/** The person a sentence names behind a role, a title's department, a shortened title. */

function attributions(...paragraphs: string[]): Attribution[] {
  return [...articleAttributions(articleOf("story", paragraphs)).values()].flat();
}
const brief = (a: Attribution) => [a.who, a.kind, a.named, a.anonymous];

describe("the person behind a role", () => {
  it("names the person after 'the head of' a body with a name, the role kept", () => {
    const [found] = attributions(
      "The head of the Mountain Rescue Service, Ilse Brandt, said two climbers were still missing.",
    );
    expect(found).toMatchObject({
      who: "Ilse Brandt",
      kind: "person",
      named: true,
      role: "The head of the Mountain Rescue Service",
    });
  });

  it("reads 'the head of the service' alone as an official, unnamed", () => {
    const [found] = attributions("The head of the rescue service said two climbers were missing.");
    expect(found && brief(found)).toEqual([
      "The head of the rescue service",
      "official",
      false,
      false,
    ]);
  });

  it("names the person after a title with a one-word department", () => {
    const [found] = attributions("Secretary of State Olu Bamidele warned that talks could fail.");
    expect(found && brief(found)).toEqual(["Olu Bamidele", "person", true, false]);
  });

  it("reads past a shortened title's dot to the name after it", () => {
    const [found] = attributions(
      "“The wards are full,” said Dr. Nadia Farouk, who runs the clinic.",
    );
    expect(found && brief(found)).toEqual(["Nadia Farouk", "person", true, false]);
  });
});

describe("sources kept unnamed", () => {
  it("marks officials speaking on condition of anonymity as anonymous, between commas", () => {
    const [found] = attributions(
      "Officials, speaking on condition of anonymity, said the spillway had cracked last winter.",
    );
    expect(found).toMatchObject({ kind: "official", named: false, anonymous: true });
  });
});
