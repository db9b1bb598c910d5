import type { NewsroomView } from "../../desk/newsroom-view.js";
import type { FeedbackLog } from "../../newsroom/feedback-log.js";
import type { AnsweredThreads } from "../answered-threads.js";
import type { ArticleDrafts } from "../article-drafts.js";
import type { DeskWork } from "../desk-work.js";
import type { SeenKeys } from "../recent-keys.js";

/**
 * What the listeners share: the newsroom (its desks read afresh for every request, since desks
 * and their articles change while the bot runs), the answering queue, and the memory of answered
 * messages. The rest is optional (tests of one listener leave it out): without `feedback` no
 * verdict is kept, without `threads` no reply is read as a follow-up, without `drafts` no
 * article is added from Slack.
 */
export interface ListenerDeps {
  readonly newsroom: NewsroomView;
  readonly work: DeskWork;
  /** Messages already answered (`channel:ts`), so one message is answered once. */
  readonly answered: SeenKeys;
  /** Where the Right and Wrong verdicts go. */
  readonly feedback?: FeedbackLog;
  /** Slack user ids who may add articles to every desk (STORY_DESK_EDITORS), beside each desk's own. */
  readonly editors?: readonly string[];
  /** Pages read from Slack, waiting for their editor's Add or Cancel. */
  readonly drafts?: ArticleDrafts;
  /** Threads the bot answered in, with their question, for follow-ups. */
  readonly threads?: AnsweredThreads;
}
