import { describe, expect, it } from "vitest";
import { keptReadings } from "../src/text/kept-readings.js";

describe("a kept reading", () => {
  it("is made once per key and given back the same", () => {
    let made = 0;
    const read = keptReadings(10, (key) => {
      made += 1;
      return [key.toUpperCase()];
    });
    const first = read("crew");
    expect(read("crew")).toBe(first);
    expect(first).toEqual(["CREW"]);
    expect(made).toBe(1);
  });

  it("lets everything go past its limit and still reads right", () => {
    let made = 0;
    const read = keptReadings(2, (key) => {
      made += 1;
      return key.length;
    });
    expect([read("a"), read("bb"), read("ccc"), read("a")]).toEqual([1, 2, 3, 1]);
    expect(made).toBe(4);
  });

  it("keeps words that name an object's properties like any other", () => {
    const read = keptReadings(5, (key) => `${key}!`);
    expect(read("constructor")).toBe("constructor!");
    expect(read("__proto__")).toBe("__proto__!");
  });
});
