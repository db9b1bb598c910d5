import { PassThrough, Readable } from "node:stream";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConsoleLine } from "../src/console/console-line.js";
import { ConsoleTexts, deskListText } from "../src/console/console-texts.js";
import { respond, runLocalConsole } from "../src/console/local-console.js";
import { outletName } from "../src/ingest/article.js";
import { LiveNewsroom } from "../src/newsroom/live-newsroom.js";
import { hostileText } from "./support/hostile-text.js";
import { twoDeskNewsroom } from "./support/two-desk-newsroom.js";

let newsroom: LiveNewsroom;
let seedsOutlets: Set<string>;
let recallOutlets: Set<string>;

beforeAll(async () => {
  newsroom = await LiveNewsroom.open(twoDeskNewsroom(), () => {}, { cache: null });
  const outlets = (id: string) =>
    new Set(
      newsroom.desks.find((desk) => desk.profile.id === id)?.current.articles.map(outletName),
    );
  seedsOutlets = outlets("iraq");
  recallOutlets = outlets("recall");
});
afterAll(() => newsroom.close());

/** Runs the console over `lines`, one run each; returns the greeting, then each line's reply. */
async function consoleReplies(...lines: string[]): Promise<string[]> {
  const greeting = `${ConsoleTexts.greeting(["/iraq", "/recall"])}\n${deskListText(newsroom)}\n`;
  const replies: string[] = [];
  for (const line of ["", ...lines]) {
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
    await runLocalConsole({
      newsroom,
      input: Readable.from([`${line}\n`]),
      output,
      interactive: false,
    });
    const text = chunks.join("");
    replies.push(line === "" ? text : text.slice(greeting.length).trim());
  }
  return replies;
}

/** The outlets of a desk an answer's text quotes (each quote names its outlet). */
const citedFrom = (reply: string, outlets: Set<string>) =>
  [...outlets].filter((outlet) => reply.includes(`${outlet}, "`));

describe("the local console over a newsroom of two desks", () => {
  it("greets with every desk's command, and lists the desks for `desks`", async () => {
    const [greeting, desks] = await consoleReplies("desks");
    expect(greeting).toContain(ConsoleTexts.greeting(["/iraq", "/recall"]));
    expect(greeting).not.toMatch(/Type \/iraq QUESTION, @/);
    for (const text of [greeting, desks]) {
      expect(text).toMatch(/\/iraq {2}Rocket attacks in Iraq, March 2020: 2 articles \(default\)/);
      expect(text).toMatch(/\/recall {2}.*: 6 articles/);
    }
  });

  it("routes /command QUESTION to the desk with that command", async () => {
    const [, recall, seeds] = await consoleReplies(
      "/recall how many heaters are being recalled",
      "/iraq who attacked Taji",
    );
    expect(recall).toMatch(/Question: how many heaters are being recalled/);
    expect(citedFrom(recall ?? "", recallOutlets).length).toBeGreaterThan(0);
    expect(citedFrom(recall ?? "", seedsOutlets)).toEqual([]);
    expect(citedFrom(seeds ?? "", seedsOutlets).length).toBeGreaterThan(0);
    expect(citedFrom(seeds ?? "", recallOutlets)).toEqual([]);
  });

  it("sends a bare question to the default desk, and a mention by its command word", async () => {
    const [, bare, mention] = await consoleReplies(
      "how many heaters are being recalled",
      "@storydesk recall how many heaters are being recalled",
    );
    expect(citedFrom(bare ?? "", recallOutlets)).toEqual([]);
    expect(citedFrom(mention ?? "", recallOutlets).length).toBeGreaterThan(0);
  });

  it("names the desks for a command no desk answers, and gives each desk's own help", async () => {
    const [, unknown, help] = await consoleReplies("/weather will it rain", "/recall help");
    expect(unknown).toBe(ConsoleTexts.noDeskForCommand("/weather", ["/iraq", "/recall"]));
    expect(help).toMatch(/\/recall compare TOPIC/);
    expect(help).toMatch(/e\.g\. \/recall why were the ThermaLoft heaters recalled/);
  });

  it("answers any line typed, to whatever desk it names, without throwing", async () => {
    const openers = fc.constantFrom(
      "",
      "/",
      "/recall ",
      "/iraq ",
      "/nosuch ",
      "@storydesk ",
      "desks ",
    );
    await fc.assert(
      fc.asyncProperty(openers, hostileText, async (opener, text) => {
        const line = parseConsoleLine(`${opener}${text}`);
        if (line.kind === "empty" || line.kind === "quit") return;
        expect(typeof (await respond(newsroom, line))).toBe("string");
      }),
      { numRuns: 150 },
    );
  });
});
