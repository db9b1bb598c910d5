import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { questionFromMessage } from "../../incoming-text.js";
import { isNewMessageFromPerson } from "../../message-filters.js";
import type { ListenerDeps } from "../listener-deps.js";
import { replyInConversation } from "../reply-in-conversation.js";
import { fileToAdd } from "./file-to-add.js";

export type MessageArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<"message">;

/** The bot event this listener answers: Bolt registers it as `message`, Slack names it `message.im`. */
export const DIRECT_MESSAGE_EVENT = "message.im";

/** A direct message to the bot: answered in the DM (in its thread, if it was sent in one). */
export function directMessageHandler(deps: ListenerDeps) {
  return async (args: MessageArgs): Promise<void> => {
    const { message, context, client, logger } = args;
    if (message.channel_type !== "im") return;
    // A file sent to the bot: an article to add, from a desk editor.
    if (message.subtype === "file_share") return fileToAdd(deps, args);
    if (message.subtype !== undefined) return; // edits, deletions, bot messages, joins…
    if (!isNewMessageFromPerson(message, context.botUserId)) return;
    if (!(await deps.answered.firstTime(`${message.channel}:${message.ts}`))) return;
    const question = questionFromMessage(message.text, context.botUserId);
    await deps.work.track(
      replyInConversation(
        deps,
        client,
        logger,
        {
          channel: message.channel,
          threadTs: message.thread_ts,
          asker: message.user,
          direct: true,
          messageTs: message.ts,
        },
        question,
      ),
    );
  };
}
