import type { StoryDesk } from "../../desk/story-desk.js";
import type { DeskWork } from "../desk-work.js";
import type { RecentKeys } from "../recent-keys.js";

/** What the listeners share: the desk, the answering queue, and the memory of answered messages. */
export interface ListenerDeps {
  readonly desk: StoryDesk;
  readonly work: DeskWork;
  /** Messages already answered (`channel:ts`), so one message is answered once. */
  readonly answered: RecentKeys;
  /** The slash command named in help texts and the Home tab. */
  readonly command: string;
  /** Example questions for the Home tab. */
  readonly examples: readonly string[];
}
