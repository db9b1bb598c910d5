import { randomBytes } from "node:crypto";

/** A page an editor sent to be added, read and previewed, waiting for Add or Cancel. */
export interface ArticleDraft {
  readonly id: string;
  /** The Slack user id of the editor who sent it: only they may add it. */
  readonly editor: string;
  /** The article file's text: the page as received (an HTML page as its text). */
  readonly text: string;
  /** The file's name without extension, from the outlet and date read. */
  readonly stem: string;
  readonly extension: ".txt" | ".md";
}

/**
 * Drafts waiting for their editor's Add or Cancel, in memory: the newest `capacity`, none older
 * than `maxAgeMs` (a draft is small: at most one article file).
 */
export class ArticleDrafts {
  private readonly drafts = new Map<string, { draft: ArticleDraft; at: number }>();

  constructor(
    private readonly capacity = 50,
    private readonly maxAgeMs = 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps a draft and gives it an id that cannot be guessed. */
  keep(draft: Omit<ArticleDraft, "id">): ArticleDraft {
    const kept = { ...draft, id: randomBytes(12).toString("hex") };
    this.drafts.set(kept.id, { draft: kept, at: this.now() });
    while (this.drafts.size > this.capacity) {
      const oldest = this.drafts.keys().next().value;
      if (oldest === undefined) break;
      this.drafts.delete(oldest);
    }
    return kept;
  }

  /** The draft with this id while it is kept; null once added, cancelled or expired. */
  get(id: string): ArticleDraft | null {
    const entry = this.drafts.get(id);
    if (!entry) return null;
    if (this.now() - entry.at > this.maxAgeMs) {
      this.drafts.delete(id);
      return null;
    }
    return entry.draft;
  }

  /** Takes a draft out (Add or Cancel); null when it is no longer kept. */
  take(id: string): ArticleDraft | null {
    const draft = this.get(id);
    this.drafts.delete(id);
    return draft;
  }
}
