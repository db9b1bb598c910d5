import type { ThreadTopic } from "../commands/follow-up.js";

/**
 * The threads the bot answered in (`channel:thread ts`), each with the question it answered,
 * so a reply in the thread can be read against it. The newest `capacity` threads are kept, and
 * none longer than `maxAgeMs`: memory stays bounded, and after a restart a reply is a new question.
 */
export class AnsweredThreads {
  private readonly topics = new Map<string, { topic: ThreadTopic; at: number }>();

  constructor(
    private readonly capacity = 5_000,
    private readonly maxAgeMs = 7 * 24 * 60 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Remembers what a thread is about (a later answer in the thread replaces it). */
  remember(channel: string, threadTs: string, topic: ThreadTopic): void {
    const key = `${channel}:${threadTs}`;
    this.topics.delete(key);
    this.topics.set(key, { topic, at: this.now() });
    while (this.topics.size > this.capacity) {
      const oldest = this.topics.keys().next().value;
      if (oldest === undefined) break;
      this.topics.delete(oldest);
    }
  }

  /** What the thread is about, or null for a thread the bot did not answer (or has forgotten). */
  topicOf(channel: string, threadTs: string | undefined): ThreadTopic | null {
    if (!threadTs) return null;
    const key = `${channel}:${threadTs}`;
    const entry = this.topics.get(key);
    if (!entry) return null;
    if (this.now() - entry.at > this.maxAgeMs) {
      this.topics.delete(key);
      return null;
    }
    return entry.topic;
  }

  get size(): number {
    return this.topics.size;
  }
}
