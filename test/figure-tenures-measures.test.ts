import { describe, expect, it } from "vitest";
import { figuresIn } from "./support/comparison-desk.js";

/**
 * A tenure's length told as the day it has reached ("on his 61st day in office") or as the time
 * since it began ("took office 60 days ago"), and a measure's compound told with a conversion in
 * brackets ("a 1,450-pound (658-kilogram) probe") or with its dimension ("a 480-foot-long rock").
 */

const read = (text: string) => figuresIn(text).map((f) => [f.value, f.key, f.text]);

describe("a tenure told other than as a length", () => {
  it("reads the day a tenure has reached as its length in days", () => {
    expect(read("Mayor Ruddle is on her 38th day in office after succeeding Tom Vane.")).toEqual([
      [38, "day|", "38th day"],
    ]);
  });

  it("reads the time since a tenure began as its length", () => {
    expect(
      read("Ms Ruddle took office 37 days ago and will be the shortest-serving mayor."),
    ).toEqual([[37, "day|", "37 days"]]);
    expect(read("The council came to power three years ago.")).toEqual([
      [3, "year|", "three years"],
    ]);
  });

  it("keeps an ordinal day of anything else, and a time since anything else, no figure", () => {
    expect(read("It was the 12th day of the strike at the Norholm plant.")).toEqual([]);
    expect(read("The strike at the Norholm plant began 12 days ago.")).toEqual([]);
  });
});

describe("a measure's compound with more said in it", () => {
  it("reads a weight past its conversion in brackets, and leaves the conversion unread", () => {
    expect(read("The 1,450-pound (658-kilogram) box-shaped probe struck the rock.")).toEqual([
      [1450, "pound|", "1,450-pound"],
    ]);
    expect(read("A 20-foot (6-metre) wall fell on the road.")).toEqual([
      [20, "wall:foot|", "20-foot (6-metre) wall"],
    ]);
  });

  it("reads a measure with its dimension as the measure of its noun", () => {
    expect(read("The probe hit the 480-foot-long rock.")).toEqual([
      [480, "rock:foot|", "480-foot-long rock"],
    ]);
    expect(read("Crews built a 30-metre-high wall.")).toEqual([
      [30, "wall:metre|", "30-metre-high wall"],
    ]);
    expect(read("Residents faced a two-year-long wait for repairs.")).toEqual([
      [2, "wait:year|", "two-year-long wait"],
    ]);
  });
});
