/**
 * Where Slack's rate-limit back-off is kept: when Slack answers 429 with Retry-After, no call of
 * that scope (a Web API method, or a method in one channel) is sent before the deadline. In one
 * process, LocalRateLimits; shared by every replica, the database's (src/newsroom/postgres).
 */
export interface RateLimits {
  /** How long (ms) until Slack takes calls of these scopes again; 0: now. */
  waitFor(scopes: readonly string[]): Promise<number>;
  /** Slack said to wait `ms` before calling `scope` again. */
  hold(scope: string, ms: number): Promise<void>;
}

/** Scopes remembered at most; the earliest deadlines go first. */
const LOCAL_CAPACITY = 1_000;

/** The back-off of this process alone. */
export class LocalRateLimits implements RateLimits {
  private readonly until = new Map<string, number>();

  constructor(private readonly now: () => number = Date.now) {}

  async waitFor(scopes: readonly string[]): Promise<number> {
    const now = this.now();
    let wait = 0;
    for (const scope of scopes) {
      const deadline = this.until.get(scope);
      if (deadline === undefined) continue;
      if (deadline <= now) this.until.delete(scope);
      else wait = Math.max(wait, deadline - now);
    }
    return wait;
  }

  async hold(scope: string, ms: number): Promise<void> {
    const deadline = this.now() + ms;
    if ((this.until.get(scope) ?? 0) >= deadline) return;
    this.until.delete(scope);
    this.until.set(scope, deadline);
    if (this.until.size > LOCAL_CAPACITY) {
      const first = this.until.keys().next().value;
      if (first !== undefined) this.until.delete(first);
    }
  }
}

/**
 * The scopes a call falls under: its Web API method, and for a message (`chat.*`) the method in
 * its channel (Slack limits posting per channel; other methods per workspace). A post to a
 * response_url has none.
 */
export function rateLimitScopes(method: string | null, body: unknown): string[] {
  if (method === null) return [];
  const channel = method.startsWith("chat.") ? channelOf(body) : null;
  return channel ? [method, `${method}:${channel}`] : [method];
}

/** The scope a 429 holds: a message's method in its channel, else the method. */
export function heldScope(scopes: readonly string[]): string | null {
  return scopes.at(-1) ?? null;
}

/** The `channel` a request body names (form-encoded, as the WebClient sends, or JSON). */
function channelOf(body: unknown): string | null {
  if (typeof body === "string") {
    const trimmed = body.trimStart();
    if (trimmed.startsWith("{")) {
      try {
        const channel = (JSON.parse(trimmed) as { channel?: unknown }).channel;
        return typeof channel === "string" ? channel : null;
      } catch {
        return null;
      }
    }
    return new URLSearchParams(body).get("channel");
  }
  if (body instanceof URLSearchParams) return body.get("channel");
  return null;
}
