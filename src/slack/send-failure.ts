import { MAYBE_ARRIVED_STATUS, NEVER_SENT } from "./slack-fetch.js";

/** Why a message could not be sent to Slack, read from whatever the WebClient or `respond` threw. */
export interface SendFailure {
  readonly kind:
    | "rate-limited"
    | "slack-unavailable"
    | "timed-out"
    | "connection-dropped"
    | "unreachable"
    | "refused"
    | "failed";
  /** A few words for the log: the status or Slack's error code, never a URL or a token. */
  readonly reason: string;
  /** Slack's error code for a refused call (`not_in_channel`, `msg_too_long`…), if any. */
  readonly slackError?: string;
  /**
   * The request may have reached Slack (it timed out or the connection dropped mid-way): sending
   * anything more could answer twice, so nothing more is sent.
   */
  readonly mayHaveArrived: boolean;
}

interface ThrownShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly statusCode?: unknown;
  readonly retryAfter?: unknown;
  readonly data?: { readonly error?: unknown };
  readonly original?: unknown;
  readonly cause?: unknown;
}

/** Reads a send error into a SendFailure. */
export function sendFailureOf(error: unknown): SendFailure {
  const thrown = (error ?? {}) as ThrownShape;
  if (thrown.code === "slack_webapi_rate_limited_error") {
    const after =
      typeof thrown.retryAfter === "number" ? `, retry after ${thrown.retryAfter} s` : "";
    return { kind: "rate-limited", reason: `rate limited by Slack${after}`, mayHaveArrived: false };
  }
  if (typeof thrown.statusCode === "number") return fromStatus(thrown.statusCode);
  if (typeof thrown.data?.error === "string") {
    const slackError = thrown.data.error;
    // Slack's codes are short snake_case words; anything else is a reply that could not be read,
    // which came with a 200: the message may well have been posted.
    if (!/^[a-z_]{1,80}$/.test(slackError))
      return { kind: "failed", reason: "Slack's reply could not be read", mayHaveArrived: true };
    return {
      kind: "refused",
      reason: `Slack refused it (${slackError})`,
      slackError,
      mayHaveArrived: false,
    };
  }
  if (thrown.code === "slack_webapi_request_error") return fromConnection(thrown.original);
  return fromConnection(error);
}

function fromStatus(status: number): SendFailure {
  if (status === 429)
    return { kind: "rate-limited", reason: "rate limited by Slack (429)", mayHaveArrived: false };
  if (MAYBE_ARRIVED_STATUS.has(status))
    return {
      kind: "timed-out",
      reason: `Slack's gateway timed out (${status})`,
      mayHaveArrived: true,
    };
  if (status >= 500)
    return { kind: "slack-unavailable", reason: `Slack answered ${status}`, mayHaveArrived: false };
  return { kind: "refused", reason: `Slack refused it (HTTP ${status})`, mayHaveArrived: false };
}

function fromConnection(error: unknown): SendFailure {
  const thrown = (error ?? {}) as ThrownShape;
  if (thrown.name === "TimeoutError" || thrown.name === "AbortError")
    return { kind: "timed-out", reason: "Slack did not answer in time", mayHaveArrived: true };
  const code = (thrown.cause as ThrownShape | undefined)?.code;
  if (typeof code === "string" && NEVER_SENT.has(code))
    return {
      kind: "unreachable",
      reason: `Slack could not be reached (${code})`,
      mayHaveArrived: false,
    };
  if (typeof code === "string")
    return {
      kind: "connection-dropped",
      reason: `the connection failed (${code})`,
      mayHaveArrived: true,
    };
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return {
    kind: "failed",
    reason: what.replace(/\bhttps?:\/\/\S+/g, "[url]").slice(0, 200),
    mayHaveArrived: false,
  };
}
