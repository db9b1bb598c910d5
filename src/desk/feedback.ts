import { type Article, outletName, type PassageKind } from "../ingest/article.js";

/**
 * A reporter's verdict on an answer (the Right and Wrong buttons): plain data, one JSON line
 * each in `.story-desk/feedback.jsonl`. The user is kept only as a hash of their Slack id.
 */

/** A quote the answer showed, as the verdict remembers it. */
export interface ShownQuote {
  readonly source: string;
  readonly outlet: string;
  readonly paragraph: number;
  readonly kind: PassageKind;
  /** The passage's first words, so a reader of the log sees which one it was. */
  readonly opening: string;
}

/** What was wrong, when the reporter said: one outlet's quote, an outlet missed, or something else. */
export type WrongWhat =
  | { readonly kind: "wrong-quote"; readonly source: string }
  | { readonly kind: "missed"; readonly source: string }
  | { readonly kind: "other" };

export interface FeedbackRecord {
  readonly desk: string;
  readonly question: string;
  readonly shown: readonly ShownQuote[];
  readonly verdict: "right" | "wrong";
  /** Only for "wrong": what the reporter picked, when they picked. */
  readonly what?: WrongWhat;
  /** The reporter's note, or null. */
  readonly note: string | null;
  /** When the verdict was given, ISO 8601. */
  readonly at: string;
  /** A hash of the reporter's Slack user id, never the id itself. */
  readonly user: string;
}

export const FeedbackLimits = Object.freeze({
  questionChars: 500,
  noteChars: 1000,
  openingChars: 120,
  shownQuotes: 20,
});

/**
 * How an answer's button names a passage it showed: `article-id#3` for paragraph 3,
 * `article-id#caption-2` for caption 2.
 */
export function shownKey(quote: {
  readonly source: string;
  readonly paragraph: number;
  readonly kind: PassageKind;
}): string {
  return `${quote.source}#${quote.kind === "caption" ? "caption-" : ""}${quote.paragraph}`;
}

/** Reads a shown key back; null for anything else. */
export function parseShownKey(
  key: string,
): { source: string; paragraph: number; kind: PassageKind } | null {
  const match = /^(.+)#(caption-)?(\d{1,6})$/.exec(key);
  if (!match?.[1] || !match[3]) return null;
  return {
    source: match[1],
    paragraph: Number(match[3]),
    kind: match[2] ? "caption" : "paragraph",
  };
}

/**
 * The quotes an answer showed, from its button's keys, as the verdict keeps them; keys of
 * passages no longer on the desk keep what the key says.
 */
export function shownQuotes(keys: readonly string[], articles: readonly Article[]): ShownQuote[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const shown: ShownQuote[] = [];
  for (const key of keys.slice(0, FeedbackLimits.shownQuotes)) {
    const parsed = parseShownKey(key);
    if (!parsed) continue;
    const article = byId.get(parsed.source);
    const passage = article?.passages.find(
      (p) => p.kind === parsed.kind && p.paragraph === parsed.paragraph,
    );
    const opening = passage ? [...passage.text].slice(0, FeedbackLimits.openingChars).join("") : "";
    shown.push({
      ...parsed,
      outlet: article ? outletName(article) : parsed.source,
      opening,
    });
  }
  return shown;
}

/** Whether a parsed JSON line is a feedback record this app wrote. */
export function isFeedbackRecord(value: unknown): value is FeedbackRecord {
  if (value === null || typeof value !== "object") return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record["desk"] === "string" &&
    typeof record["question"] === "string" &&
    (record["verdict"] === "right" || record["verdict"] === "wrong") &&
    Array.isArray(record["shown"]) &&
    typeof record["at"] === "string"
  );
}

/** One desk's verdicts, counted, with the wrong ones to look at. */
export interface DeskFeedback {
  readonly desk: string;
  readonly right: number;
  readonly wrong: number;
  /** The wrong verdicts, newest last. */
  readonly wrongOnes: readonly FeedbackRecord[];
}

/** Verdicts counted per desk (desks by id), optionally for one desk only. */
export function summariseFeedback(
  records: readonly FeedbackRecord[],
  deskId: string | null = null,
): DeskFeedback[] {
  const byDesk = new Map<string, { right: number; wrong: FeedbackRecord[] }>();
  for (const record of records) {
    if (deskId !== null && record.desk !== deskId) continue;
    const entry = byDesk.get(record.desk) ?? { right: 0, wrong: [] };
    if (record.verdict === "right") entry.right += 1;
    else entry.wrong.push(record);
    byDesk.set(record.desk, entry);
  }
  return [...byDesk.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([desk, entry]) => ({
      desk,
      right: entry.right,
      wrong: entry.wrong.length,
      wrongOnes: entry.wrong,
    }));
}
