/**
 * The few Slack Web API methods an admin's deploy needs: tooling.tokens.rotate and
 * apps.manifest.{export,validate,update}. Plain fetch: a form-encoded POST, the app configuration
 * token in the Authorization header, never in the URL; no error message ever carries a token.
 */

export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

/** The error code of an HTTP 429 answer, as Slack names it. */
export const RATE_LIMITED = "ratelimited";

/** One of Slack's manifest errors: what is wrong, and where (a JSON pointer into the manifest). */
export interface SlackManifestError {
  readonly message: string;
  readonly pointer?: string;
}

/** A method answered `ok: false` (or not at all): the method, Slack's error code, its details. */
export class SlackApiError extends Error {
  override readonly name = "SlackApiError";
  constructor(
    readonly method: string,
    readonly code: string,
    readonly manifestErrors: readonly SlackManifestError[] = [],
    readonly retryAfterSeconds?: number,
  ) {
    super(`${method} failed: ${code}`);
  }
}

export interface RotatedTokens {
  readonly token: string;
  readonly refreshToken: string;
  /** Unix seconds when the new configuration token expires, when Slack says. */
  readonly expiresAt?: number;
}

export type FetchLike = (input: string | URL, init?: RequestInit) => Promise<Response>;

export class SlackManifestApi {
  /** The API's base URL, ending with "/". */
  readonly baseUrl: string;

  constructor(
    apiUrl: string | undefined,
    private readonly fetchImpl: FetchLike = fetch,
    private readonly timeoutMs = 30_000,
  ) {
    const base =
      apiUrl === undefined || apiUrl.trim() === "" ? DEFAULT_SLACK_API_URL : apiUrl.trim();
    this.baseUrl = base.endsWith("/") ? base : `${base}/`;
  }

  /** Exchanges a refresh token for a new configuration token and a new refresh token. */
  async rotate(refreshToken: string): Promise<RotatedTokens> {
    const body = await this.call("tooling.tokens.rotate", { refresh_token: refreshToken });
    const token = body["token"];
    const next = body["refresh_token"];
    if (typeof token !== "string" || token === "" || typeof next !== "string" || next === "") {
      throw new SlackApiError("tooling.tokens.rotate", "no tokens in Slack's answer");
    }
    const exp = body["exp"];
    return typeof exp === "number"
      ? { token, refreshToken: next, expiresAt: exp }
      : { token, refreshToken: next };
  }

  /** The app's configuration as Slack has it now; undefined when Slack's answer holds none. */
  async exportManifest(token: string, appId: string): Promise<unknown> {
    const body = await this.call("apps.manifest.export", { app_id: appId }, token);
    const manifest = body["manifest"];
    if (typeof manifest === "string") {
      try {
        return JSON.parse(manifest) as unknown;
      } catch {
        throw new SlackApiError("apps.manifest.export", "the exported manifest is not JSON");
      }
    }
    return manifest !== null && typeof manifest === "object" ? manifest : undefined;
  }

  /** Resolves when Slack accepts the manifest; else a SlackApiError with Slack's errors. */
  async validate(token: string, appId: string, manifest: unknown): Promise<void> {
    await this.call(
      "apps.manifest.validate",
      { app_id: appId, manifest: JSON.stringify(manifest) },
      token,
    );
  }

  /** Replaces the app's whole configuration; tells whether its permissions (scopes) changed. */
  async update(
    token: string,
    appId: string,
    manifest: unknown,
  ): Promise<{ permissionsUpdated: boolean }> {
    const body = await this.call(
      "apps.manifest.update",
      { app_id: appId, manifest: JSON.stringify(manifest) },
      token,
    );
    return { permissionsUpdated: body["permissions_updated"] === true };
  }

  private async call(
    method: string,
    params: Record<string, string>,
    token?: string,
  ): Promise<Record<string, unknown>> {
    const headers: Record<string, string> = {
      "content-type": "application/x-www-form-urlencoded; charset=utf-8",
    };
    if (token !== undefined) headers["authorization"] = `Bearer ${token}`;
    let response: Response;
    try {
      response = await this.fetchImpl(new URL(method, this.baseUrl), {
        method: "POST",
        headers,
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new SlackApiError(method, `could not reach ${this.host()} (${networkReason(error)})`);
    }
    if (response.status === 429) {
      const retryAfter = Number(response.headers.get("retry-after") ?? "");
      throw new SlackApiError(
        method,
        RATE_LIMITED,
        [],
        Number.isFinite(retryAfter) ? retryAfter : undefined,
      );
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new SlackApiError(method, `HTTP ${response.status} with no JSON answer`);
    }
    if (body === null || typeof body !== "object") {
      throw new SlackApiError(method, `HTTP ${response.status} with no JSON answer`);
    }
    const record = body as Record<string, unknown>;
    if (record["ok"] !== true) {
      const code =
        typeof record["error"] === "string" ? record["error"] : `HTTP ${response.status}`;
      throw new SlackApiError(method, code, manifestErrors(record["errors"]));
    }
    return record;
  }

  private host(): string {
    try {
      return new URL(this.baseUrl).host;
    } catch {
      return "the Slack API";
    }
  }
}

function manifestErrors(value: unknown): SlackManifestError[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const record = (item ?? {}) as Record<string, unknown>;
    const message = typeof record["message"] === "string" ? record["message"] : "invalid";
    const pointer = typeof record["pointer"] === "string" ? record["pointer"] : undefined;
    return pointer === undefined ? { message } : { message, pointer };
  });
}

/** A short reason for a failed request: the system error code, never the request itself. */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  if (typeof cause?.code === "string") return cause.code;
  if ((error as { name?: unknown } | null)?.name === "TimeoutError") return "timed out";
  return "network error";
}
