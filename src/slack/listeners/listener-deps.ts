import type { StoryDesk } from "../../desk/story-desk.js";
import type { DeskWork } from "../desk-work.js";
import type { RecentKeys } from "../recent-keys.js";

/**
 * The desk to answer from, read afresh for every question: a desk that reloads its folder
 * (LiveDesk) fits as it is, and a fixed desk is `{ current: desk }`.
 */
export interface CurrentDesk {
  readonly current: StoryDesk;
}

/** What the listeners share: the desk, the answering queue, and the memory of answered messages. */
export interface ListenerDeps {
  readonly desk: CurrentDesk;
  readonly work: DeskWork;
  /** Messages already answered (`channel:ts`), so one message is answered once. */
  readonly answered: RecentKeys;
  /** The slash command named in help texts and the Home tab. */
  readonly command: string;
  /** Example questions for the Home tab. */
  readonly examples: readonly string[];
}
