import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { examplesFromArticles } from "../src/desk/desk-examples.js";
import { type DeskOnDuty, deskForCommand, routeQuestion } from "../src/desk/newsroom-view.js";
import { LiveNewsroom, LiveNewsroomMessage } from "../src/newsroom/live-newsroom.js";
import { SeedsFolderError } from "../src/newsroom/load-desk.js";
import { RECALL_DESK, twoDeskNewsroom } from "./support/two-desk-newsroom.js";

let newsroom: LiveNewsroom | null = null;
afterEach(() => {
  newsroom?.close();
  newsroom = null;
});

async function eventually(check: () => boolean, ms = 15_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error("the newsroom did not change in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The desk answering `command`; fails the test when there is none. */
function deskOf(view: LiveNewsroom, command: string): DeskOnDuty {
  const desk = deskForCommand(view, command);
  if (!desk) throw new Error(`no desk answers ${command}`);
  return desk;
}

const ids = (view: LiveNewsroom) => view.desks.map((desk) => desk.profile.id);
const sourcesOf = (view: LiveNewsroom, id: string) =>
  view.desks.find((desk) => desk.profile.id === id)?.current.articles.map((a) => a.id) ?? [];

describe("a live newsroom over a seeds folder of desks", () => {
  it("serves every desk of the folder, each from its own articles and desk.yml", async () => {
    const root = twoDeskNewsroom();
    const cache = path.join(path.dirname(root), "cache");
    newsroom = await LiveNewsroom.open(root, () => {}, { cache });
    expect(ids(newsroom)).toEqual(["iraq", "recall"]);
    const iraq = deskOf(newsroom, "/iraq");
    const recall = deskOf(newsroom, "/recall");
    expect(iraq?.profile.name).toBe("Rocket attacks in Iraq, March 2020");
    expect(recall?.profile.name).toMatch(/recall/i);
    expect(newsroom.defaultDesk?.profile.id).toBe("iraq");
    expect(iraq?.folder).toBe(path.join(root, "iraq"));

    const recallSources = new Set(recall?.current.articles.map((a) => a.id));
    const answer = answerQuestion(recall.current, "how many heaters are recalled");
    expect(answer.quotes.length).toBeGreaterThan(0);
    for (const quote of answer.quotes) expect(recallSources.has(quote.source)).toBe(true);
    const seeds = answerQuestion(iraq.current, "who attacked Taji");
    expect(seeds.quotes[0]?.source).toMatch(/iraq-attacks$/);

    // Each desk keeps its own index cache.
    expect(readdirSync(path.join(cache, "iraq")).length).toBeGreaterThan(0);
    expect(readdirSync(path.join(cache, "recall")).length).toBeGreaterThan(0);
  });

  it("routes a question starting with a desk's command word to that desk", async () => {
    newsroom = await LiveNewsroom.open(twoDeskNewsroom(), () => {}, { cache: null });
    const routed = routeQuestion(newsroom, "recall who died in the fire", null);
    expect(routed.desk?.profile.id).toBe("recall");
    expect(routed.text).toBe("who died in the fire");
    expect(routeQuestion(newsroom, "who attacked", null).desk?.profile.id).toBe("iraq");
  });

  it("treats a folder with articles at its top level as one desk, as before", async () => {
    newsroom = await LiveNewsroom.open(RECALL_DESK, () => {}, { cache: null });
    expect(ids(newsroom)).toEqual(["recall"]);
    expect(newsroom.defaultDesk?.profile.command).toBe("/recall");
  });

  it("picks up a desk folder added, and drops one removed, while it runs", async () => {
    const root = twoDeskNewsroom();
    const noted: string[] = [];
    const warnings: string[] = [];
    rmSync(path.join(root, "recall"), { recursive: true });
    newsroom = (
      await LiveNewsroom.open(root, (line) => warnings.push(line), {
        cache: null,
        checkEveryMs: 100,
        note: (line) => noted.push(line),
      })
    ).watch();
    expect(ids(newsroom)).toEqual(["iraq"]);

    // A folder with no desk.yml is a desk all the same, its id and command from its name.
    const added = path.join(root, "harbour-strike");
    mkdirSync(added);
    writeFileSync(
      path.join(added, "port-wire.txt"),
      "Harbour pilots walked out over pay on Monday, the port authority said.\n",
    );
    await eventually(() => ids(newsroom as LiveNewsroom).includes("harbour-strike"));
    const harbour = deskOf(newsroom, "/harbour-strike");
    expect(harbour?.profile.name).toBe("Harbour strike");
    expect(answerQuestion(harbour.current, "why did pilots walk out").quotes[0]?.source).toBe(
      "port-wire",
    );
    expect(noted).toContain(LiveNewsroomMessage.deskAdded("harbour-strike", added));
    // The new desk follows its own folder.
    writeFileSync(path.join(added, "second.txt"), "Ferries stayed in port during the walkout.\n");
    await eventually(() => sourcesOf(newsroom as LiveNewsroom, "harbour-strike").length === 2);

    rmSync(added, { recursive: true });
    await eventually(() => !ids(newsroom as LiveNewsroom).includes("harbour-strike"));
    expect(ids(newsroom)).toEqual(["iraq"]);
    expect(noted).toContain(LiveNewsroomMessage.deskRemoved("harbour-strike", added));
    // A desk removed is not a desk whose folder went missing.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(warnings.filter((line) => line.includes(added) && /missing/.test(line))).toEqual([]);
    expect(
      answerQuestion(deskOf(newsroom, "/iraq").current, "who attacked Taji").quotes.length,
    ).toBeGreaterThan(0);
  });

  it("says a broken desk.yml once, naming it; the desk loads with its defaults and reads the file again when fixed", async () => {
    const root = twoDeskNewsroom();
    const file = path.join(root, "recall", "desk.yml");
    writeFileSync(file, "name: [unclosed\ncommand: /recall\n");
    const warnings: string[] = [];
    newsroom = await LiveNewsroom.open(root, (line) => warnings.push(line), { cache: null });
    const recall = () => newsroom?.desks.find((desk) => desk.profile.id === "recall");
    expect(recall()?.profile.name).toBe("Recall");
    expect(recall()?.current.articles.length).toBe(6);
    expect(warnings.filter((line) => line.includes(file))).toHaveLength(1);
    expect(warnings.find((line) => line.includes(file))).toMatch(/defaults/);

    await newsroom.reloadAll();
    expect(warnings.filter((line) => line.includes(file))).toHaveLength(1);

    writeFileSync(file, "name: Heater recall\nshelf: top\n");
    await newsroom.reloadAll();
    expect(recall()?.profile.name).toBe("Heater recall");
    expect(warnings.at(-1)).toContain(file);
    expect(warnings.at(-1)).toMatch(/unknown key "shelf"/);
  });

  it("reads a desk.yml changed while it runs", async () => {
    const root = twoDeskNewsroom();
    newsroom = (await LiveNewsroom.open(root, () => {}, { cache: null })).watch();
    writeFileSync(
      path.join(root, "recall", "desk.yml"),
      "name: Heater recall desk\ncommand: /heaters\ndefault: true\n",
    );
    await eventually(() => deskForCommand(newsroom as LiveNewsroom, "/heaters") !== null);
    expect(deskOf(newsroom, "/heaters").profile.name).toBe("Heater recall desk");
    expect(deskForCommand(newsroom, "/recall")).toBeNull();
    // Two desks now say default: true; the first by id stays the default.
    expect(newsroom.defaultDesk?.profile.id).toBe("iraq");
  });

  it("makes help examples from a desk's headlines when its desk.yml gives none", async () => {
    const root = twoDeskNewsroom();
    writeFileSync(path.join(root, "recall", "desk.yml"), "name: Heater recall\n");
    newsroom = await LiveNewsroom.open(root, () => {}, { cache: null });
    const recall = deskOf(newsroom, "/recall");
    const examples = recall?.profile.examples ?? [];
    expect(examples.length).toBeGreaterThan(0);
    expect(examples).toEqual(examplesFromArticles(recall.current.articles));
    // The examples are questions about what the headlines share, and the desk answers them.
    const headlineWords = recall.current.articles
      .map((a) => a.metadata.headline ?? "")
      .join(" ")
      .toLowerCase();
    for (const example of examples) {
      const subject = example.split(" ").slice(-2).join(" ").toLowerCase();
      expect(headlineWords).toContain(subject.split(" ").at(-1));
      expect(answerQuestion(recall.current, example).quotes.length).toBeGreaterThan(0);
    }
    // The seeds desk keeps the examples its desk.yml gives.
    expect(deskForCommand(newsroom, "/iraq")?.profile.examples[0]).toBe("who attacked Taji");
  });

  it("keeps serving its desks while the seeds folder is gone, and says so once", async () => {
    const root = twoDeskNewsroom();
    const warnings: string[] = [];
    newsroom = await LiveNewsroom.open(root, (line) => warnings.push(line), { cache: null });
    const moved = `${root}-away`;
    cpSync(root, moved, { recursive: true });
    rmSync(root, { recursive: true });
    await newsroom.rescan();
    await newsroom.rescan();
    expect(ids(newsroom)).toEqual(["iraq", "recall"]);
    expect(warnings.filter((line) => line === LiveNewsroomMessage.seedsGone(root))).toHaveLength(1);
    expect(existsSync(root)).toBe(false);
  });

  it("refuses a seeds folder that does not exist", async () => {
    await expect(LiveNewsroom.open("no/such/seeds", () => {}, { cache: null })).rejects.toThrow(
      SeedsFolderError,
    );
  });
});
