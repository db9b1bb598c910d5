import type { ThreadTopic } from "../commands/follow-up.js";
import { ExpiringMemory } from "./expiring-memory.js";

/**
 * The threads the bot answered in (`channel:thread ts`), each with the question it answered,
 * so a reply in the thread can be read against it. The newest `capacity` threads are kept, and
 * none longer than `maxAgeMs`: memory stays bounded, and after a restart a reply is a new question.
 */
export class AnsweredThreads {
  private readonly topics: ExpiringMemory<ThreadTopic>;

  constructor(capacity = 5_000, maxAgeMs = 7 * 24 * 60 * 60 * 1000, now: () => number = Date.now) {
    this.topics = new ExpiringMemory(capacity, maxAgeMs, now);
  }

  /** Remembers what a thread is about (a later answer in the thread replaces it). */
  remember(channel: string, threadTs: string, topic: ThreadTopic): void {
    this.topics.set(`${channel}:${threadTs}`, topic);
  }

  /** What the thread is about, or null for a thread the bot did not answer (or has forgotten). */
  topicOf(channel: string, threadTs: string | undefined): ThreadTopic | null {
    return threadTs ? this.topics.get(`${channel}:${threadTs}`) : null;
  }

  get size(): number {
    return this.topics.size;
  }
}
