import { wordTable } from "../text/word-table.js";

/**
 * An HTML page as the text a browser copy of it gives: one block per paragraph, heading, list
 * item, caption or table row, separated by blank lines; scripts, styles and markup left out;
 * character references decoded. Pure, and linear in the length of the page (one pass over its
 * tags, no backtracking pattern). What is furniture is then for the page reader to say.
 */

/** Elements whose content is never shown as text. */
const HIDDEN = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "head",
  "iframe",
  "object",
]);

/** Elements that start and end a block of text. */
const BLOCKS = new Set(
  (
    "address article aside blockquote body dd details dialog div dl dt fieldset figcaption figure " +
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table " +
    "tbody td tfoot th thead tr ul caption picture br title"
  ).split(" "),
);

const NAMED: Readonly<Record<string, string>> = wordTable({
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00A0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  middot: "·",
  bull: "•",
  eacute: "é",
  egrave: "è",
  aacute: "á",
  agrave: "à",
  iacute: "í",
  oacute: "ó",
  uacute: "ú",
  ntilde: "ñ",
  ouml: "ö",
  uuml: "ü",
  auml: "ä",
  ccedil: "ç",
  szlig: "ß",
  deg: "°",
  pound: "£",
  euro: "€",
  cent: "¢",
  yen: "¥",
  times: "×",
  frac12: "½",
  shy: "",
  zwj: "\u200D",
  zwnj: "\u200C",
});

/** Whether a text looks like an HTML page or fragment (a file without a telling name). */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4000).toLowerCase();
  return /<!doctype html|<html[\s>]|<body[\s>]|<\/p>|<\/div>|<article[\s>]/.test(head);
}

/** The text of an HTML page, block by block. */
export function htmlToText(html: string): string {
  const blocks: string[] = [];
  let current = "";
  let hiddenDepth = 0;
  let hiddenTag = "";
  let preDepth = 0;
  const endBlock = () => {
    const text = preDepth > 0 ? current : current.replace(/[ \t\n\r\f]+/g, " ").trim();
    if (text.trim() !== "") blocks.push(text.trim());
    current = "";
  };
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf("<", at);
    const textEnd = open === -1 ? html.length : open;
    if (hiddenDepth === 0 && textEnd > at) current += decodeReferences(html.slice(at, textEnd));
    if (open === -1) break;
    if (html.startsWith("<!--", open)) {
      const close = html.indexOf("-->", open + 4);
      at = close === -1 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf(">", open + 1);
    if (close === -1) {
      if (hiddenDepth === 0) current += decodeReferences(html.slice(open));
      break;
    }
    const tag = /^<\s*(\/?)\s*([a-zA-Z][a-zA-Z0-9-]*)/.exec(
      html.slice(open, Math.min(close, open + 64)),
    );
    at = close + 1;
    if (!tag) {
      // "<" that opens no tag (a "<!doctype", "<?xml", or a stray "<" in text).
      if (hiddenDepth === 0 && !/^<[!?]/.test(html.slice(open, open + 2)))
        current += decodeReferences(html.slice(open, close + 1));
      continue;
    }
    const closing = tag[1] === "/";
    const name = (tag[2] ?? "").toLowerCase();
    const selfClosing = html.charAt(close - 1) === "/";
    if (hiddenDepth > 0) {
      if (name === hiddenTag) hiddenDepth += closing ? -1 : selfClosing ? 0 : 1;
      continue;
    }
    if (HIDDEN.has(name) && !closing && !selfClosing) {
      hiddenDepth = 1;
      hiddenTag = name;
      continue;
    }
    if (BLOCKS.has(name)) {
      endBlock();
      if (name === "pre") preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
    } else if (!closing && (name === "img" || name === "input")) {
      current += " ";
    }
  }
  endBlock();
  return blocks.join("\n\n");
}

/** `&amp;`, `&#8217;`, `&#x2019;` and the common named references, decoded. */
export function decodeReferences(text: string): string {
  return text.replace(
    /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g,
    (whole, ref: string) => {
      if (ref.startsWith("#")) {
        const code =
          ref[1] === "x" || ref[1] === "X"
            ? Number.parseInt(ref.slice(2), 16)
            : Number(ref.slice(1));
        return Number.isInteger(code) &&
          code > 0 &&
          code <= 0x10ffff &&
          !(code >= 0xd800 && code <= 0xdfff)
          ? String.fromCodePoint(code)
          : whole;
      }
      return NAMED[ref] ?? NAMED[ref.toLowerCase()] ?? whole;
    },
  );
}
