import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { maskSecrets, SECRET_MASK } from "../src/ingest/secret-masking.js";
import { formatLoadWarning, loadDesk } from "../src/newsroom/load-desk.js";
import { renderAnswerText } from "../src/render/answer-text.js";
import { answerReply } from "../src/slack/desk-reply.js";

// Every token-shaped string here is made up for the test; none was ever issued.
const FAKE = Object.freeze({
  bot: "xoxb-0000000000-1111111111-FAKEfakeFAKEfakeFAKEfake",
  user: "xoxp-0000000000-1111111111-2222222222-fakefakefakefakefakefakefakefake",
  app: "xapp-1-A0FAKE0000-0000000000-fakefakefakefakefakefakefakefake",
  refresh: "xoxe-1-FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKEfake",
  rotating: "xoxe.xoxp-1-FAKEfakeFAKEfakeFAKEfake",
  webhook: "https://hooks.slack.com/services/T0FAKE000/B0FAKE000/fakefakefakefakefakefake",
  aws: "AKIAFAKEFAKEFAKEFAKE",
  github: "ghp_FAKEfakeFAKEfakeFAKEfakeFAKEfakeFAKE",
  google: "AIzaFAKEfakeFAKEfakeFAKEfakeFAKEfake123",
  stripe: "sk_live_FAKEfakeFAKEfakeFAKEfake",
  openai: "sk-proj-FAKEfakeFAKEfakeFAKEfakeFAKEfake",
  jwt: "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZWZha2VmYWtlZmFrZQ",
  signing: "0fake1fake2fake3fake4fake5fake6f",
});

const PEM = [
  "-----BEGIN PRIVATE KEY-----",
  "MIIBVAIBADANBgkqhkiG9w0BAQEFAASCAT4wggE6AgEAAkEAFAKEfakeFAKEfake",
  "ZmFrZWZha2VmYWtlZmFrZWZha2VmYWtlZmFrZQ==",
  "-----END PRIVATE KEY-----",
].join("\n");

describe("hiding token- and secret-shaped strings", () => {
  it("hides each shape of token or key wherever it stands in a sentence", () => {
    for (const [kind, secret] of Object.entries({ ...FAKE, key: PEM })) {
      if (kind === "signing") continue;
      const text = `The memo (seen by reporters) included ${secret}, which was later revoked.`;
      const masked = maskSecrets(text);
      expect(masked.text, kind).toBe(
        `The memo (seen by reporters) included ${SECRET_MASK}, which was later revoked.`,
      );
      expect(masked.count, kind).toBe(1);
    }
  });

  it("hides the values of a config file's secret settings, and the configured secrets anywhere", () => {
    const config = [
      `SLACK_SIGNING_SECRET=${FAKE.signing}`,
      `export DATABASE_PASSWORD="correct-horse-battery"`,
      `STRIPE_API_KEY: ${FAKE.signing}`,
      "PORT=3000",
      "LOG_LEVEL=debug",
    ].join("\n");
    const masked = maskSecrets(config);
    expect(masked.text).not.toContain(FAKE.signing);
    expect(masked.text).not.toContain("correct-horse-battery");
    expect(masked.text).toContain("PORT=3000");
    expect(masked.text).toContain(`SLACK_SIGNING_SECRET=${SECRET_MASK}`);
    const known = maskSecrets(`The string ${FAKE.signing} on its own.`, [FAKE.signing]);
    expect(known.text).toBe(`The string ${SECRET_MASK} on its own.`);
    expect(known.kinds).toEqual(["configured secret"]);
  });

  it("leaves ordinary news text alone: every seed and fixture page reads unchanged", () => {
    const dirs = ["seeds/iraq", "test/fixtures/pages"];
    for (const dir of dirs) {
      for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n))) {
        const text = readFileSync(path.join(dir, name), "utf8");
        expect(maskSecrets(text).count, name).toBe(0);
      }
    }
    const plain =
      "The Task Force said on Monday that 12 AKIA-class drones, the sk-1 prototype and an eyJ logo were shown; " +
      "the TOKEN ceremony cost $3m and the PASSWORD: reset campaign ended.";
    expect(maskSecrets(plain).text).toBe(plain);
  });

  it("reads text built to make a pattern backtrack (every pattern is bounded)", () => {
    const hostile = `${"xoxb-".repeat(20_000)} ${"A_SECRET=".repeat(20_000)} -----BEGIN RSA PRIVATE KEY-----${"a".repeat(100_000)}`;
    const masked = maskSecrets(hostile);
    expect(masked.text).not.toContain("BEGIN RSA PRIVATE KEY");
    expect(masked.kinds).toContain("private key");
  });
});

describe("an article holding a secret", () => {
  it("is loaded with the secret hidden, a warning names the file, and no answer carries it", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "story-desk-secrets-"));
    await copyFile("seeds/iraq/press-tv-iraq-attacks.txt", path.join(dir, "press-tv.txt"));
    const env = path.join(dir, ".env.local");
    writeFileSync(
      env,
      [
        "These settings are the ones the deploy script reads when the newsroom bot is started.",
        `SLACK_BOT_TOKEN=${FAKE.bot}`,
        `SLACK_SIGNING_SECRET=${FAKE.signing}`,
        `SLACK_APP_TOKEN=${FAKE.app}`,
        "",
      ].join("\n\n"),
    );
    // The config file linked in by mistake.
    symlinkSync(env, path.join(dir, "settings.txt"));
    writeFileSync(
      path.join(dir, "leak.txt"),
      `Harbour officials said the leaked bot key ${FAKE.bot} opened the port's chat workspace.\n\nThe harbour authority revoked ${FAKE.aws} on Tuesday.\n`,
    );
    const loaded = await loadDesk(dir);
    const text = JSON.stringify(loaded.articles);
    for (const secret of [FAKE.bot, FAKE.signing, FAKE.app, FAKE.aws])
      expect(text).not.toContain(secret);
    const lines = loaded.warnings.map(formatLoadWarning);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/settings\.txt: it holds 3 token- or secret-shaped strings/),
        expect.stringMatching(/leak\.txt: it holds 2 token- or secret-shaped strings/),
      ]),
    );
    for (const line of lines) {
      for (const secret of Object.values(FAKE)) expect(line).not.toContain(secret);
    }
    const desk = openDesk(loaded.articles);
    for (const question of ["leaked bot key harbour", "SLACK_BOT_TOKEN", "revoked on Tuesday"]) {
      const printed = renderAnswerText(answerQuestion(desk, question));
      const slack = JSON.stringify(answerReply(desk, question, "ask"));
      for (const secret of Object.values(FAKE)) {
        expect(printed).not.toContain(secret);
        expect(slack).not.toContain(secret);
      }
    }
    expect(renderAnswerText(answerQuestion(desk, "leaked bot key harbour"))).toContain(SECRET_MASK);
  });
});

describe("hiding a secret setting's very long value", () => {
  it("never leaves half of a character behind", () => {
    const value = `${"k".repeat(1023)}\u{1F600}tail`;
    const masked = maskSecrets(`MY_API_KEY=${value}`).text;
    expect(masked.startsWith(`MY_API_KEY=${SECRET_MASK}`)).toBe(true);
    expect(
      /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(masked),
    ).toBe(false);
  });
});
