import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { questionFromMessage } from "../../incoming-text.js";
import { isNewMessageFromPerson } from "../../message-filters.js";
import type { ListenerDeps } from "../listener-deps.js";
import { replyInConversation } from "../reply-in-conversation.js";

export type MentionArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_mention">;

/**
 * `@storydesk QUESTION` in a channel: answered in that message's thread, by the channel's desk
 * (or the one the question names, or the default desk).
 */
export function appMentionHandler(deps: ListenerDeps) {
  return async ({ event, context, client, logger }: MentionArgs): Promise<void> => {
    if (!isNewMessageFromPerson(event, context.botUserId)) return;
    if (!(await deps.answered.firstTime(`${event.channel}:${event.ts}`))) return;
    const question = questionFromMessage(event.text, context.botUserId);
    await deps.work.track(
      replyInConversation(
        deps,
        client,
        logger,
        {
          channel: event.channel,
          threadTs: event.thread_ts ?? event.ts,
          asker: event.user,
        },
        question,
      ),
    );
  };
}
