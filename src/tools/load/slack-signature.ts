import { createHmac } from "node:crypto";

/** Slack's request signature: `v0=` + HMAC-SHA256 of `v0:TIMESTAMP:BODY` with the signing secret. */
export function slackSignature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}
