import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkSlackBody, readSlackBody } from "../../src/slack/slack-body-shape.js";
import { FORM, type HttpDeskApp, JSON_TYPE, startHttpDeskApp } from "../support/http-desk-app.js";
import { slashCommandBody, waitFor } from "../support/slack-requests.js";

let app: HttpDeskApp;
const failures: unknown[] = [];
const noteFailure = (failure: unknown) => failures.push(failure);

beforeAll(async () => {
  process.on("unhandledRejection", noteFailure);
  process.on("uncaughtException", noteFailure);
  app = await startHttpDeskApp();
});

afterAll(async () => {
  process.off("unhandledRejection", noteFailure);
  process.off("uncaughtException", noteFailure);
  await app?.stop();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const payload = (text: string) => `payload=${encodeURIComponent(text)}`;

/** Signed bodies a careless or hostile sender might send, each with its content type. */
const MALFORMED: readonly (readonly [string, string, string])[] = [
  ["JSON null", "null", JSON_TYPE],
  ["a JSON array", "[1,2,3]", JSON_TYPE],
  ["a JSON string", '"event_callback"', JSON_TYPE],
  ["a JSON number", "42", JSON_TYPE],
  ["not JSON", "{type: event_callback", JSON_TYPE],
  ["an empty body", "", JSON_TYPE],
  ["deep nesting", `${"[".repeat(60_000)}${"]".repeat(60_000)}`, JSON_TYPE],
  ["no kind at all", '{"token":"t"}', JSON_TYPE],
  ["a numeric type", '{"type":7}', JSON_TYPE],
  ["an event of null", '{"type":"event_callback","event":null}', JSON_TYPE],
  ["an event list", '{"type":"event_callback","event":[]}', JSON_TYPE],
  [
    "a mention whose text is a number",
    '{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","text":5,"user":"U1","channel":"C1","ts":"1.2"}}',
    JSON_TYPE,
  ],
  [
    "a mention whose user is an object",
    '{"type":"event_callback","event_id":"Ev2","event":{"type":"app_mention","text":"hi","user":{},"channel":"C1","ts":"1.2"}}',
    JSON_TYPE,
  ],
  ["url verification without a challenge", '{"type":"url_verification"}', JSON_TYPE],
  ["payload=null", payload("null"), FORM],
  ["payload=[]", payload("[]"), FORM],
  ["payload of a bare string", payload('"block_actions"'), FORM],
  ["payload not JSON", payload("{oops"), FORM],
  ["payload with bad percent-encoding", "payload=%7B%22type%22%3A%E0%A4%A", FORM],
  ["payload of bytes that are not UTF-8", "payload=%FF%FE%7B%7D", FORM],
  ["two payloads", `${payload("{}")}&${payload("{}")}`, FORM],
  ["block actions of null", payload('{"type":"block_actions","actions":null}'), FORM],
  [
    "block actions without a user",
    payload('{"type":"block_actions","actions":[{"action_id":"share_answer","value":"x"}]}'),
    FORM,
  ],
  [
    "block actions with a user of null",
    payload('{"type":"block_actions","user":null,"actions":[{"action_id":"a"}]}'),
    FORM,
  ],
  [
    "block actions whose action is null",
    payload('{"type":"block_actions","user":{"id":"U1"},"actions":[null]}'),
    FORM,
  ],
  [
    "block actions whose value is a number",
    payload('{"type":"block_actions","user":{"id":"U1"},"actions":[{"action_id":"a","value":3}]}'),
    FORM,
  ],
  [
    "block actions with a channel id list",
    payload(
      '{"type":"block_actions","user":{"id":"U1"},"channel":{"id":[]},"actions":[{"action_id":"a"}]}',
    ),
    FORM,
  ],
  ["a command without a user", form({ command: "/iraq", text: "who", channel_id: "C1" }), FORM],
  [
    "a command given twice",
    `${form({ command: "/iraq", user_id: "U1", channel_id: "C1", response_url: "http://x/" })}&command=%2Fother`,
    FORM,
  ],
  ["an empty form", "", FORM],
];

describe("malformed signed bodies", () => {
  it("each gets a 4xx, nothing is answered, and the process goes on answering", async () => {
    for (const [what, body, type] of MALFORMED) {
      const response = await app.post(body, type);
      expect({ what, status: response.status }).toEqual({ what, status: 400 });
    }
    expect(app.fake.calls.filter((call) => call.method !== "auth.test")).toHaveLength(0);
    const hook = app.fake.responseUrl("after-malformed");
    const ok = await app.post(slashCommandBody({ text: "who fired", responseUrl: hook }), FORM);
    expect(ok.status).toBe(200);
    await waitFor(() => app.replies("after-malformed").length === 1);
    expect(failures).toEqual([]);
  });

  it("random JSON of any shape, signed, never gets a 5xx nor fails the process", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.boolean(), async (value, asPayload) => {
        const text = JSON.stringify(value) ?? "null";
        const response = await app.post(
          asPayload ? payload(text) : text,
          asPayload ? FORM : JSON_TYPE,
        );
        await response.arrayBuffer();
        expect(response.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
    expect(failures).toEqual([]);
  });
});

describe("reading a body's shape", () => {
  it("accepts what Slack sends: a command, an event, a button click, an SSL check", () => {
    const command = readSlackBody(
      Buffer.from(slashCommandBody({ text: "who", responseUrl: "http://127.0.0.1/hook" })),
      FORM,
    );
    expect(command.ok).toBe(true);
    expect(readSlackBody(Buffer.from("ssl_check=1&token=x"), FORM).ok).toBe(true);
    const event = {
      type: "event_callback",
      event_id: "Ev9",
      event: { type: "app_mention", user: "U1", text: "hi", channel: "C1", ts: "1.1" },
    };
    expect(checkSlackBody(event).ok).toBe(true);
    const click = {
      type: "block_actions",
      user: { id: "U1" },
      channel: { id: "C1" },
      actions: [{ action_id: "a", value: "v" }],
    };
    expect(checkSlackBody(click).ok).toBe(true);
    // An event the desk does not read is Bolt's to route, whatever its fields.
    expect(
      checkSlackBody({ type: "event_callback", event: { type: "user_change", user: {} } }).ok,
    ).toBe(true);
  });

  it("names the field that is wrong", () => {
    const reading = checkSlackBody({ type: "block_actions", user: { id: 5 }, actions: [] });
    expect(reading).toEqual({ ok: false, reason: "user.id is not a non-empty string" });
  });
});
