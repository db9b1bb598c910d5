import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { parseDeskCommand } from "../../../commands/desk-command.js";
import { deskForCommand } from "../../../desk/newsroom-view.js";
import { buildNoDeskReply } from "../../../render/blocks/help-blocks-builder.js";
import { findDeskReply } from "../../desk-reply.js";
import { deskProfiles, replyOptionsFor } from "../../desk-routing.js";
import { unescapeSlackText } from "../../incoming-text.js";
import { deliverReply } from "../deliver-reply.js";
import type { ListenerDeps } from "../listener-deps.js";
import { ephemeralTellers } from "../tell-asker.js";

export type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/**
 * A desk's command: `/desk QUESTION`, `/desk help`, `/desk sources`, `/desk compare TOPIC`,
 * acknowledged at once, then answered privately to the asker at the command's response_url from
 * the desk whose command it is (looked up now: desks come and go while the bot runs). A command
 * no desk answers gets a short reply naming the desks' commands.
 */
export function deskCommandHandler(deps: ListenerDeps) {
  return async ({ ack, command, respond, client, logger }: CommandArgs): Promise<void> => {
    await ack();
    const where = { channel: command.channel_id, user: command.user_id };
    const newsroom = deps.newsroom;
    const desk = deskForCommand(newsroom, command.command);
    await deps.work.track(
      deliverReply(
        {
          context: `${command.command} from ${where.user} in ${where.channel}`,
          answer: () =>
            desk === null
              ? Promise.resolve(buildNoDeskReply(command.command, deskProfiles(newsroom)))
              : deps.work.answer(() =>
                  findDeskReply(
                    desk.current,
                    parseDeskCommand(unescapeSlackText(command.text ?? "")),
                    replyOptionsFor(newsroom, desk, true),
                  ),
                ),
          send: (reply) =>
            respond({ response_type: "ephemeral", ...reply, blocks: [...reply.blocks] }),
          tellAsker: ephemeralTellers(respond, client, where),
        },
        logger,
      ),
    );
  };
}
