import type { AllMiddlewareArgs, MessageShortcut, SlackShortcutMiddlewareArgs } from "@slack/bolt";
import { draftReply, pastedPageText } from "../../add-article-reply.js";
import { desksEditedBy } from "../../desk-editors.js";
import { deliverReply } from "../deliver-reply.js";
import type { ListenerDeps } from "../listener-deps.js";
import { tellByEphemeral } from "../tell-asker.js";

export type ShortcutArgs = AllMiddlewareArgs & SlackShortcutMiddlewareArgs<MessageShortcut>;

/** The message shortcut's callback id (listed in SlackSurface.shortcuts and manifest.yml). */
export const ADD_TO_DESK = "add_to_desk";

/**
 * "Add to desk" on a message holding a pasted page: a desk editor gets a private preview of what
 * would be read, with Add and Cancel; anyone else is told that only desk editors can add.
 */
export function addToDeskHandler(deps: ListenerDeps) {
  return async ({ ack, shortcut, respond, client, logger }: ShortcutArgs): Promise<void> => {
    await ack();
    const user = shortcut.user.id;
    const channel = shortcut.channel?.id;
    const text = pastedPageText(shortcut.message.text ?? "");
    await deps.work.track(
      deliverReply(
        {
          context: `Add to desk by ${user} in ${channel ?? "an unknown conversation"}`,
          answer: () =>
            deps.work.answer(() =>
              draftReply(
                deps.drafts,
                user,
                desksEditedBy(deps.newsroom, user, deps.editors ?? []),
                null,
                new TextEncoder().encode(text),
              ),
            ),
          send: (reply) =>
            respond({
              response_type: "ephemeral",
              replace_original: false,
              text: reply.text,
              blocks: [...reply.blocks],
            }),
          tellAsker: channel ? [tellByEphemeral(client, { channel, user })] : [],
        },
        logger,
      ),
    );
  };
}
