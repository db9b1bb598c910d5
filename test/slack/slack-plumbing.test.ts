import { LogLevel } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { DeskWork } from "../../src/slack/desk-work.js";
import {
  questionFromMessage,
  searchableText,
  unescapeSlackText,
} from "../../src/slack/incoming-text.js";
import { RecentKeys } from "../../src/slack/recent-keys.js";
import { createRedactingLogger, REDACTED } from "../../src/slack/redacting-logger.js";

describe("the redacting logger", () => {
  it("never prints a Slack token or a configured secret, in text, objects or errors", () => {
    const lines: string[] = [];
    const logger = createRedactingLogger({
      level: LogLevel.DEBUG,
      secrets: ["plain0signing0secret"],
      write: (_level, line) => lines.push(line),
    });
    logger.debug("token", "xoxb-123-456-fakefake", {
      headers: { auth: "Bearer xapp-1-A0-123-fakefake" },
    });
    logger.error(new Error("bad signature for plain0signing0secret"));
    logger.info("user token xoxp-9-9 and refresh xoxe.xoxp-1-abc");
    const log = lines.join("\n");
    expect(log).not.toMatch(/xoxb-|xapp-|xoxp-|plain0signing0secret/);
    expect(log.split(REDACTED).length - 1).toBe(5);
  });

  it("keeps to its level", () => {
    const lines: string[] = [];
    const logger = createRedactingLogger({
      level: LogLevel.WARN,
      secrets: [],
      write: (_l, line) => lines.push(line),
    });
    logger.info("quiet");
    logger.warn("loud");
    expect(lines).toEqual(["[WARN] story-desk loud"]);
  });
});

describe("remembering recent keys", () => {
  it("says true only the first time, and forgets the oldest beyond its capacity", () => {
    const keys = new RecentKeys(2);
    expect([
      keys.firstTime("a"),
      keys.firstTime("a"),
      keys.firstTime("b"),
      keys.firstTime("c"),
    ]).toEqual([true, false, true, true]);
    expect(keys.size).toBe(2);
    expect(keys.firstTime("a")).toBe(true);
  });
});

describe("the desk's work queue", () => {
  it("answers one job at a time in order, letting other work run between jobs", async () => {
    const work = new DeskWork();
    const order: string[] = [];
    const jobs = [1, 2, 3].map((n) => work.answer(() => order.push(`job${n}`)));
    setImmediate(() => order.push("io"));
    await Promise.all(jobs);
    expect(order.filter((step) => step.startsWith("job"))).toEqual(["job1", "job2", "job3"]);
    expect(order.indexOf("io")).toBeLessThan(order.indexOf("job3"));
  });

  it("keeps going after a failed job, and drains unfinished replies", async () => {
    const work = new DeskWork();
    await expect(
      work.answer(() => {
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await work.answer(() => "next")).toBe("next");
    let done = false;
    work.track(
      new Promise<void>((resolve) =>
        setTimeout(() => {
          done = true;
          resolve();
        }, 20),
      ),
    );
    expect(work.pending).toBe(1);
    await work.drain(5_000);
    expect(done).toBe(true);
  });
});

describe("reading what people type in Slack", () => {
  it("undoes Slack's escaping", () => {
    expect(unescapeSlackText("AT&amp;T &lt;3 &gt;")).toBe("AT&T <3 >");
  });

  it("takes the bot's mention out of a question, wherever it is", () => {
    expect(questionFromMessage("<@UBOT> who said it, <@UBOT|storydesk>?", "UBOT")).toBe(
      "who said it, ?",
    );
    expect(questionFromMessage("<@U0OTHER> asks: who", "UBOT")).toBe("<@U0OTHER> asks: who");
    expect(questionFromMessage(undefined, "UBOT")).toBe("");
  });

  it("searches without Slack markup", () => {
    expect(searchableText("<!channel> who met <@U1> in <#C1|general> <https://x.org|here>")).toBe(
      "who met in general here",
    );
  });
});
