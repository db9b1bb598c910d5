import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { parseDeskCommand } from "../../../commands/desk-command.js";
import { deskReply } from "../../desk-reply.js";
import { unescapeSlackText } from "../../incoming-text.js";
import { deliverReply } from "../deliver-reply.js";
import type { ListenerDeps } from "../listener-deps.js";
import { ephemeralTellers } from "../tell-asker.js";

export type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/**
 * `/iraq QUESTION`, `/iraq help`, `/iraq sources`, `/iraq compare TOPIC`: acknowledged at once,
 * then answered privately to the asker at the command's response_url.
 */
export function deskCommandHandler(deps: ListenerDeps) {
  return async ({ ack, command, respond, client, logger }: CommandArgs): Promise<void> => {
    await ack();
    const where = { channel: command.channel_id, user: command.user_id };
    await deps.work.track(
      deliverReply(
        {
          context: `${command.command} from ${where.user} in ${where.channel}`,
          answer: () =>
            deps.work.answer(() =>
              deskReply(
                deps.desk.current,
                parseDeskCommand(unescapeSlackText(command.text ?? "")),
                {
                  command: command.command,
                  shareable: true,
                },
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
