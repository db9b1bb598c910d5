import { PassThrough, Readable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runLocalConsole } from "../src/console/local-console.js";
import { LiveNewsroom } from "../src/newsroom/live-newsroom.js";

let newsroom: LiveNewsroom;

beforeAll(async () => {
  newsroom = await LiveNewsroom.open("seeds", () => {}, { cache: null });
});

async function consoleOutput(...lines: string[]): Promise<string> {
  const output = new PassThrough();
  const chunks: string[] = [];
  output.on("data", (chunk: Buffer) => chunks.push(chunk.toString("utf8")));
  await runLocalConsole({
    newsroom,
    input: Readable.from([`${lines.join("\n")}\n`]),
    output,
    interactive: false,
  });
  return chunks.join("");
}

describe("the local console", () => {
  it("shows the comparison alone for /iraq compare TOPIC", async () => {
    const text = await consoleOutput("/iraq compare who attacked Taji");
    expect(text).toMatch(/Compare: who attacked Taji/);
    expect(text).toMatch(/Who they put it down to/);
    expect(text).toMatch(/Changed quotes/);
    expect(text).not.toMatch(/Question: /);
  });

  it("ends an ordinary answer with how the sources differ", async () => {
    const text = await consoleOutput("are militias becoming more audacious");
    expect(text).toMatch(/Question: are militias becoming more audacious/);
    expect(text.replace(/\s+/g, " ")).toMatch(/How the sources differ: • .*drops “Iran-backed”/);
  });
});
