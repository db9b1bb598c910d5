import { IngestConfig } from "../ingest/ingest-config.js";

/** A file shared with the bot, as Slack describes it (a message's `files`, or files.info). */
export interface SharedFile {
  readonly id?: string;
  readonly name?: string;
  readonly mimetype?: string;
  readonly filetype?: string;
  readonly size?: number;
  readonly url_private?: string;
  readonly url_private_download?: string;
}

export const SlackFileLimits = Object.freeze({
  maxBytes: IngestConfig.maxFileBytes,
  timeoutMs: 15_000,
});

/** The kinds of file an article can come in: text, Markdown, HTML. */
export function isArticleFile(file: SharedFile): boolean {
  const name = (file.name ?? "").toLowerCase();
  if (/\.(?:txt|text|md|markdown|html?)$/.test(name)) return true;
  const type = (file.filetype ?? "").toLowerCase();
  if (["text", "markdown", "html"].includes(type)) return true;
  return /^text\/(?:plain|markdown|x-markdown|html)\b/.test(file.mimetype ?? "");
}

/**
 * Hosts the bot token may be sent to: Slack's own (slack.com, slack-gov.com and their
 * subdomains) and the host of SLACK_API_URL when one is set (a local stand-in in tests).
 */
export function tokenMayGoTo(url: string, apiUrl: string | null | undefined): boolean {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return false;
  }
  if (apiUrl) {
    try {
      const api = new URL(apiUrl);
      if (target.protocol === api.protocol && target.host === api.host) return true;
    } catch {
      // An API URL that does not parse allows nothing more.
    }
  }
  if (target.protocol !== "https:") return false;
  const host = target.hostname.toLowerCase();
  return ["slack.com", "slack-gov.com"].some(
    (domain) => host === domain || host.endsWith(`.${domain}`),
  );
}

export type Download =
  | { readonly ok: true; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly reason: "too-large" | "refused" | "failed" };

/**
 * Downloads a shared file's bytes with the bot token (Slack serves `url_private` to the token's
 * bearer only), at most `maxBytes`: a larger file is stopped as soon as it is known to be.
 * Redirects are not followed (the token would go with them).
 */
export async function downloadSlackFile(
  url: string,
  botToken: string,
  apiUrl: string | null | undefined,
  maxBytes: number = SlackFileLimits.maxBytes,
): Promise<Download> {
  if (!tokenMayGoTo(url, apiUrl)) return { ok: false, reason: "refused" };
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { authorization: `Bearer ${botToken}` },
      redirect: "manual",
      signal: AbortSignal.timeout(SlackFileLimits.timeoutMs),
    });
  } catch {
    return { ok: false, reason: "failed" };
  }
  if (response.status !== 200 || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason: "failed" };
  }
  const declared = Number(response.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body.cancel().catch(() => undefined);
    return { ok: false, reason: "too-large" };
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "too-large" };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: "failed" };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return { ok: true, bytes };
}
