import { randomBytes } from "node:crypto";
import { ExpiringMemory } from "./expiring-memory.js";

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
  private readonly drafts: ExpiringMemory<ArticleDraft>;

  constructor(capacity = 50, maxAgeMs = 60 * 60 * 1000, now: () => number = Date.now) {
    this.drafts = new ExpiringMemory(capacity, maxAgeMs, now);
  }

  /** Keeps a draft and gives it an id that cannot be guessed. */
  keep(draft: Omit<ArticleDraft, "id">): ArticleDraft {
    const kept = { ...draft, id: randomBytes(12).toString("hex") };
    this.drafts.set(kept.id, kept);
    return kept;
  }

  /** The draft with this id while it is kept; null once added, cancelled or expired. */
  get(id: string): ArticleDraft | null {
    return this.drafts.get(id);
  }

  /** Takes a draft out (Add or Cancel); null when it is no longer kept. */
  take(id: string): ArticleDraft | null {
    const draft = this.drafts.get(id);
    this.drafts.delete(id);
    return draft;
  }
}
