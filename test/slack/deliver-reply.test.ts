import { describe, expect, it } from "vitest";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { deliverReply } from "../../src/slack/listeners/deliver-reply.js";
import { sendFailureOf } from "../../src/slack/send-failure.js";
import { fakeLogger } from "../support/listener-fakes.js";

const timedOut = () =>
  Object.assign(new Error("The operation was aborted due to timeout"), { name: "TimeoutError" });
const platformError = (error: string) =>
  Object.assign(new Error(`An API error occurred: ${error}`), {
    code: "slack_webapi_platform_error",
    data: { ok: false, error },
  });

describe("a send failure", () => {
  it("is read from what the WebClient and respond throw", () => {
    expect(sendFailureOf({ code: "slack_webapi_rate_limited_error", retryAfter: 3 })).toMatchObject(
      {
        kind: "rate-limited",
        mayHaveArrived: false,
      },
    );
    expect(sendFailureOf({ code: "slack_webapi_http_error", statusCode: 502 }).kind).toBe(
      "slack-unavailable",
    );
    expect(sendFailureOf({ code: "slack_bolt_respond_error", statusCode: 404 }).kind).toBe(
      "refused",
    );
    expect(sendFailureOf(platformError("not_in_channel"))).toMatchObject({
      kind: "refused",
      slackError: "not_in_channel",
    });
    expect(
      sendFailureOf({ code: "slack_webapi_request_error", original: timedOut() }).mayHaveArrived,
    ).toBe(true);
    const dropped = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNRESET" } });
    expect(sendFailureOf(dropped)).toMatchObject({
      kind: "connection-dropped",
      mayHaveArrived: true,
    });
    const refused = Object.assign(new TypeError("fetch failed"), {
      cause: { code: "ECONNREFUSED" },
    });
    expect(sendFailureOf(refused)).toMatchObject({ kind: "unreachable", mayHaveArrived: false });
  });
});

describe("delivering a reply", () => {
  const job = (send: () => Promise<unknown>, tellers: ((text: string) => Promise<unknown>)[]) => ({
    context: "a question in C1",
    answer: async () => "the answer",
    send,
    tellAsker: tellers,
  });

  it("sends the answer and logs nothing when all goes well", async () => {
    const { logger, errors } = fakeLogger();
    const outcome = await deliverReply(
      job(async () => undefined, []),
      logger,
    );
    expect(outcome).toBe("sent");
    expect(errors).toEqual([]);
  });

  it("tells the asker the bot cannot post here when Slack says so", async () => {
    const { logger, errors } = fakeLogger();
    const told: string[] = [];
    const outcome = await deliverReply(
      job(() => Promise.reject(platformError("not_in_channel")), [async (text) => told.push(text)]),
      logger,
    );
    expect(outcome).toBe("asker-told");
    expect(told).toEqual([DeskTexts.cannotPostHere]);
    expect(errors).toHaveLength(1);
  });

  it("tries each way of telling the asker in turn, and logs once when none works", async () => {
    const { logger, errors } = fakeLogger();
    let tries = 0;
    const failing = () => {
      tries += 1;
      return Promise.reject(platformError("channel_not_found"));
    };
    const outcome = await deliverReply(
      job(() => Promise.reject({ statusCode: 500 }), [failing, failing]),
      logger,
    );
    expect(outcome).toBe("asker-not-told");
    expect(tries).toBe(2);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("could not be told either");
  });

  it("sends nothing more after a timeout, since the answer may have arrived", async () => {
    const { logger, errors } = fakeLogger();
    const told: string[] = [];
    const outcome = await deliverReply(
      job(() => Promise.reject(timedOut()), [async (text) => told.push(text)]),
      logger,
    );
    expect(outcome).toBe("not-resent");
    expect(told).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it("stops telling after an apology that may have arrived, so nobody is told twice", async () => {
    const { logger } = fakeLogger();
    let second = false;
    await deliverReply(
      job(
        () => Promise.reject({ statusCode: 503 }),
        [
          () => Promise.reject(timedOut()),
          async () => {
            second = true;
          },
        ],
      ),
      logger,
    );
    expect(second).toBe(false);
  });

  it("apologises when answering itself fails", async () => {
    const { logger, errors } = fakeLogger();
    const told: string[] = [];
    const outcome = await deliverReply(
      {
        context: "a question in C1",
        answer: () => Promise.reject(new Error("index unavailable")),
        send: async () => undefined,
        tellAsker: [async (text) => told.push(text)],
      },
      logger,
    );
    expect(outcome).toBe("asker-told");
    expect(told).toEqual([DeskTexts.apology]);
    expect(errors[0]).toContain("index unavailable");
  });
});
