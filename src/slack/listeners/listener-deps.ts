import type { NewsroomView } from "../../desk/newsroom-view.js";
import type { DeskWork } from "../desk-work.js";
import type { RecentKeys } from "../recent-keys.js";

/**
 * What the listeners share: the newsroom (its desks read afresh for every request, since desks
 * and their articles change while the bot runs), the answering queue, and the memory of answered
 * messages.
 */
export interface ListenerDeps {
  readonly newsroom: NewsroomView;
  readonly work: DeskWork;
  /** Messages already answered (`channel:ts`), so one message is answered once. */
  readonly answered: RecentKeys;
}
