import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One request the fake Slack received: a Web API method call, or a post to some other path (response_url). */
export interface RecordedCall {
  readonly method: string;
  readonly path: string;
  readonly params: Record<string, unknown>;
  readonly headers: IncomingMessage["headers"];
  /** When it arrived (ms since the epoch). */
  readonly at: number;
}

/** What a handler answers: a JSON body, optionally with an HTTP status and headers. */
export interface FakeReply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: unknown;
  /** Sent as it is instead of the JSON body (a file's bytes), with its own content type. */
  readonly raw?: { readonly contentType: string; readonly data: string | Uint8Array };
}

export type FakeHandler = (call: RecordedCall) => FakeReply | Promise<FakeReply>;

/** What Slack answers the bot token's auth.test, which the app asks at start. */
export const BOT_IDENTITY = Object.freeze({
  ok: true,
  user_id: "UBOT",
  bot_id: "BBOT",
  team_id: "T0001",
  user: "storydesk",
});

/** Handlers of a fake Slack that takes the bot token. */
export const TAKES_BOT_TOKEN: Readonly<Record<string, FakeHandler>> = Object.freeze({
  "auth.test": () => ({ body: BOT_IDENTITY }),
});

/**
 * A local stand-in for Slack's Web API on loopback: `POST /api/<method>` with form or JSON bodies,
 * and any other path (a response_url). Every request is recorded; replies come from handlers,
 * else `{ ok: true }`.
 */
export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  private readonly handlers = new Map<string, FakeHandler>();
  private server: Server | null = null;
  private baseUrl = "";

  /** The base URL to give as SLACK_API_URL (ends with `/api/`). */
  get apiUrl(): string {
    return `${this.baseUrl}/api/`;
  }

  /** A URL on this server to use as a slash command's response_url. */
  responseUrl(name = "respond"): string {
    return `${this.baseUrl}/hooks/${name}`;
  }

  /** Answers `method` (e.g. "chat.postMessage", or a path such as "/hooks/respond") with a handler. */
  on(method: string, handler: FakeHandler): this {
    this.handlers.set(method, handler);
    return this;
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const path = (req.url ?? "/").split("?")[0] ?? "/";
        const method = path.startsWith("/api/") ? path.slice("/api/".length) : path;
        const call: RecordedCall = {
          method,
          path,
          params: parseBody(raw, req.headers["content-type"]),
          headers: req.headers,
          at: Date.now(),
        };
        this.calls.push(call);
        const handler = this.handlers.get(method);
        Promise.resolve(handler ? handler(call) : { body: { ok: true } })
          .then((reply) => {
            if (reply.raw) {
              res.writeHead(reply.status ?? 200, {
                "content-type": reply.raw.contentType,
                ...reply.headers,
              });
              res.end(reply.raw.data);
              return;
            }
            res.writeHead(reply.status ?? 200, {
              "content-type": "application/json",
              ...reply.headers,
            });
            res.end(JSON.stringify(reply.body));
          })
          .catch(() => {
            res.writeHead(500);
            res.end();
          });
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.baseUrl = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

function parseBody(raw: string, contentType: string | undefined): Record<string, unknown> {
  if (raw === "") return {};
  if (contentType?.includes("application/json")) {
    try {
      return JSON.parse(raw) as Record<string, unknown>;
    } catch {
      return { _raw: raw };
    }
  }
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    params[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return params;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}
