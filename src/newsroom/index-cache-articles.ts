import { deserialize, serialize } from "node:v8";
import { type Article, type Passage, type PassageKind, passageKey } from "../ingest/article.js";

/**
 * Articles in a cache file, a group at a time (see `articleGroups`): each group one frame body.
 * A group is the articles without their passages (V8's serialisation), then each passage's
 * number, kind and text length as arrays, then the passages' texts one after the other in UTF-8.
 * A passage comes back sharing its article's id and a kind constant, and its own id is made again
 * from them, so that a million passages carry no copies of repeated strings. Passages of another
 * shape than the usual one are kept whole instead.
 */

/** Articles per group: a group's text stays well under a frame's size. */
const GROUP_BYTES = 8 * 1024 * 1024;

const KINDS: readonly PassageKind[] = ["paragraph", "caption"];
const PASSAGE_FIELDS = "id,articleId,paragraph,kind,text";

interface GroupHead {
  /** Each article with `passages: null` (its key kept in place). */
  readonly articles: readonly Record<string, unknown>[];
  readonly counts: Uint32Array;
  readonly paragraphs: Uint32Array;
  readonly kinds: Uint8Array;
  readonly lengths: Uint32Array;
  /**
   * Each passage's text length in characters (UTF-16 units), when every text of the group reads
   * back as written (no lone surrogate): the texts are then decoded a run at a time and each
   * passage takes its slice. Absent: each text is decoded on its own.
   */
  readonly characters?: Uint32Array;
  /** Whether every text of the group is plain ASCII (one byte a character). */
  readonly ascii?: boolean;
  /** Every group's passages whole, when one is not of the usual shape. */
  readonly whole: readonly (readonly Passage[])[] | null;
}

/** The articles cut into groups whose texts are about GROUP_BYTES each. */
export function articleGroups(articles: readonly Article[]): Article[][] {
  const groups: Article[][] = [];
  let group: Article[] = [];
  let bytes = 0;
  for (const article of articles) {
    const size = article.passages.reduce((sum, passage) => sum + passage.text.length * 3, 0);
    if (group.length > 0 && bytes + size > GROUP_BYTES) {
      groups.push(group);
      group = [];
      bytes = 0;
    }
    group.push(article);
    bytes += size;
  }
  if (group.length > 0) groups.push(group);
  return groups;
}

/** Whether a passage is of the shape the group columns keep (its id made from the rest). */
function isUsual(passage: Passage, article: Article): boolean {
  return (
    Object.keys(passage).join(",") === PASSAGE_FIELDS &&
    passage.articleId === article.id &&
    KINDS.includes(passage.kind) &&
    Number.isInteger(passage.paragraph) &&
    passage.paragraph >= 0 &&
    passage.paragraph <= 0xffffffff &&
    passage.id === passageKey(article.id, passage.kind, passage.paragraph)
  );
}

/** One group of articles as a frame body (or several, when its text is larger than one holds). */
export function encodeArticleGroup(group: readonly Article[]): Buffer {
  const passages = group.flatMap((article) => article.passages);
  const usual = group.every((article) => article.passages.every((p) => isUsual(p, article)));
  const texts = usual ? passages.map((passage) => Buffer.from(passage.text, "utf8")) : [];
  const inOneGo = usual && passages.every((passage) => readsBack(passage.text));
  const head: GroupHead = {
    articles: group.map((article) => ({ ...article, passages: null })),
    counts: Uint32Array.from(group, (article) => article.passages.length),
    paragraphs: usual ? Uint32Array.from(passages, (p) => p.paragraph) : new Uint32Array(0),
    kinds: usual ? Uint8Array.from(passages, (p) => KINDS.indexOf(p.kind)) : new Uint8Array(0),
    lengths: Uint32Array.from(texts, (text) => text.byteLength),
    ...(inOneGo
      ? {
          characters: Uint32Array.from(passages, (passage) => passage.text.length),
          ascii: texts.every((text, i) => text.byteLength === passages[i]?.text.length),
        }
      : {}),
    whole: usual ? null : group.map((article) => article.passages),
  };
  const headBytes = serialize(head);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(headBytes.byteLength, 0);
  return Buffer.concat([size, headBytes, ...texts]);
}

/** The articles of one frame body; throws when it is not one that `encodeArticleGroup` wrote. */
export function decodeArticleGroup(body: Buffer): Article[] {
  const headLength = body.readUInt32LE(0);
  const head = deserialize(body.subarray(4, 4 + headLength)) as GroupHead;
  const { articles, counts, paragraphs, kinds, lengths, whole } = head;
  if (!Array.isArray(articles) || counts.length !== articles.length)
    throw new Error("articles do not fit together");
  let at = 4 + headLength;
  let passage = 0;
  const texts = whole ? null : groupTexts(body, at, head);
  const keyOf = flatKeysHold(String((articles[0] as { id?: unknown } | undefined)?.id ?? ""))
    ? flatKey
    : passageKey;
  return articles.map((stored, i): Article => {
    const article = stored as unknown as Article & { passages: Passage[] | null };
    const count = counts[i] ?? 0;
    const passages: Passage[] = whole ? [...(whole[i] ?? [])] : new Array<Passage>(count);
    if (!whole) {
      const articleId = article.id;
      for (let k = 0; k < count; k++, passage++) {
        const kind = KINDS[kinds[passage] ?? -1];
        const paragraph = paragraphs[passage];
        const length = lengths[passage];
        if (kind === undefined || paragraph === undefined || length === undefined)
          throw new Error("passages do not fit together");
        if (at + length > body.byteLength) throw new Error("passage text cut short");
        let text: string;
        if (texts) text = texts.textOf(passage);
        else text = body.toString("utf8", at, at + length);
        at += length;
        passages[k] = {
          id: keyOf(articleId, kind, paragraph),
          articleId,
          paragraph,
          kind,
          text,
        };
      }
    }
    if (passages.length !== count) throw new Error("passages do not fit together");
    article.passages = passages;
    return article;
  });
}

/**
 * A passage's key as `passageKey` gives it, made in one piece: a key put together from its parts
 * is two strings pointing at them (an article's id, "#", the number), then a third when it is
 * first compared or hashed; a million passages' keys are then most of a hundred megabytes. Used
 * only while it gives what `passageKey` gives (checked for each group: see `flatKeysHold`).
 */
function flatKey(articleId: string, kind: PassageKind, paragraph: number): string {
  return [articleId, kind === "caption" ? "#caption-" : "#", paragraph].join("");
}

/** Whether `flatKey` gives what `passageKey` gives, for both kinds of passage. */
function flatKeysHold(articleId: string): boolean {
  return KINDS.every((kind) => flatKey(articleId, kind, 12) === passageKey(articleId, kind, 12));
}

/** A lone surrogate: a text holding one does not read back from UTF-8 as it was written. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NON_ASCII = /[\u0080-\uffff]/;

/** Whether a text reads back from its UTF-8 bytes as it is (it holds no lone surrogate). */
function readsBack(text: string): boolean {
  return !NON_ASCII.test(text) || !LONE_SURROGATE.test(text);
}

/**
 * Texts are decoded a run of passages at a time, each run under this many bytes: Node keeps a
 * longer string outside the JavaScript heap, and hundreds of megabytes of those press the
 * collector into a full collection every few groups while a large desk opens.
 */
const RUN_BYTES = 1_000_000;

/**
 * A group's texts decoded a run at a time, when the group says how long each is in characters:
 * each passage's text is then a slice of its run's string (V8 keeps a slice as a view of it),
 * instead of a million strings of their own to allocate and collect. Null: each text is decoded
 * on its own.
 */
function groupTexts(
  body: Buffer,
  from: number,
  head: GroupHead,
): { readonly textOf: (passage: number) => string } | null {
  const { characters, lengths } = head;
  if (!(characters instanceof Uint32Array) || characters.length !== lengths.length) return null;
  let bytes = 0;
  for (let i = 0; i < lengths.length; i++) bytes += lengths[i] ?? 0;
  if (from + bytes > body.byteLength) throw new Error("passage text cut short");
  const encoding = head.ascii === true ? "latin1" : "utf8";
  const count = lengths.length;
  const runOf = new Uint32Array(count);
  const startOf = new Uint32Array(count);
  const runs: string[] = [];
  let at = from;
  for (let first = 0; first < count; ) {
    let size = 0;
    let end = first;
    while (end < count && (end === first || size + (lengths[end] ?? 0) <= RUN_BYTES))
      size += lengths[end++] ?? 0;
    const run = body.toString(encoding, at, at + size);
    let character = 0;
    for (let i = first; i < end; i++) {
      runOf[i] = runs.length;
      startOf[i] = character;
      character += characters[i] ?? 0;
    }
    if (run.length !== character) throw new Error("passage texts do not fit together");
    runs.push(run);
    at += size;
    first = end;
  }
  return {
    textOf: (passage) => {
      const start = startOf[passage] ?? 0;
      return (runs[runOf[passage] ?? 0] ?? "").slice(start, start + (characters[passage] ?? 0));
    },
  };
}
