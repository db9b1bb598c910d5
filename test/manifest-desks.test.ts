import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DeployMessages } from "../src/manifest/deploy-manifest.js";
import { ManifestMessages as M } from "../src/manifest/manifest-messages.js";
import { fillPlaceholders, PUBLIC_URL_PLACEHOLDER } from "../src/manifest/manifest-placeholders.js";
import { NEW_COMMAND_SHAPE } from "../src/manifest/sync-commands.js";
import { SyncMessages } from "../src/manifest/sync-messages.js";
import { FakeSlackApi } from "./support/fake-slack-api.js";
import { lineOf, MANIFEST_TEXT, runCli, scratchFolder } from "./support/manifest-files.js";

/** A comment of manifest.yml inside the command that sync copies: it must survive a sync. */
const COMMAND_COMMENT = "# false: the app gets the question as the user typed it";
const HEADER_COMMENT = "# Story Desk: the Slack app manifest";

/** The repository's manifest with its one command renamed to the harbour desk's. */
const HARBOUR_MANIFEST = MANIFEST_TEXT.replace("- command: /iraq", "- command: /harbour");

/** The manifest with a second command after the first (answered by no desk unless one has it). */
function withStrayCommand(text: string, command: string, description = "An old desk"): string {
  return text.replace(
    "oauth_config:\n",
    `    - command: ${command}\n      description: ${description}\n      should_escape: false\noauth_config:\n`,
  );
}

let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let news: string;
let manifestPath: string;

/** A desk folder under news/: one article, and a desk.yml when given. */
async function writeDesk(folder: string, deskYml?: string): Promise<void> {
  const dir = join(news, folder);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "first-report.txt"), "The council met on Tuesday.\n\nIt voted.\n");
  if (deskYml !== undefined) await writeFile(join(dir, "desk.yml"), deskYml);
}

/** `npm run manifest -- …` in the scratch folder, against its news/ desks and manifest.yml. */
function manifest(argv: string[], env: Record<string, string> = {}) {
  return runCli(argv, { SEEDS_DIR: news, ...env }, { cwd: scratch.dir });
}

const commandsIn = async () =>
  (
    parse(await readFile(manifestPath, "utf8")) as {
      features: { slash_commands?: Record<string, unknown>[] };
    }
  ).features.slash_commands ?? [];

beforeEach(async () => {
  scratch = await scratchFolder();
  news = join(scratch.dir, "news");
  manifestPath = join(scratch.dir, "manifest.yml");
  await writeDesk("harbour");
  await writeDesk(
    "council",
    "name: Council vote on the bypass\ncommand: /council-vote\ndescription: Ask the council desk about the vote\n",
  );
});

afterEach(async () => {
  await scratch.remove();
});

describe("npm run manifest -- check, against the desks", () => {
  it("fails on a desk whose command the manifest lacks, naming the desk, its folder and the command", async () => {
    await writeFile(manifestPath, HARBOUR_MANIFEST);
    const run = await manifest(["check"]);
    expect(run.code).toBe(1);
    expect(run.problems).toEqual([
      `manifest.yml:${lineOf(HARBOUR_MANIFEST, "- command: /harbour")}:5: ${M.deskCommandNotDeclared("/council-vote", "council", join("news", "council"))}`,
    ]);
    expect(run.problems[0]).toContain("desk council");
    expect(run.problems[0]).toContain("/council-vote");
  });

  it("fails on a manifest command no desk answers, naming the command and the desks there are", async () => {
    const text = withStrayCommand(
      HARBOUR_MANIFEST.replace("- command: /harbour", "- command: /council-vote"),
      "/harbour-2019",
    );
    await writeFile(join(news, "harbour", "desk.yml"), "command: /harbour\n");
    await writeFile(manifestPath, withStrayCommand(text, "/ferry"));
    const run = await manifest(["check"]);
    expect(run.code).toBe(1);
    const desks = [
      { desk: "council", command: "/council-vote" },
      { desk: "harbour", command: "/harbour" },
    ];
    expect(run.problems).toContain(
      `manifest.yml:${lineOf(HARBOUR_MANIFEST, "- command: /harbour")}:5: ${M.deskCommandNotDeclared("/harbour", "harbour", join("news", "harbour"))}`,
    );
    expect(run.problems.join("\n")).toContain(M.commandNoDesk("/harbour-2019", "news", desks));
    expect(run.problems.join("\n")).toContain(M.commandNoDesk("/ferry", "news", desks));
  });

  it("passes when every desk's command is declared and every command has its desk", async () => {
    const text = withStrayCommand(HARBOUR_MANIFEST, "/council-vote");
    await writeFile(manifestPath, text);
    const run = await manifest(["check"]);
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("passes on the repository's own manifest and seeds, as they are", async () => {
    const run = await runCli(["check"]);
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("says so in one line, exit 2, when the seeds folder is missing", async () => {
    await writeFile(manifestPath, HARBOUR_MANIFEST);
    const run = await manifest(["check"], { SEEDS_DIR: join(scratch.dir, "nowhere") });
    expect(run.code).toBe(2);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toContain(join(scratch.dir, "nowhere"));
  });
});

describe("npm run manifest -- sync", () => {
  it("adds a desk's missing command with its description, keeping the file's comments and layout", async () => {
    await writeFile(manifestPath, HARBOUR_MANIFEST);
    const run = await manifest(["sync"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain(
      SyncMessages.added("manifest.yml", {
        desk: "council",
        folder: join("news", "council"),
        command: "/council-vote",
        description: "Ask the council desk about the vote",
        name: "Council vote on the bypass",
      }),
    );

    const synced = await readFile(manifestPath, "utf8");
    expect(synced).toContain(COMMAND_COMMENT);
    expect(synced).toContain(HEADER_COMMENT);
    // Every line before the new command and after the commands is as it was.
    const end = HARBOUR_MANIFEST.indexOf("oauth_config:");
    expect(synced.endsWith(HARBOUR_MANIFEST.slice(end))).toBe(true);
    expect(synced.startsWith(HARBOUR_MANIFEST.slice(0, end))).toBe(true);

    const [harbour, council] = await commandsIn();
    expect(harbour?.["command"]).toBe("/harbour");
    expect(council).toEqual({
      command: "/council-vote",
      url: harbour?.["url"],
      description: "Ask the council desk about the vote",
      usage_hint: harbour?.["usage_hint"],
      should_escape: harbour?.["should_escape"],
    });
    expect((await manifest(["check"])).code).toBe(0);
  });

  it("gives a desk without desk.yml its default command and description", async () => {
    await writeFile(manifestPath, withStrayCommand(HARBOUR_MANIFEST, "/council-vote"));
    await writeDesk("storm-watch");
    const run = await manifest(["sync"]);
    expect(run.code).toBe(0);
    const added = (await commandsIn()).find((c) => c["command"] === "/storm-watch");
    expect(added?.["description"]).toBe("Ask the storm-watch desk");
  });

  it("gives the first command of a manifest that has none the built-in shape", async () => {
    const start = HARBOUR_MANIFEST.indexOf("  slash_commands:\n");
    const end = HARBOUR_MANIFEST.indexOf("oauth_config:");
    await writeFile(manifestPath, HARBOUR_MANIFEST.slice(0, start) + HARBOUR_MANIFEST.slice(end));
    const run = await manifest(["sync"]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(await commandsIn()).toEqual([
      {
        ...NEW_COMMAND_SHAPE,
        command: "/council-vote",
        description: "Ask the council desk about the vote",
      },
      { ...NEW_COMMAND_SHAPE, command: "/harbour", description: "Ask the harbour desk" },
    ]);
    expect(await readFile(manifestPath, "utf8")).toContain(
      `      url: "${PUBLIC_URL_PLACEHOLDER}/slack/events"\n`,
    );
  });

  it("drops the command of a desk that is gone, and says so", async () => {
    await writeFile(
      manifestPath,
      withStrayCommand(withStrayCommand(HARBOUR_MANIFEST, "/council-vote"), "/ferry"),
    );
    const run = await manifest(["sync"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(SyncMessages.removed("manifest.yml", "/ferry", "news"));
    expect((await commandsIn()).map((c) => c["command"])).toEqual(["/harbour", "/council-vote"]);
    expect(await readFile(manifestPath, "utf8")).toContain(COMMAND_COMMENT);
  });

  it("keeps the shape and comments of the first command when the desk it belonged to is gone", async () => {
    await writeFile(manifestPath, HARBOUR_MANIFEST.replace("/harbour", "/old-harbour"));
    await writeFile(join(news, "harbour", "desk.yml"), "command: /harbour\n");
    const run = await manifest(["sync"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(SyncMessages.removed("manifest.yml", "/old-harbour", "news"));
    const commands = await commandsIn();
    expect(commands.map((c) => c["command"])).toEqual(["/council-vote", "/harbour"]);
    expect(Object.keys(commands[0] ?? {})).toEqual([
      "command",
      "url",
      "description",
      "usage_hint",
      "should_escape",
    ]);
    const synced = await readFile(manifestPath, "utf8");
    expect(synced.split(COMMAND_COMMENT)).toHaveLength(2);
  });

  it("gives a declared command the description its desk.yml sets, and says so", async () => {
    await writeFile(manifestPath, withStrayCommand(HARBOUR_MANIFEST, "/council-vote"));
    const run = await manifest(["sync"]);
    expect(run.code).toBe(0);
    const council = (await commandsIn()).find((c) => c["command"] === "/council-vote");
    expect(council?.["description"]).toBe("Ask the council desk about the vote");
    expect(run.stdout).toContain("/council-vote now described as in desk council");
    expect(await readFile(manifestPath, "utf8")).toContain(COMMAND_COMMENT);
  });

  it("keeps an admin's description of a desk whose desk.yml sets none", async () => {
    const text = withStrayCommand(
      HARBOUR_MANIFEST,
      "/council-vote",
      "Ask the council desk about the vote",
    );
    await writeFile(manifestPath, text);
    await manifest(["sync"]);
    const harbour = (await commandsIn()).find((c) => c["command"] === "/harbour");
    const before = (parse(text) as { features: { slash_commands: Record<string, unknown>[] } })
      .features.slash_commands[0];
    expect(harbour?.["description"]).toBe(before?.["description"]);
    expect(harbour?.["description"]).not.toBe("Ask the harbour desk");
  });

  it("says there is nothing to change, and leaves the file alone, when every desk is declared", async () => {
    const text = withStrayCommand(
      HARBOUR_MANIFEST,
      "/council-vote",
      "Ask the council desk about the vote",
    );
    await writeFile(manifestPath, text);
    const run = await manifest(["sync"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(SyncMessages.nothingToChange("manifest.yml", 2));
    expect(await readFile(manifestPath, "utf8")).toBe(text);
  });

  it("with --dry-run says what it would change and writes nothing", async () => {
    await writeFile(manifestPath, withStrayCommand(HARBOUR_MANIFEST, "/ferry"));
    const run = await manifest(["sync", "--dry-run"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("would add /council-vote for desk council");
    expect(run.stdout).toContain(SyncMessages.wouldRemove("manifest.yml", "/ferry", "news"));
    expect(run.stdout).toContain(SyncMessages.dryRun("manifest.yml"));
    expect(await readFile(manifestPath, "utf8")).toBe(withStrayCommand(HARBOUR_MANIFEST, "/ferry"));
  });

  it("leaves a manifest that is not YAML alone, with its problem", async () => {
    const broken = `${HARBOUR_MANIFEST}features: [\n`;
    await writeFile(manifestPath, broken);
    const run = await manifest(["sync"]);
    expect(run.code).toBe(1);
    expect(run.problems[0]).toMatch(/^manifest\.yml: YAML: /);
    expect(await readFile(manifestPath, "utf8")).toBe(broken);
  });
});

describe("npm run manifest -- deploy, against the desks", () => {
  const APP_ID = "A0TESTAPP02";
  let api: FakeSlackApi;

  beforeEach(async () => {
    const before = fillPlaceholders(parse(HARBOUR_MANIFEST), undefined);
    api = await new FakeSlackApi().start();
    api.on("apps.manifest.export", () => ({ body: { ok: true, manifest: before } }));
  });

  afterEach(async () => {
    await api.stop();
  });

  const deploy = (...flags: string[]) =>
    manifest(["deploy", ...flags], {
      SLACK_API_URL: api.apiUrl,
      SLACK_APP_ID: APP_ID,
      SLACK_CONFIG_TOKEN: "xoxe.xoxp-1-fake-configtoken-0009",
    });

  it("refuses while check fails, saying why, and calls Slack not at all", async () => {
    await writeFile(manifestPath, HARBOUR_MANIFEST);
    const run = await deploy();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      M.deskCommandNotDeclared("/council-vote", "council", join("news", "council")),
    );
    expect(run.stderr).toContain(DeployMessages.checkFailed("manifest.yml"));
    expect(api.calls).toEqual([]);
  });

  it("after sync, --dry-run shows the added command and updates nothing", async () => {
    await writeFile(manifestPath, HARBOUR_MANIFEST);
    expect((await manifest(["sync"])).code).toBe(0);
    const run = await deploy("--dry-run");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(DeployMessages.changesHeading(APP_ID, 1));
    expect(run.stdout).toContain(
      '  + features.slash_commands[/council-vote]: {"command":"/council-vote","description":"Ask the council desk',
    );
    expect(run.stdout).toContain(DeployMessages.dryRun);
    expect(api.calls.map((call) => call.method)).toEqual([
      "apps.manifest.export",
      "apps.manifest.validate",
    ]);
  });
});
