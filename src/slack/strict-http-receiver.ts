import type { IncomingMessage, ServerResponse } from "node:http";
import {
  HTTPModuleFunctions,
  HTTPReceiver,
  type HTTPReceiverOptions,
  type Logger,
} from "@slack/bolt";
import { readSlackBody } from "./slack-body-shape.js";

/** Slack's rule: a request's timestamp is within five minutes of now, in either direction. */
export const MAX_REQUEST_AGE_SECONDS = 5 * 60;

/** Slack's payloads are small; anything larger is refused with 413 before it is read whole. */
export const REQUEST_BODY_LIMIT = 256 * 1024;

/** Where Bolt takes Slack's posts when no endpoints are named. */
const DEFAULT_ENDPOINTS = ["/slack/events"];

/**
 * Bolt's HTTP receiver, stricter at the door:
 * - Slack's timestamp rule both ways (Bolt rejects old timestamps but accepts future ones, which
 *   would let a captured request be replayed later); this check only reads the header.
 * - A post to the events path is read (up to the body limit: 413) and its signature checked (401)
 *   here; then its body must be a well-formed command, event or interaction (else 400) before
 *   Bolt sees it. A signed body of JSON `null`, an array, a field of the wrong type or a payload
 *   that is not JSON never reaches code that would read its properties.
 * - Nothing a request holds can throw out of the listener: whatever slips through is a 400.
 */
export class StrictHTTPReceiver extends HTTPReceiver {
  constructor(options: HTTPReceiverOptions, now: () => number = Date.now) {
    super({ bodyLimit: REQUEST_BODY_LIMIT, ...options });
    const boltListener = this.requestListener;
    const endpoints = new Set(
      options.endpoints === undefined
        ? DEFAULT_ENDPOINTS
        : Array.isArray(options.endpoints)
          ? options.endpoints
          : [options.endpoints],
    );
    const door: Door = {
      signingSecret: options.signingSecret,
      bodyLimit: options.bodyLimit ?? REQUEST_BODY_LIMIT,
      ...(options.logger ? { logger: options.logger } : {}),
    };
    this.requestListener = (req: IncomingMessage, res: ServerResponse) => {
      try {
        if (req.method === "POST" && !isFresh(req.headers["x-slack-request-timestamp"], now())) {
          refuse(req, res, 401, "stale or future request timestamp");
          return;
        }
        normalizeFormContentType(req);
        if (req.method !== "POST" || !endpoints.has(pathOf(req.url))) {
          boltListener(req, res);
          return;
        }
        checkAtTheDoor(door, req, res).then(
          (passed) => {
            if (passed) boltListener(req, res);
          },
          (error: unknown) => {
            door.logger?.warn(`refused a request: ${(error as Error)?.message ?? "error"}`);
            refuse(req, res, 400, "malformed request");
          },
        );
      } catch (error) {
        door.logger?.warn(`refused a request: ${(error as Error)?.message ?? "error"}`);
        refuse(req, res, 400, "malformed request");
      }
    };
  }
}

interface Door {
  readonly signingSecret: HTTPReceiverOptions["signingSecret"];
  readonly bodyLimit: NonNullable<HTTPReceiverOptions["bodyLimit"]>;
  readonly logger?: Logger;
}

/**
 * Reads the body, checks the signature and the body's shape; answers the request itself and
 * returns false when it is refused. Bolt then reads the body already read.
 */
async function checkAtTheDoor(
  door: Door,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<boolean> {
  const secret = door.signingSecret;
  let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.parseAndVerifyHTTPRequest>>;
  try {
    buffered = await HTTPModuleFunctions.parseAndVerifyHTTPRequest(
      { enabled: true, signingSecret: secret, bodyLimit: door.bodyLimit },
      req,
    );
  } catch (error) {
    const tooLarge =
      HTTPModuleFunctions.isRawBodyError(error) &&
      (error.type === "entity.too.large" || error.statusCode === 413);
    if (tooLarge) {
      door.logger?.warn(`Request body exceeded the maximum allowed size (${door.bodyLimit} bytes)`);
      refuse(req, res, 413, "request body too large");
    } else {
      door.logger?.warn(`Failed to verify a request: ${(error as Error)?.message ?? "error"}`);
      refuse(req, res, 401, "request not verified");
    }
    return false;
  }
  const reading = readSlackBody(buffered.rawBody, req.headers["content-type"]);
  if (!reading.ok) {
    door.logger?.warn(`refused a signed request: ${reading.reason}`);
    refuse(req, res, 400, "malformed request body");
    return false;
  }
  return true;
}

function refuse(req: IncomingMessage, res: ServerResponse, status: number, text: string): void {
  if (!res.headersSent) res.writeHead(status, { "content-type": "text/plain" });
  if (!res.writableEnded) res.end(text);
  req.resume();
}

/** The path of a request target, without its query; "" for a target that is not a path. */
function pathOf(url: string | undefined): string {
  if (!url?.startsWith("/")) return "";
  return url.split("?")[0] ?? "";
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

/** Missing timestamps pass here: the signature check refuses unsigned requests (except ssl_check). */
function isFresh(header: string | string[] | undefined, nowMs: number): boolean {
  if (header === undefined) return true;
  if (typeof header !== "string" || !/^\d{1,12}$/.test(header)) return false;
  return Math.abs(Math.floor(nowMs / 1000) - Number(header)) <= MAX_REQUEST_AGE_SECONDS;
}
