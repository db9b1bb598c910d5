import { slackSignature } from "../../src/tools/load/slack-signature.js";

export { slackSignature };

/** Requests as Slack sends them to `/slack/events`: signed `v0=HMAC-SHA256(v0:ts:body)`. */

export interface SignOptions {
  readonly secret: string;
  /** Seconds since the epoch; default now. */
  readonly timestamp?: number;
  /** Leave the signature headers off. */
  readonly unsigned?: boolean;
  /** Sign with this secret instead (a forgery). */
  readonly forgeWith?: string;
  readonly headers?: Record<string, string>;
}

export function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

export async function postToSlackApp(
  url: string,
  body: string,
  contentType: string,
  options: SignOptions,
): Promise<Response> {
  const timestamp = options.timestamp ?? nowSeconds();
  const headers: Record<string, string> = { "content-type": contentType, ...options.headers };
  if (!options.unsigned) {
    headers["x-slack-request-timestamp"] = String(timestamp);
    headers["x-slack-signature"] = slackSignature(
      options.forgeWith ?? options.secret,
      timestamp,
      body,
    );
  }
  return fetch(url, { method: "POST", headers, body });
}

export interface SlashCommandFields {
  readonly text: string;
  readonly responseUrl: string;
  readonly command?: string;
  readonly userId?: string;
  readonly channelId?: string;
}

let triggers = 0;
/** Slack gives every command and click its own trigger id. */
export function nextTrigger(): string {
  triggers += 1;
  return `${triggers}.${Date.now()}.fake`;
}

/** What a click's or a modal's payload starts with: the workspace, who acted, the app, a trigger id. */
export function interactionEnvelope(userId = "U0REPORTER") {
  return {
    team: { id: "T0001", domain: "newsroom" },
    user: { id: userId, name: "reporter", team_id: "T0001" },
    api_app_id: "A0001",
    token: "legacy-verification-token",
    trigger_id: nextTrigger(),
  };
}

export function slashCommandBody(fields: SlashCommandFields): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T0001",
    team_domain: "newsroom",
    channel_id: fields.channelId ?? "C0001",
    channel_name: "desk",
    user_id: fields.userId ?? "U0REPORTER",
    user_name: "reporter",
    command: fields.command ?? "/iraq",
    text: fields.text,
    api_app_id: "A0001",
    response_url: fields.responseUrl,
    trigger_id: nextTrigger(),
  }).toString();
}

export function eventCallbackBody(eventId: string, event: Record<string, unknown>): string {
  return JSON.stringify({
    token: "legacy-verification-token",
    team_id: "T0001",
    api_app_id: "A0001",
    type: "event_callback",
    event_id: eventId,
    event_time: nowSeconds(),
    event,
    authorizations: [{ team_id: "T0001", user_id: "UBOT", is_bot: true }],
  });
}

export function blockActionBody(fields: {
  readonly actionId: string;
  readonly value: string;
  readonly responseUrl: string;
  readonly userId?: string;
  readonly channelId?: string;
  /** The timestamp of the message the button is on. */
  readonly messageTs?: string;
}): string {
  const payload = {
    type: "block_actions",
    ...interactionEnvelope(fields.userId),
    container: {
      type: "message",
      message_ts: fields.messageTs ?? "1700000000.000100",
      is_ephemeral: true,
    },
    channel: { id: fields.channelId ?? "C0001", name: "desk" },
    response_url: fields.responseUrl,
    actions: [
      {
        type: "button",
        action_id: fields.actionId,
        block_id: "b1",
        text: { type: "plain_text", text: "button" },
        value: fields.value,
        action_ts: "1700000001.000200",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Polls until `check` holds or `timeoutMs` passes (for replies sent after the HTTP ack). */
export async function waitFor(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out waiting for the expected Slack calls");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
