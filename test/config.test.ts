import { describe, expect, it } from "vitest";
import { ConfigDefaults, ConfigMessages, readConfig } from "../src/config/app-config.js";

const read = (env: Record<string, string>) => readConfig(env, { dotenvPath: null });
const BOT = "xoxb-1-2-abc";

describe("reading the configuration", () => {
  it("runs the local console when no Slack credentials are set", () => {
    const config = read({ SLACK_BOT_TOKEN: "  ", PORT: "4000" });
    expect(config.slack).toBeNull();
    expect(config.seedsDir).toBe(ConfigDefaults.seedsDir);
    // A desk's command comes from its desk.yml (or "/" + its id), never from the configuration.
    expect(Object.keys(config)).not.toContain("command");
  });

  it("chooses HTTP on PORT (default 3000) when there is no app token", () => {
    expect(read({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "s3" }).slack).toEqual({
      mode: "http",
      botToken: BOT,
      signingSecret: "s3",
      apiUrl: null,
      port: 3000,
    });
    expect(
      read({ SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "s3", PORT: "0" }).slack,
    ).toMatchObject({ port: 0 });
  });

  it("chooses Socket Mode when SLACK_APP_TOKEN is set; the signing secret is then not needed", () => {
    expect(read({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: "xapp-1-A-b" }).slack).toEqual({
      mode: "socket",
      botToken: BOT,
      appToken: "xapp-1-A-b",
      apiUrl: null,
      healthPort: null,
    });
  });

  it("sends the Web API to SLACK_API_URL, always ending in a slash", () => {
    const config = read({
      SLACK_BOT_TOKEN: BOT,
      SLACK_SIGNING_SECRET: "s",
      SLACK_API_URL: "http://127.0.0.1:9/api",
    });
    expect(config.slack?.apiUrl).toBe("http://127.0.0.1:9/api/");
  });

  const bad: [string, Record<string, string>, string][] = [
    [
      "a missing bot token",
      { SLACK_SIGNING_SECRET: "secret-value" },
      ConfigMessages.botTokenMissing,
    ],
    [
      "a user token as bot token",
      { SLACK_BOT_TOKEN: "xoxp-fake-secret-value" },
      ConfigMessages.botTokenMalformed,
    ],
    [
      "a malformed app token",
      { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: "xoxb-fake-secret-value" },
      ConfigMessages.appTokenMalformed,
    ],
    [
      "no signing secret in HTTP mode",
      { SLACK_BOT_TOKEN: BOT },
      ConfigMessages.signingSecretMissing,
    ],
    [
      "a signing secret with spaces",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "secret value" },
      ConfigMessages.signingSecretMalformed,
    ],
    [
      "a port that is not a number",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "s", PORT: "80a" },
      ConfigMessages.portMalformed,
    ],
    [
      "a port out of range",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "s", PORT: "70000" },
      ConfigMessages.portMalformed,
    ],
    [
      "an API URL that is not http(s)",
      { SLACK_BOT_TOKEN: BOT, SLACK_SIGNING_SECRET: "s", SLACK_API_URL: "ftp://secret-value" },
      ConfigMessages.apiUrlMalformed,
    ],
    ["an unknown log level", { LOG_LEVEL: "loud" }, ConfigMessages.logLevel],
  ];
  for (const [what, env, message] of bad) {
    it(`stops on ${what} with one line naming the variable, never its value`, () => {
      expect(() => read(env)).toThrow(message);
      try {
        read(env);
      } catch (error) {
        expect(String(error)).not.toContain("secret-value");
        expect((error as Error).message).not.toContain("\n");
      }
    });
  }

  it("reads .env without overriding the environment", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "story-desk-env-"));
    const path = join(dir, ".env");
    await writeFile(
      path,
      `SLACK_BOT_TOKEN=${BOT}\nSLACK_SIGNING_SECRET=from-file\nSEEDS_DIR=from-file\n`,
    );
    const env: Record<string, string> = { SEEDS_DIR: "from-env" };
    const config = readConfig(env, { dotenvPath: path });
    expect(config.seedsDir).toBe("from-env");
    expect(config.slack).toMatchObject({ mode: "http", signingSecret: "from-file" });
  });
});
