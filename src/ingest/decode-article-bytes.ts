import { IngestConfig, SkipReason } from "./ingest-config.js";

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

// Control characters other than tab, line feed, form feed and carriage return.
const CONTROL = /(?![\t\n\f\r])\p{Cc}/gu;

/** Turns a file's bytes into article text, or says why they are not an article. */
export function decodeArticleBytes(
  bytes: Uint8Array,
  maxBytes = IngestConfig.maxFileBytes,
): Decoded {
  if (bytes.byteLength > maxBytes) {
    return { ok: false, reason: SkipReason.tooLarge(bytes.byteLength, maxBytes) };
  }
  if (bytes.includes(0)) return { ok: false, reason: SkipReason.binary };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: SkipReason.notUtf8 };
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, text.length * IngestConfig.maxControlShare)) {
    return { ok: false, reason: SkipReason.binary };
  }
  text = text.replace(CONTROL, "");
  if (text.trim() === "") return { ok: false, reason: SkipReason.empty };
  return { ok: true, text };
}
