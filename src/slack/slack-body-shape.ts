import { parse as parseQueryString } from "node:querystring";

/**
 * What a signed request's body must look like before Bolt and the listeners read it. A valid
 * signature says who sent a body, not that it is well formed: a body of JSON `null`, an array, a
 * field of the wrong type or a payload that is not JSON would otherwise reach code that reads its
 * properties. Pure: bytes in, a body or the reason it is refused out.
 */

/** Why a body is refused (for the log; the sender gets a bare 400). */
export const BodyRefusals = Object.freeze({
  notUtf8: "the body is not UTF-8",
  notJson: "the body is not JSON",
  payloadNotJson: "the payload field is not JSON",
  repeatedField: (name: string) => `the field ${name} is given more than once`,
  notAnObject: "the body is not a JSON object",
  noKind: "the body is neither a command, an event nor an interaction",
  wrongType: (field: string, expected: string) => `${field} is not ${expected}`,
});

/** A body as Slack sends it: a plain object. */
export type SlackBody = Record<string, unknown>;

export type BodyReading = { ok: true; body: SlackBody } | { ok: false; reason: string };

const FORM = "application/x-www-form-urlencoded";

/**
 * Reads a request body the way Bolt will (a form, its `payload` field as JSON, else JSON) and
 * checks the fields Story Desk and Bolt read. `contentType` is the header as Bolt will see it.
 */
export function readSlackBody(raw: Buffer, contentType: string | undefined): BodyReading {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return { ok: false, reason: BodyRefusals.notUtf8 };
  }
  if (contentType === FORM) {
    const fields = parseQueryString(text);
    for (const [name, value] of Object.entries(fields))
      if (Array.isArray(value)) return { ok: false, reason: BodyRefusals.repeatedField(name) };
    const payload = fields["payload"];
    if (typeof payload !== "string") return checkSlackBody(fields);
    if (fields["ssl_check"] === "1") return { ok: true, body: { ssl_check: "1" } };
    return checkSlackBody(parseJson(payload), BodyRefusals.payloadNotJson);
  }
  return checkSlackBody(parseJson(text), BodyRefusals.notJson);
}

const NOT_JSON = Symbol("not JSON");

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    // Not JSON at all, or nested too deep for the parser.
    return NOT_JSON;
  }
}

/** A parsed body checked for the shape of a command, an event or an interaction. */
export function checkSlackBody(body: unknown, notJson: string = BodyRefusals.notJson): BodyReading {
  if (body === NOT_JSON) return { ok: false, reason: notJson };
  if (!isObject(body)) return { ok: false, reason: BodyRefusals.notAnObject };
  const problem = problemOf(body);
  return problem === null ? { ok: true, body } : { ok: false, reason: problem };
}

function problemOf(body: SlackBody): string | null {
  if (body["ssl_check"] === "1") return null;
  const top = fieldsProblem(body, "", TOP_STRINGS, TOP_OBJECTS);
  if (top) return top;
  if (body["command"] !== undefined) return commandProblem(body);
  const type = body["type"];
  if (typeof type !== "string") return BodyRefusals.noKind;
  if (type === "url_verification") return required(body, "", ["challenge"]);
  if (type === "event_callback") return eventProblem(body["event"]);
  return interactionProblem(body);
}

/** Top-level fields that are strings wherever they appear. */
const TOP_STRINGS = [
  "type",
  "token",
  "team_id",
  "api_app_id",
  "event_id",
  "command",
  "text",
  "user_id",
  "channel_id",
  "response_url",
  "trigger_id",
  "callback_id",
  "enterprise_id",
];
/** Top-level fields that are objects wherever they appear (`team` may be null). */
const TOP_OBJECTS = ["user", "channel", "container", "view", "message"];

function commandProblem(body: SlackBody): string | null {
  return required(body, "", ["command", "user_id", "channel_id", "response_url"]);
}

/** The events the desk listens to, and the string fields it reads of them. */
const EVENT_STRINGS = ["type", "user", "channel", "text", "ts", "thread_ts", "channel_type", "tab"];
const READ_EVENTS = new Set(["app_mention", "message", "app_home_opened"]);

function eventProblem(event: unknown): string | null {
  if (!isObject(event)) return BodyRefusals.wrongType("event", "an object");
  const type = required(event, "event.", ["type"]);
  if (type) return type;
  if (!READ_EVENTS.has(event["type"] as string)) return null;
  return fieldsProblem(event, "event.", EVENT_STRINGS, []);
}

function interactionProblem(body: SlackBody): string | null {
  const user = body["user"];
  if (isObject(user)) {
    const problem = required(user, "user.", ["id"]);
    if (problem) return problem;
  }
  const channel = body["channel"];
  if (isObject(channel)) {
    const problem = fieldsProblem(channel, "channel.", ["id"], []);
    if (problem) return problem;
  }
  const container = body["container"];
  if (isObject(container)) {
    const problem = fieldsProblem(container, "container.", ["thread_ts", "message_ts"], []);
    if (problem) return problem;
  }
  if (body["type"] !== "block_actions") return null;
  if (!isObject(user)) return BodyRefusals.wrongType("user", "an object");
  const actions = body["actions"];
  if (!Array.isArray(actions) || actions.length === 0)
    return BodyRefusals.wrongType("actions", "a list of actions");
  for (const [i, action] of actions.entries()) {
    if (!isObject(action)) return BodyRefusals.wrongType(`actions[${i}]`, "an object");
    const problem =
      required(action, `actions[${i}].`, ["action_id"]) ??
      fieldsProblem(action, `actions[${i}].`, ["value", "block_id", "type"], []);
    if (problem) return problem;
  }
  return null;
}

/** Each of `names` is a non-empty string. */
function required(body: SlackBody, prefix: string, names: readonly string[]): string | null {
  for (const name of names) {
    const value = body[name];
    if (typeof value !== "string" || value.length === 0)
      return BodyRefusals.wrongType(`${prefix}${name}`, "a non-empty string");
  }
  return null;
}

/** Fields that, when present, are strings (`strings`) or objects (`objects`). */
function fieldsProblem(
  body: SlackBody,
  prefix: string,
  strings: readonly string[],
  objects: readonly string[],
): string | null {
  for (const name of strings) {
    const value = body[name];
    if (value !== undefined && typeof value !== "string")
      return BodyRefusals.wrongType(`${prefix}${name}`, "a string");
  }
  for (const name of objects) {
    const value = body[name];
    if (value !== undefined && value !== null && !isObject(value))
      return BodyRefusals.wrongType(`${prefix}${name}`, "an object");
  }
  return null;
}

function isObject(value: unknown): value is SlackBody {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
