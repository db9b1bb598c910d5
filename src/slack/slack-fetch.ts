import { hideTokensInRequest } from "./outgoing-tokens.js";
import { heldScope, LocalRateLimits, type RateLimits, rateLimitScopes } from "./rate-limits.js";

/**
 * How Story Desk talks to Slack over HTTP: every Web API call and every post to a response_url
 * goes through one `fetch` with these rules, so a reply is retried only when Slack says it was
 * not taken (429, 5xx) or the connection never opened, and never when it may already have
 * arrived (a timeout, a connection dropped mid-request): nothing is answered twice.
 */
export interface DeliverySettings {
  /** How long one attempt may take before it is given up (its outcome is then unknown). */
  readonly timeoutMs: number;
  /** Attempts in all, the first included. */
  readonly attempts: number;
  /** The longest a reply waits in all for Slack's Retry-After; a longer wait is not made. */
  readonly maxRetryWaitMs: number;
  /** The first pause before retrying a 5xx or a refused connection; doubled each time. */
  readonly backoffMs: number;
}

export const DeliveryDefaults: DeliverySettings = Object.freeze({
  timeoutMs: 10_000,
  attempts: 3,
  maxRetryWaitMs: 30_000,
  backoffMs: 250,
});

/** Connection errors raised before a request was sent: retrying them cannot post twice. */
export const NEVER_SENT: ReadonlySet<string> = new Set([
  "ECONNREFUSED",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "UND_ERR_CONNECT_TIMEOUT",
]);

/**
 * Gateway timeouts may hide a request that did arrive; other 5xx mean Slack did not take it.
 * Not retried, and read as "may have arrived" (see send-failure.ts).
 */
export const MAYBE_ARRIVED_STATUS: ReadonlySet<number> = new Set([504]);

export interface SlackFetchOptions {
  readonly settings?: Partial<DeliverySettings>;
  /** Where retries are noted (debug); the listener logs the final failure once. */
  readonly note?: (line: string) => void;
  readonly fetch?: typeof fetch;
  readonly sleep?: (ms: number) => Promise<void>;
  /**
   * Slack's rate-limit back-off: read before each call, held after a 429 (this process's own
   * unless given; the replicas' shared one on PostgreSQL).
   */
  readonly rateLimits?: RateLimits;
}

/** A `fetch` for Bolt's `clientOptions.fetch` (used by the WebClient and by `respond`). */
export function createSlackFetch(options: SlackFetchOptions = {}): typeof fetch {
  const settings = { ...DeliveryDefaults, ...options.settings };
  const send = options.fetch ?? globalThis.fetch;
  const sleep = options.sleep ?? ((ms: number) => new Promise((done) => setTimeout(done, ms)));
  const note = options.note ?? (() => {});
  const rateLimits = options.rateLimits ?? new LocalRateLimits();

  return async (input, given) => {
    const target = describeTarget(input);
    // No token- or secret-shaped string leaves in a body, whoever built it.
    const init = hideTokensInRequest(given);
    const scopes = rateLimitScopes(methodOf(input), init?.body);
    let waited = 0;
    // After waiting out its own 429 a call is sent again at once (that deadline is the one held).
    let justWaited = false;
    for (let attempt = 1; ; attempt += 1) {
      const last = attempt >= settings.attempts;
      // A deadline Slack gave this replica or another: waited for before sending, never sent into.
      const holdMs = scopes.length === 0 || justWaited ? 0 : await rateLimits.waitFor(scopes);
      justWaited = false;
      if (holdMs > 0) {
        if (waited + holdMs > settings.maxRetryWaitMs) return rateLimitedHere(holdMs);
        note(`${target}: rate limited; waiting ${holdMs} ms before sending, as Slack asked`);
        waited += holdMs;
        await sleep(holdMs);
      }
      let response: Response;
      try {
        response = await send(input, withTimeout(init, settings.timeoutMs));
      } catch (error) {
        if (last || !neverSent(error)) throw error;
        const pause = settings.backoffMs * 2 ** (attempt - 1);
        note(`${target}: connection refused; retrying in ${pause} ms (attempt ${attempt + 1})`);
        await sleep(pause);
        continue;
      }
      if (response.status === 429) {
        // Without a Retry-After Slack still means "later": the usual pause, doubled each time.
        const retryAfterMs =
          retryAfterOf(response) ?? Math.max(1_000, settings.backoffMs * 2 ** (attempt - 1));
        const scope = heldScope(scopes);
        if (scope !== null) await rateLimits.hold(scope, retryAfterMs);
        if (last || waited + retryAfterMs > settings.maxRetryWaitMs)
          return withRetryAfter(response, retryAfterMs);
        await response.body?.cancel();
        note(`${target}: rate limited; retrying after ${retryAfterMs} ms as Slack asked`);
        waited += retryAfterMs;
        await sleep(retryAfterMs);
        justWaited = true;
        continue;
      }
      if (response.status >= 500 && !MAYBE_ARRIVED_STATUS.has(response.status) && !last) {
        await response.body?.cancel();
        const pause = settings.backoffMs * 2 ** (attempt - 1);
        note(`${target}: Slack answered ${response.status}; retrying in ${pause} ms`);
        await sleep(pause);
        continue;
      }
      return response;
    }
  };
}

/**
 * Slack's Retry-After: seconds (whole, or with a fraction, rounded up), or by HTTP's rule a date
 * in GMT. Null when absent or unreadable.
 */
export function retryAfterOf(response: Response): number | null {
  const header = response.headers.get("retry-after")?.trim();
  if (!header) return null;
  if (/^\d{1,6}(\.\d+)?$/.test(header)) return Math.ceil(Number(header)) * 1000;
  if (!/GMT$/i.test(header)) return null;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now());
}

/**
 * A 429 made here, for a call not sent because Slack's deadline is further off than a reply may
 * wait: the caller reads it as Slack's own (rate limited, retry after).
 */
function rateLimitedHere(holdMs: number): Response {
  return new Response(JSON.stringify({ ok: false, error: "ratelimited" }), {
    status: 429,
    headers: {
      "content-type": "application/json",
      "retry-after": String(Math.max(1, Math.ceil(holdMs / 1000))),
    },
  });
}

/**
 * A 429 handed back to the caller always says how long to wait, so that the WebClient reads it
 * as rate limiting (it rejects a 429 without a readable Retry-After as a plain error).
 */
function withRetryAfter(response: Response, retryAfterMs: number): Response {
  if (retryAfterOf(response) !== null) return response;
  const headers = new Headers(response.headers);
  headers.set("retry-after", String(Math.ceil(retryAfterMs / 1000)));
  return new Response(response.body, { status: 429, statusText: response.statusText, headers });
}

function withTimeout(init: RequestInit | undefined, timeoutMs: number): RequestInit {
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
  return { ...init, signal };
}

function neverSent(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === "string" && NEVER_SENT.has(cause.code);
}

/** The Web API method called, or null (a response_url). */
function methodOf(input: Parameters<typeof fetch>[0]): string | null {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  try {
    return /\/api\/([\w.]+)$/.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

/** The method or path called, without query strings (a response_url's path carries a secret). */
function describeTarget(input: Parameters<typeof fetch>[0]): string {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  try {
    const { pathname } = new URL(url);
    const method = /\/api\/([\w.]+)$/.exec(pathname)?.[1];
    return method ?? "response_url";
  } catch {
    return "Slack";
  }
}
