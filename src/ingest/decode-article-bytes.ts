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
  // Most pages hold none: a plain look through their characters, before the pattern counts them.
  if (holdsControl(text)) {
    const controls = text.match(CONTROL)?.length ?? 0;
    if (controls > Math.max(2, text.length * IngestConfig.maxControlShare)) {
      return { ok: false, reason: SkipReason.binary };
    }
    text = text.replace(CONTROL, "");
  }
  if (text.trim() === "") return { ok: false, reason: SkipReason.empty };
  return { ok: true, text };
}

/** Whether a text holds a character CONTROL matches (Cc: U+0000–U+001F and U+007F–U+009F). */
function holdsControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      code < 0x20
        ? code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d
        : code >= 0x7f && code <= 0x9f
    )
      return true;
  }
  return false;
}
