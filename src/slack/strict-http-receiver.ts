import type { IncomingMessage, ServerResponse } from "node:http";
import { HTTPReceiver, type HTTPReceiverOptions } from "@slack/bolt";

/** Slack's rule: a request's timestamp is within five minutes of now, in either direction. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

/** Slack's payloads are small; anything larger is refused with 413 before it is read whole. */
export const REQUEST_BODY_LIMIT = 256 * 1024;

/**
 * Bolt's HTTP receiver with Slack's timestamp rule enforced both ways. Bolt itself rejects old
 * timestamps but accepts future ones, which would let a captured request be replayed later. This
 * check runs first and only reads the header; Bolt then checks the signature as usual.
 */
export class StrictHTTPReceiver extends HTTPReceiver {
  constructor(options: HTTPReceiverOptions, now: () => number = Date.now) {
    super({ bodyLimit: REQUEST_BODY_LIMIT, ...options });
    const boltListener = this.requestListener;
    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      if (req.method === "POST" && !isFresh(req.headers["x-slack-request-timestamp"], now())) {
        res.writeHead(401, { "content-type": "text/plain" });
        res.end("stale or future request timestamp");
        req.resume();
        return;
      }
      normalizeFormContentType(req);
      boltListener(req, res);
    };
  }
}

/**
 * Bolt reads a body as a form only when the content type is exactly
 * `application/x-www-form-urlencoded`; a client that adds `; charset=utf-8` (as fetch does for
 * URLSearchParams) would have its slash command read as JSON and fail. The signature covers the
 * body, not this header, so naming the type plainly changes nothing else.
 */
function normalizeFormContentType(req: IncomingMessage): void {
  const type = req.headers["content-type"];
  if (type && /^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    req.headers["content-type"] = "application/x-www-form-urlencoded";
  }
}

/** Missing timestamps pass here: Bolt refuses unsigned requests itself (except its ssl_check). */
function isFresh(header: string | string[] | undefined, nowMs: number): boolean {
  if (header === undefined) return true;
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Math.floor(nowMs / 1000) - Number(header)) <= MAX_REQUEST_AGE_SECONDS;
}
