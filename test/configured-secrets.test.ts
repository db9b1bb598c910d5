import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { configuredSecrets } from "../src/config/configured-secrets.js";
import { SECRET_MASK } from "../src/ingest/secret-masking.js";
import { openDeskFolder } from "../src/newsroom/open-desk-folder.js";

// Made up for the test; none was ever issued.
const SIGNING = "0made1up2signing3secret4value5f";
const PASSWORD = "pa55-w0rd/with:odd@chars";
const DATABASE_URL = `postgres://desk:${encodeURIComponent(PASSWORD)}@db.internal:5432/desk`;

describe("the configured secrets", () => {
  it("are every secret variable's value and the database password, as written and decoded", () => {
    const secrets = configuredSecrets({
      SLACK_BOT_TOKEN: "xoxb-fake-made-up-0000",
      SLACK_SIGNING_SECRET: ` ${SIGNING} `,
      SLACK_APP_TOKEN: "",
      DATABASE_URL,
      SEEDS_DIR: "seeds",
    });
    expect(secrets).toEqual([
      "xoxb-fake-made-up-0000",
      SIGNING,
      encodeURIComponent(PASSWORD),
      PASSWORD,
    ]);
    expect(configuredSecrets({ DATABASE_URL: "postgres://desk@db/desk" })).toEqual([]);
    expect(configuredSecrets({ DATABASE_URL: "not a url" })).toEqual([]);
  });

  it("are hidden in an article that holds them, with one warning, also through the cache", async () => {
    const root = mkdtempSync(path.join(tmpdir(), "story-desk-secrets-"));
    const seeds = path.join(root, "seeds");
    const cache = path.join(root, "cache");
    mkdirSync(seeds);
    writeFileSync(
      path.join(seeds, "settings-note.txt"),
      [
        "Council engineers published the settings of the flood gauge on Monday.",
        "",
        `The gauge signs its readings with ${SIGNING} and stores them with ${PASSWORD} as its password.`,
        "",
      ].join("\n"),
    );
    const secrets = configuredSecrets({ SLACK_SIGNING_SECRET: SIGNING, DATABASE_URL });
    // Opened first without them (as a tool would), so a cache without masking exists.
    const plain = await openDeskFolder(seeds, () => {}, { cache });
    expect(JSON.stringify(plain.articles)).toContain(SIGNING);
    for (const round of ["built", "from the cache"]) {
      const warnings: string[] = [];
      const desk = await openDeskFolder(seeds, (line) => warnings.push(line), { cache, secrets });
      const text = JSON.stringify(desk.articles);
      expect({ round, signing: text.includes(SIGNING), password: text.includes(PASSWORD) }).toEqual(
        {
          round,
          signing: false,
          password: false,
        },
      );
      expect(text).toContain(SECRET_MASK);
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain("configured secret");
      expect(warnings.join("\n")).not.toContain(SIGNING);
      const answer = JSON.stringify(answerQuestion(desk, "how does the gauge sign its readings"));
      expect(answer).not.toContain(SIGNING);
    }
  });
});
