import { spawnSync } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { parse } from "yaml";
import { checkManifestText } from "../src/manifest/check-manifest.js";
import type { AppSurface } from "../src/manifest/check-surface.js";
import { ManifestMessages as M } from "../src/manifest/manifest-messages.js";
import { PUBLIC_URL_PLACEHOLDER as P } from "../src/manifest/manifest-placeholders.js";
import { SlackSurface } from "../src/slack/slack-surface.js";
import {
  checkText,
  lineOf,
  MANIFEST_TEXT,
  REPO_ROOT,
  runCli,
  scratchFolder,
} from "./support/manifest-files.js";

/** manifest.yml with one text replaced; fails the test when the text is not there. */
function edited(from: string, to: string): string {
  expect(MANIFEST_TEXT).toContain(from);
  return MANIFEST_TEXT.replace(from, to);
}

describe("npm run manifest -- check", () => {
  it("passes the real manifest.yml with exit code 0 and no problem", async () => {
    const run = await runCli(["check"]);
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("manifest.yml: ok");
  });

  it("names the line of a YAML syntax error", async () => {
    const text = edited("  bot_user:\n", "  bot_user: [unclosed\n");
    const run = await checkText(text);
    expect(run.code).toBe(1);
    expect(run.problems[0]).toMatch(/^manifest\.yml:\d+:\d+: YAML: /);
    const line = Number(run.problems[0]?.split(":")[1]);
    expect(line).toBeGreaterThanOrEqual(lineOf(text, "bot_user: [unclosed"));
  });

  it("names the line of a duplicated key", async () => {
    const text = edited(
      "  org_deploy_enabled: false\n",
      "  org_deploy_enabled: false\n  org_deploy_enabled: true\n",
    );
    const run = await checkText(text);
    expect(run.code).toBe(1);
    expect(run.problems).toEqual([
      `manifest.yml:${lineOf(text, "org_deploy_enabled: true")}:3: YAML: Map keys must be unique`,
    ]);
  });

  it("names the line of a list or map used as a key, and the YAML library prints nothing itself", async () => {
    const printed = vi.spyOn(process, "emitWarning");
    const text = `${MANIFEST_TEXT}? [a, b]\n: x\n`;
    const run = await checkText(text);
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
    expect(run.code).toBe(1);
    expect(run.problems).toEqual([`manifest.yml:${lineOf(text, "? [a, b]")}:3: ${M.keyNotAName}`]);
  });

  it("rejects an app name over 35 characters, on the name's line", async () => {
    const name = "Story Desk for Every Newsroom Anywhere";
    const text = edited("name: Story Desk", `name: ${name}`);
    const run = await checkText(text);
    expect(run.code).toBe(1);
    expect(run.problems).toEqual([
      `manifest.yml:${lineOf(text, name)}:9: ${M.tooLong("display_information.name", name.length, 35)}`,
    ]);
  });

  it("rejects a command without its leading slash, and says the app's command is then undeclared", async () => {
    const text = edited("- command: /iraq", "- command: iraq");
    const run = await checkText(text);
    expect(run.code).toBe(1);
    expect(run.problems).toContain(
      `manifest.yml:${lineOf(text, "command: iraq")}:16: ${M.badPattern("features.slash_commands[0].command", "iraq", 'start with "/"')}`,
    );
    const seeds = join(REPO_ROOT, "seeds");
    expect(run.problems.join("\n")).toContain(
      M.deskCommandNotDeclared("/iraq", "iraq", join(seeds, "iraq")),
    );
    expect(run.problems.join("\n")).toContain(
      M.commandNoDesk("iraq", seeds, [{ desk: "iraq", command: "/iraq" }]),
    );
  });

  it("rejects a command over 32 characters", async () => {
    const command = `/${"q".repeat(32)}`;
    const run = await checkText(edited("- command: /iraq", `- command: ${command}`));
    expect(run.code).toBe(1);
    expect(run.problems.join("\n")).toContain(
      M.tooLong("features.slash_commands[0].command", 33, 32),
    );
  });

  it("reports an event the app listens to that the manifest does not declare", async () => {
    const run = await checkText(edited("      - message.im\n", ""));
    expect(run.code).toBe(1);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toMatch(/^manifest\.yml:\d+:\d+: /);
    expect(run.problems[0]).toContain(M.eventNotDeclared("message.im"));
  });

  it("reports a declared event that the app does not handle, on its line", async () => {
    const text = edited("      - message.im\n", "      - message.im\n      - reaction_added\n");
    const run = await checkText(text);
    expect(run.code).toBe(1);
    expect(run.problems).toEqual([
      `manifest.yml:${lineOf(text, "reaction_added")}:9: ${M.eventNotHandled("reaction_added")}`,
    ]);
  });

  it("reports a bot scope missing for a Web API method the app calls", async () => {
    const text = edited(
      '      - chat:write # chat.postMessage: thread replies, DM replies, "Share in channel"\n',
      "",
    );
    const run = await checkText(text);
    expect(run.code).toBe(1);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toContain(
      M.scopeMissing("chat:write", "chat.postMessage, chat.postEphemeral"),
    );
  });

  it("reports a bot scope nothing needs, so the scopes stay minimal", async () => {
    const text = edited("      - commands #", "      - users:read\n      - commands #");
    const run = await checkText(text);
    expect(run.problems).toEqual([
      `manifest.yml:${lineOf(text, "users:read")}:9: ${M.scopeUnused("users:read")}`,
    ]);
  });

  it("accepts chat:write.public beside chat.postMessage, to post in channels the bot has not joined", async () => {
    const run = await checkText(
      edited("      - commands #", "      - chat:write.public\n      - commands #"),
    );
    expect(run.problems).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("reports interactivity switched off while the app has buttons", async () => {
    const run = await checkText(edited("    is_enabled: true", "    is_enabled: false"));
    expect(run.problems.join("\n")).toContain(M.interactivityOff("share_answer, more_quotes"));
  });

  it("reports the Home tab and the messages tab switched off while the app uses them", async () => {
    const text = edited(
      "    home_tab_enabled: true\n    messages_tab_enabled: true",
      "    home_tab_enabled: false\n    messages_tab_enabled: false",
    );
    const run = await checkText(text);
    expect(run.problems.join("\n")).toContain(M.homeTabOff);
    expect(run.problems.join("\n")).toContain(M.messagesTabOff);
  });

  it("reports a field Slack does not know, and a value of the wrong type", async () => {
    const text = edited(
      "  org_deploy_enabled: false",
      "  org_deploy: false\n  socket_mode_enabled_: true",
    );
    const run = await checkText(text.replace("always_online: true", 'always_online: "yes"'));
    expect(run.problems.join("\n")).toContain(M.unknownField("settings.org_deploy"));
    expect(run.problems.join("\n")).toContain(
      M.wrongType("features.bot_user.always_online", "true or false"),
    );
  });

  it("rejects any placeholder but PUBLIC_URL, and anything that looks like a token, without printing it", async () => {
    const token = "xoxb-1234567890-fakefaketoken";
    const text = edited(
      `    request_url: "${P}/slack/events"\n    bot_events:`,
      `    request_url: "\${SLACK_BOT_TOKEN}/slack/events"\n    bot_events:`,
    ).replace("display_name: storydesk", `display_name: ${token}`);
    const run = await checkText(text);
    expect(run.problems.join("\n")).toContain(M.unknownPlaceholder("SLACK_BOT_TOKEN"));
    expect(run.problems.join("\n")).toContain(M.looksLikeSecret("features.bot_user.display_name"));
    expect(run.stdout + run.stderr).not.toContain(token);
  });

  it("asks for request URLs when Socket Mode is switched off", async () => {
    const text = edited("  socket_mode_enabled: true", "  socket_mode_enabled: false").replace(
      `    is_enabled: true\n    request_url: "${P}/slack/events"`,
      "    is_enabled: true",
    );
    const run = await checkText(text);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toContain(
      M.urlNeededWithoutSocketMode("settings.interactivity.request_url"),
    );
  });

  it("prints one line per problem, each with the file and line", async () => {
    const text = edited("name: Story Desk", `name: ${"N".repeat(40)}`)
      .replace("- command: /iraq", "- command: iraq")
      .replace("      - message.im\n", "");
    const run = await checkText(text);
    expect(run.problems.length).toBeGreaterThanOrEqual(4);
    for (const line of run.problems) expect(line).toMatch(/^manifest\.yml:\d+:\d+: \S/);
  });

  it("says in one line that an empty file or a bare list is not a manifest", async () => {
    for (const text of ["", "- just\n- a list\n"]) {
      const run = await checkText(text);
      expect(run.code).toBe(1);
      expect(run.problems).toEqual([`manifest.yml: ${M.notAnObject}`]);
    }
  });

  it("needs nothing outside the repository: no schema file, no validator library", async () => {
    const sources = await Promise.all(
      (await readdir(join(REPO_ROOT, "src", "manifest"))).map((name) =>
        readFile(join(REPO_ROOT, "src", "manifest", name), "utf8"),
      ),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) {
      expect(source).not.toMatch(/from "ajv"|slack-manifest-schema|\.\.\/shared/);
    }
  });

  it("says so in one line when the file is missing, and gives exit code 2 for a wrong command line", async () => {
    const missing = await runCli(["check", "--file", "no-such-manifest.yml"]);
    expect(missing).toMatchObject({ code: 1, problems: ["no-such-manifest.yml: no such file"] });
    expect((await runCli(["chek"])).code).toBe(2);
    expect((await runCli(["check", "--nope"])).code).toBe(2);
  });

  it("reads another file with --file", async () => {
    const scratch = await scratchFolder();
    try {
      const path = join(scratch.dir, "other.yml");
      await writeFile(path, MANIFEST_TEXT.replace("      - message.im\n", ""));
      const run = await runCli(["check", "--file", path]);
      expect(run.code).toBe(1);
      expect(run.problems[0]?.startsWith(`${path}:`)).toBe(true);
    } finally {
      await scratch.remove();
    }
  });
});

/** The app's surface with the repository's one desk, whose command is /iraq. */
const SeedsSurface = { ...SlackSurface, commands: ["/iraq"] };

describe("the manifest held against what the app registers", () => {
  const manifest = parse(MANIFEST_TEXT.split(P).join("https://desk.example.org"));
  const check = (surface: AppSurface) =>
    checkManifestText(MANIFEST_TEXT, surface).problems.map((p) => p.message);

  it("holds for the app's own surface", () => {
    expect(manifest).toBeTypeOf("object");
    expect(check(SeedsSurface)).toEqual([]);
  });

  it("asks for the bot scope each newly called Web API method needs", () => {
    const surface = {
      ...SeedsSurface,
      webApiMethods: [
        ...SeedsSurface.webApiMethods,
        "chat.postEphemeral",
        "users.info",
        "conversations.open",
        "reactions.add",
      ],
    };
    expect(check(surface)).toEqual([
      M.scopeMissing("users:read", "users.info"),
      M.scopeMissing("im:write", "conversations.open"),
      M.scopeMissing("reactions:write", "reactions.add"),
    ]);
  });

  it("says when a method's scope is not in the table, rather than guessing", () => {
    const surface = {
      ...SeedsSurface,
      webApiMethods: [...SeedsSurface.webApiMethods, "canvases.create"],
    };
    expect(check(surface)).toEqual([M.methodUnknown("canvases.create")]);
  });

  it("wants interactivity off and no Home tab when the app has neither", () => {
    const surface = { ...SeedsSurface, actions: [], views: [], shortcuts: [], homeTab: false };
    expect(check(surface)).toEqual(
      [M.homeTabOn, M.interactivityOn, M.shortcutNotHandled("add_to_desk")].sort(),
    );
  });

  it("wants a new command declared, and the commands scope kept", () => {
    const surface = { ...SeedsSurface, commands: [...SeedsSurface.commands, "/desk"] };
    expect(check(surface)).toEqual([M.commandNotDeclared("/desk")]);
  });
});

describe("npm run manifest -- check, as a process", () => {
  it("exits 0 on the real manifest and 1 on a broken one", async () => {
    const ok = spawnSync("npx", ["tsx", "src/cli/manifest.ts", "check"], {
      cwd: REPO_ROOT,
      encoding: "utf8",
    });
    expect(ok.stderr.split("\n").filter((l) => l.startsWith("manifest.yml"))).toEqual([]);
    expect(ok.status).toBe(0);

    const scratch = await scratchFolder();
    try {
      const path = join(scratch.dir, "manifest.yml");
      await writeFile(path, MANIFEST_TEXT.replace("name: Story Desk", `name: ${"N".repeat(36)}`));
      const broken = spawnSync("npx", ["tsx", "src/cli/manifest.ts", "check", "--file", path], {
        cwd: REPO_ROOT,
        encoding: "utf8",
      });
      expect(broken.status).toBe(1);
      expect(broken.stderr).toContain(M.tooLong("display_information.name", 36, 35));
    } finally {
      await scratch.remove();
    }
  });
});
