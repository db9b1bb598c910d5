import { describe, expect, it } from "vitest";
import { defaultProfile, readableDeskName } from "../src/desk/desk-profile.js";

describe("a desk with no desk.yml", () => {
  it("is named after its folder as a reader would write it", () => {
    expect(readableDeskName("harbour-strike")).toBe("Harbour strike");
    expect(readableDeskName("council_vote-2024")).toBe("Council vote 2024");
    expect(readableDeskName("flood")).toBe("Flood");
  });

  it("keeps an id with nothing readable in it as it is", () => {
    expect(readableDeskName("--")).toBe("--");
  });

  it("keeps its id and command as typed after the slash", () => {
    const profile = defaultProfile("harbour-strike");
    expect(profile).toMatchObject({
      id: "harbour-strike",
      name: "Harbour strike",
      command: "/harbour-strike",
    });
  });
});
