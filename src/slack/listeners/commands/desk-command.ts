import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from "@slack/bolt";
import { parseDeskCommand } from "../../../commands/desk-command.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { deskReply } from "../../desk-reply.js";
import { unescapeSlackText } from "../../incoming-text.js";
import { describeError } from "../../redacting-logger.js";
import type { ListenerDeps } from "../listener-deps.js";

export type CommandArgs = AllMiddlewareArgs & SlackCommandMiddlewareArgs;

/**
 * `/iraq QUESTION`, `/iraq help`, `/iraq sources`, `/iraq compare TOPIC`: acknowledged at once,
 * then answered privately to the asker at the command's response_url.
 */
export function deskCommandHandler(deps: ListenerDeps) {
  return async ({ ack, command, respond, logger }: CommandArgs): Promise<void> => {
    await ack();
    await deps.work.track(
      (async () => {
        try {
          const parsed = parseDeskCommand(unescapeSlackText(command.text ?? ""));
          const reply = await deps.work.answer(() =>
            deskReply(deps.desk.current, parsed, { command: command.command, shareable: true }),
          );
          await respond({ response_type: "ephemeral", ...reply, blocks: [...reply.blocks] });
        } catch (error) {
          logger.error(`${command.command} failed: ${describeError(error)}`);
          await respond({ response_type: "ephemeral", text: DeskTexts.apology }).catch(
            (sendError: unknown) =>
              logger.error(`could not send the apology: ${describeError(sendError)}`),
          );
        }
      })(),
    );
  };
}
