import { describe, expect, it } from "vitest";
import { progressLine, terminalProgress } from "../src/console/progress-bar.js";

describe("the progress bar", () => {
  it("draws the share done as a bar with a percentage and counts", () => {
    expect(progressLine("indexing passages", 30, 100)).toBe(
      `indexing passages [#########.....................]  30%  30/100`,
    );
    expect(progressLine("reading articles", 5, 5)).toMatch(/\[#{30}\] 100%/);
  });

  it("stays quiet when the output is not a terminal", () => {
    const pipe = { isTTY: false, write: () => true } as unknown as NodeJS.WriteStream;
    expect(terminalProgress(pipe)).toBeUndefined();
  });

  it("redraws in place on a terminal and ends the line when done", () => {
    const written: string[] = [];
    const tty = {
      isTTY: true,
      write: (text: string) => written.push(text) > 0,
    } as unknown as NodeJS.WriteStream;
    const report = terminalProgress(tty);
    report?.("indexing passages", 1, 2);
    report?.("indexing passages", 2, 2);
    expect(written[0]?.startsWith("\r")).toBe(true);
    expect(written[1]?.endsWith("\n")).toBe(true);
  });
});
