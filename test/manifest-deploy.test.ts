import { spawn } from "node:child_process";
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { DeployMessages } from "../src/manifest/deploy-manifest.js";
import { fillPlaceholders, PUBLIC_URL_PLACEHOLDER } from "../src/manifest/manifest-placeholders.js";
import { FakeSlackApi } from "./support/fake-slack-api.js";
import {
  type CliRun,
  lineOf,
  MANIFEST_PATH,
  MANIFEST_TEXT,
  manifestWithPublicUrl,
  REPO_ROOT,
  runCli,
  scratchFolder,
} from "./support/manifest-files.js";

const APP_ID = "A0TESTAPP01";
const PUBLIC_URL = "https://desk.example.org";
const CONFIG_TOKEN = "xoxe.xoxp-1-fake-configtoken-0001";
const OLD_REFRESH = "xoxe-1-fake-refresh-0001";
const NEW_ACCESS = "xoxe.xoxp-1-fake-rotated-access-0002";
const NEW_REFRESH = "xoxe-1-fake-rotated-refresh-0002";

/** What Slack has now: an older version of the app, without DMs and with another description. */
function exportedManifest(): Record<string, unknown> {
  const current = manifestWithPublicUrl(PUBLIC_URL) as {
    display_information: { description: string };
    oauth_config: { scopes: { bot: string[] } };
    settings: { event_subscriptions: { bot_events: string[] } };
  };
  current.display_information.description = "Quotes from the desk.";
  current.oauth_config.scopes.bot = current.oauth_config.scopes.bot.filter(
    (s) => s !== "im:history",
  );
  current.settings.event_subscriptions.bot_events = [
    "app_home_opened",
    "app_mention",
    "message.channels",
  ];
  return current;
}

let api: FakeSlackApi;
let scratch: Awaited<ReturnType<typeof scratchFolder>>;
let rotations = 0;

beforeEach(async () => {
  rotations = 0;
  scratch = await scratchFolder();
  api = await new FakeSlackApi().start();
  api
    .on("tooling.tokens.rotate", () => {
      rotations++;
      return {
        body: {
          ok: true,
          token: `${NEW_ACCESS}-${rotations}`,
          refresh_token: `${NEW_REFRESH}-${rotations}`,
          team_id: "T0TEAM",
          user_id: "U0ADMIN",
          iat: 1_800_000_000,
          exp: 1_800_043_200,
        },
      };
    })
    .on("apps.manifest.export", () => ({ body: { ok: true, manifest: exportedManifest() } }))
    .on("apps.manifest.update", () => ({
      body: { ok: true, app_id: APP_ID, permissions_updated: true },
    }));
});

afterEach(async () => {
  await api.stop();
  await scratch.remove();
});

/** `npm run manifest -- deploy …` on the real manifest.yml, keeping its tokens in a scratch folder. */
function deploy(env: Record<string, string>, ...flags: string[]): Promise<CliRun> {
  return runCli(
    ["deploy", "--file", MANIFEST_PATH, ...flags],
    { SLACK_API_URL: api.apiUrl, SLACK_APP_ID: APP_ID, ...env },
    { cwd: scratch.dir },
  );
}

const methods = () => api.calls.map((call) => call.method);
/** A deploy reads the app's manifest and has Slack check the new one before any update. */
const READ_AND_CHECK = ["apps.manifest.export", "apps.manifest.validate"];
const tokenFile = () => join(scratch.dir, ".story-desk", "config-refresh-token");

describe("npm run manifest -- deploy", () => {
  it("rotates the refresh token first, then exports, validates and updates, in that order", async () => {
    const run = await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(methods()).toEqual(["tooling.tokens.rotate", ...READ_AND_CHECK, "apps.manifest.update"]);
    const [rotate, ...configured] = api.calls;
    expect(rotate?.params).toEqual({ refresh_token: OLD_REFRESH });
    expect(rotate?.headers.authorization).toBeUndefined();
    for (const call of configured) {
      expect(call.headers.authorization).toBe(`Bearer ${NEW_ACCESS}-1`);
      expect(call.params["app_id"]).toBe(APP_ID);
    }
  });

  it("sends manifest.yml with its PUBLIC_URL placeholder filled in, to validate and to update alike", async () => {
    await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL: `${PUBLIC_URL}/` });
    const expected = parse(MANIFEST_TEXT.split(PUBLIC_URL_PLACEHOLDER).join(PUBLIC_URL));
    expect(api.callsTo("apps.manifest.validate")[0]?.params["manifest"]).toEqual(expected);
    expect(api.callsTo("apps.manifest.update")[0]?.params["manifest"]).toEqual(expected);
    expect(JSON.stringify(expected)).toContain(`"${PUBLIC_URL}/slack/events"`);
  });

  it("sends the manifest as a JSON string in a form-encoded body", async () => {
    let raw = "";
    api.on("apps.manifest.validate", (call) => {
      raw = String(call.headers["content-type"]);
      return { body: { ok: true } };
    });
    await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(raw).toContain("application/x-www-form-urlencoded");
  });

  it("leaves the request URLs out under Socket Mode when PUBLIC_URL is not set", async () => {
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(DeployMessages.urlsLeftOut);
    const sent = api.callsTo("apps.manifest.update")[0]?.params["manifest"];
    expect(sent).toEqual(fillPlaceholders(parse(MANIFEST_TEXT), undefined));
    expect(JSON.stringify(sent)).not.toContain("PUBLIC_URL");
    expect(JSON.stringify(sent)).not.toContain("request_url");
  });

  it("shows what will change, field by field, before validating", async () => {
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    const lines = run.stdout.split("\n");
    expect(lines).toContain(DeployMessages.changesHeading(APP_ID, 4));
    expect(lines).toContain('  + oauth_config.scopes.bot: "im:history"');
    expect(lines).toContain('  - settings.event_subscriptions.bot_events: "message.channels"');
    expect(lines).toContain('  + settings.event_subscriptions.bot_events: "message.im"');
    expect(
      lines.some((line) =>
        line.startsWith('  ~ display_information.description: "Quotes from the desk." → "Verbatim'),
      ),
    ).toBe(true);
    expect(run.stdout.indexOf("oauth_config.scopes.bot")).toBeLessThan(
      run.stdout.indexOf(DeployMessages.validated),
    );
  });

  it("says there is nothing to change when Slack already has this manifest", async () => {
    api.on("apps.manifest.export", () => ({
      body: { ok: true, manifest: manifestWithPublicUrl(PUBLIC_URL) },
    }));
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(run.stdout).toContain(DeployMessages.noChanges(APP_ID));
  });

  it("prints Slack's validation errors with their JSON pointers, exits 1 and never updates", async () => {
    api.on("apps.manifest.validate", () => ({
      body: {
        ok: false,
        error: "invalid_manifest",
        errors: [
          { message: "Interactivity requires a Request URL", pointer: "/settings/interactivity" },
          { message: "Command is taken", pointer: "/features/slash_commands/0/command" },
        ],
      },
    }));
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(run.code).toBe(1);
    expect(methods()).not.toContain("apps.manifest.update");
    expect(run.problems).toEqual([
      DeployMessages.rejected("invalid_manifest"),
      `  ${MANIFEST_PATH}:${lineOf(MANIFEST_TEXT, "is_enabled: true")}:5: /settings/interactivity: Interactivity requires a Request URL`,
      `  ${MANIFEST_PATH}:${lineOf(MANIFEST_TEXT, "command: /iraq")}:16: /features/slash_commands/0/command: Command is taken`,
    ]);
  });

  it("stores the rotated refresh token in an owner-only file and never prints a token", async () => {
    const run = await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    expect(run.code).toBe(0);
    expect((await readFile(tokenFile(), "utf8")).trim()).toBe(`${NEW_REFRESH}-1`);
    expect((await stat(tokenFile())).mode & 0o777).toBe(0o600);
    const printed = run.stdout + run.stderr;
    for (const token of [OLD_REFRESH, `${NEW_REFRESH}-1`, `${NEW_ACCESS}-1`]) {
      expect(printed).not.toContain(token);
    }
    expect(run.stdout).toContain(
      DeployMessages.rotated(join(".story-desk", "config-refresh-token"), 1_800_043_200),
    );
  });

  it("uses the stored refresh token on the next run, since the one in the environment was used", async () => {
    await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    const rotates = api
      .callsTo("tooling.tokens.rotate")
      .map((call) => call.params["refresh_token"]);
    expect(rotates).toEqual([OLD_REFRESH, `${NEW_REFRESH}-1`]);
    expect((await readFile(tokenFile(), "utf8")).trim()).toBe(`${NEW_REFRESH}-2`);
  });

  it("prefers a new refresh token the admin put in the environment over the stored one", async () => {
    await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    await deploy({ SLACK_CONFIG_REFRESH_TOKEN: "xoxe-1-fake-freshly-generated-0003", PUBLIC_URL });
    const rotates = api
      .callsTo("tooling.tokens.rotate")
      .map((call) => call.params["refresh_token"]);
    expect(rotates).toEqual([OLD_REFRESH, "xoxe-1-fake-freshly-generated-0003"]);
  });

  it("stops with one line, before export, when Slack refuses the refresh token", async () => {
    api.on("tooling.tokens.rotate", () => ({
      body: { ok: false, error: "invalid_refresh_token" },
    }));
    const run = await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH });
    expect(run.code).toBe(1);
    expect(run.problems).toEqual([
      DeployMessages.refreshRefused("SLACK_CONFIG_REFRESH_TOKEN", "invalid_refresh_token"),
    ]);
    expect(methods()).toEqual(["tooling.tokens.rotate"]);
    expect(run.stderr).not.toContain(OLD_REFRESH);
  });

  it("uses SLACK_CONFIG_TOKEN as it is when there is no refresh token", async () => {
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(run.code).toBe(0);
    expect(methods()[0]).toBe("apps.manifest.export");
    expect(api.calls.every((call) => call.headers.authorization === `Bearer ${CONFIG_TOKEN}`)).toBe(
      true,
    );
    expect(run.stdout + run.stderr).not.toContain(CONFIG_TOKEN);
  });

  it("stops before apps.manifest.update on a dry run, after showing the diff and validating", async () => {
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL }, "--dry-run");
    expect(run.code).toBe(0);
    expect(methods()).toEqual(["apps.manifest.export", "apps.manifest.validate"]);
    expect(run.stdout).toContain('  + oauth_config.scopes.bot: "im:history"');
    expect(run.stdout).toContain(DeployMessages.dryRun);
  });

  it("tells the admin to reinstall when permissions changed, and not otherwise", async () => {
    const changed = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(changed.stdout).toContain(DeployMessages.updated(APP_ID));
    expect(changed.stdout).toContain(DeployMessages.permissionsChanged(APP_ID));

    api.on("apps.manifest.update", () => ({
      body: { ok: true, app_id: APP_ID, permissions_updated: false },
    }));
    const same = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(same.stdout).toContain(DeployMessages.permissionsUnchanged);
  });

  it("sends nothing to Slack when manifest.yml does not pass the check", async () => {
    const path = join(scratch.dir, "manifest.yml");
    await writeFile(path, MANIFEST_TEXT.replace("      - message.im\n", ""));
    const run = await runCli(
      ["deploy"],
      { SLACK_API_URL: api.apiUrl, SLACK_APP_ID: APP_ID, SLACK_CONFIG_TOKEN: CONFIG_TOKEN },
      { cwd: scratch.dir },
    );
    expect(run.code).toBe(1);
    expect(run.problems.at(-1)).toBe(DeployMessages.checkFailed("manifest.yml"));
    expect(api.calls).toEqual([]);
  });

  it("names the missing or malformed variable in one line, and calls nothing", async () => {
    const noAppId = await runCli(
      ["deploy", "--file", MANIFEST_PATH],
      { SLACK_API_URL: api.apiUrl, SLACK_CONFIG_TOKEN: CONFIG_TOKEN },
      { cwd: scratch.dir },
    );
    expect(noAppId.problems).toEqual([DeployMessages.appIdMissing]);
    expect((await deploy({})).problems).toEqual([DeployMessages.tokenMissing]);
    expect((await deploy({ SLACK_CONFIG_TOKEN: "xoxb-fake-not-a-config-token" })).problems).toEqual(
      [DeployMessages.configTokenMalformed],
    );
    expect((await deploy({ SLACK_CONFIG_REFRESH_TOKEN: CONFIG_TOKEN })).problems).toEqual([
      DeployMessages.refreshTokenMalformed,
    ]);
    expect(
      (await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL: "http://plain.example.org" }))
        .code,
    ).toBe(1);
    expect(api.calls).toEqual([]);
  });

  it("refuses to leave the URLs out when Socket Mode is off and PUBLIC_URL is not set", async () => {
    const path = join(scratch.dir, "manifest.yml");
    await writeFile(
      path,
      MANIFEST_TEXT.replace("socket_mode_enabled: true", "socket_mode_enabled: false"),
    );
    const run = await runCli(
      ["deploy"],
      { SLACK_API_URL: api.apiUrl, SLACK_APP_ID: APP_ID, SLACK_CONFIG_TOKEN: CONFIG_TOKEN },
      { cwd: scratch.dir },
    );
    expect(run.problems).toEqual([DeployMessages.publicUrlNeeded]);
    expect(api.calls).toEqual([]);
  });

  it("reports Slack's rate limit on update without retrying in a loop", async () => {
    api.on("apps.manifest.update", () => ({
      status: 429,
      headers: { "retry-after": "30" },
      body: { ok: false, error: "ratelimited" },
    }));
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(run.code).toBe(1);
    expect(api.callsTo("apps.manifest.update")).toHaveLength(1);
    expect(run.problems).toEqual([DeployMessages.rateLimited("apps.manifest.update", 30)]);
  });

  it("reports an unreachable Slack API in one line, without the token", async () => {
    await api.stop();
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(run.code).toBe(1);
    expect(run.problems).toHaveLength(1);
    expect(run.problems[0]).toMatch(
      /^apps\.manifest\.export failed: could not reach 127\.0\.0\.1:\d+/,
    );
    expect(run.stderr).not.toContain(CONFIG_TOKEN);
    api = await new FakeSlackApi().start();
  });
});

describe("deploy, when tokens and answers are not what it expects", () => {
  it("tries SLACK_CONFIG_REFRESH_TOKEN once when Slack refuses the stored refresh token", async () => {
    await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    api.on("tooling.tokens.rotate", (call) =>
      call.params["refresh_token"] === OLD_REFRESH
        ? { body: { ok: true, token: NEW_ACCESS, refresh_token: `${NEW_REFRESH}-again` } }
        : { body: { ok: false, error: "invalid_refresh_token" } },
    );
    const run = await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    expect(run.code).toBe(0);
    const rotates = api
      .callsTo("tooling.tokens.rotate")
      .map((call) => call.params["refresh_token"]);
    expect(rotates).toEqual([OLD_REFRESH, `${NEW_REFRESH}-1`, OLD_REFRESH]);
    expect((await readFile(tokenFile(), "utf8")).trim()).toBe(`${NEW_REFRESH}-again`);
  });

  it("never sends a stored refresh token to another SLACK_API_URL than the one that issued it", async () => {
    await deploy({ SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH, PUBLIC_URL });
    const other = await new FakeSlackApi().start();
    try {
      const run = await runCli(
        ["deploy", "--file", MANIFEST_PATH, "--dry-run"],
        {
          SLACK_API_URL: other.apiUrl,
          SLACK_APP_ID: APP_ID,
          SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH,
        },
        { cwd: scratch.dir },
      );
      const sent = other
        .callsTo("tooling.tokens.rotate")
        .map((call) => call.params["refresh_token"]);
      expect(sent).toEqual([OLD_REFRESH]);
      expect(JSON.stringify(other.calls.map((call) => call.params))).not.toContain(
        `${NEW_REFRESH}-1`,
      );
      expect(run.code).toBe(1);
    } finally {
      await other.stop();
    }
  });

  it("still validates and updates when the export holds no manifest, showing every field as added", async () => {
    api.on("apps.manifest.export", () => ({ body: { ok: true } }));
    const run = await deploy({ SLACK_CONFIG_TOKEN: CONFIG_TOKEN, PUBLIC_URL });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(DeployMessages.exportEmpty);
    expect(run.stdout).toContain('  + display_information.name: "Story Desk"');
    expect(methods()).toEqual([...READ_AND_CHECK, "apps.manifest.update"]);
  });
});

describe("npm run manifest -- deploy, as a process", () => {
  it("runs a dry run against the fake API, exits 0 and prints no token", async () => {
    const env: NodeJS.ProcessEnv = {};
    for (const [name, value] of Object.entries(process.env)) {
      if (!name.startsWith("SLACK_") && name !== "PUBLIC_URL") env[name] = value;
    }
    Object.assign(env, {
      SLACK_API_URL: api.apiUrl,
      SLACK_APP_ID: APP_ID,
      SLACK_CONFIG_REFRESH_TOKEN: OLD_REFRESH,
    });
    const entry = join(REPO_ROOT, "src", "cli", "manifest.ts");
    const run = await runProcess(
      join(REPO_ROOT, "node_modules", ".bin", "tsx"),
      [entry, "deploy", "--dry-run", "--file", MANIFEST_PATH, "--seeds", join(REPO_ROOT, "seeds")],
      { cwd: scratch.dir, env },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(methods()).toEqual(["tooling.tokens.rotate", ...READ_AND_CHECK]);
    expect(run.stdout).toContain(DeployMessages.dryRun);
    for (const token of [OLD_REFRESH, `${NEW_REFRESH}-1`, `${NEW_ACCESS}-1`]) {
      expect(run.stdout).not.toContain(token);
    }
    expect((await readFile(tokenFile(), "utf8")).trim()).toBe(`${NEW_REFRESH}-1`);
  });
});

/** Runs a process without blocking this one, which serves the fake API meanwhile. */
function runProcess(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk.toString("utf8");
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString("utf8");
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}
