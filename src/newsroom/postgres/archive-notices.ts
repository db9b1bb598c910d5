import pg from "pg";
import type { ArchiveLink } from "./archive-link.js";

/** The NOTIFY channel on which a sync tells every replica that a desk changed. */
export const ARCHIVE_CHANNEL = "story_desk_changes";

/** What a sync says on the channel. */
export interface DeskChange {
  readonly desk: string;
  readonly revision: number;
}

const RECONNECT_MS = 1_000;

/**
 * Hears of desk changes from any replica's sync (LISTEN on its own connection). A lost
 * connection is told to the replica's link to the database (said once in the log), retried every
 * second, and told again when it is back; when it is back, `onChange` is called for every desk
 * with revision -1 (changes may have been missed meanwhile).
 */
export class ArchiveNotices {
  private client: pg.Client | null = null;
  private closed = false;
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly url: string,
    private readonly onChange: (change: DeskChange) => void,
    private readonly link: ArchiveLink,
  ) {}

  /** Starts listening; resolves once LISTEN is in place (rejects when the database cannot be reached). */
  static async listen(
    url: string,
    onChange: (change: DeskChange) => void,
    link: ArchiveLink,
  ): Promise<ArchiveNotices> {
    const notices = new ArchiveNotices(url, onChange, link);
    await notices.connect();
    return notices;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 5_000 });
    client.on("notification", (message) => {
      if (message.channel !== ARCHIVE_CHANNEL) return;
      const change = readChange(message.payload);
      if (change) this.onChange(change);
    });
    client.on("error", (error) => this.drop(error));
    client.on("end", () => this.drop(new Error("connection ended")));
    await client.connect();
    await client.query(`LISTEN ${ARCHIVE_CHANNEL}`);
    this.client = client;
  }

  private drop(error: unknown): void {
    if (this.closed || this.timer) return;
    const client = this.client;
    this.client = null;
    client?.end().catch(() => {});
    this.link.lost(error);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.closed) return;
      this.connect().then(
        () => {
          if (this.closed) return void this.close();
          this.link.back();
          this.onChange({ desk: "*", revision: -1 });
        },
        (again) => this.drop(again),
      );
    }, RECONNECT_MS);
    this.timer.unref();
  }

  /** Stops listening. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => {});
  }
}

function readChange(payload: string | undefined): DeskChange | null {
  try {
    const data = JSON.parse(payload ?? "") as Partial<DeskChange>;
    return typeof data.desk === "string" && typeof data.revision === "number"
      ? { desk: data.desk, revision: data.revision }
      : null;
  } catch {
    return null;
  }
}
