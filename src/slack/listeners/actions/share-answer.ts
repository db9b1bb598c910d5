import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { decodeButtonValue } from "../../../render/blocks/answer-actions.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { answerReply } from "../../desk-reply.js";
import { deskOfButton } from "../../desk-routing.js";
import { describeError } from "../../redacting-logger.js";
import { deliverReply } from "../deliver-reply.js";
import type { ListenerDeps } from "../listener-deps.js";

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * "Share in channel": the same answer, from the same desk, posted visibly in the channel, saying
 * who asked.
 */
export function shareAnswerHandler(deps: ListenerDeps) {
  return async ({ ack, action, body, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const asked = decodeButtonValue(action.value);
    const channel = body.channel?.id;
    const tell = (text: string) =>
      respond({ response_type: "ephemeral", replace_original: false, text }).catch(
        (error: unknown) => logger.error(`could not reply to a share: ${describeError(error)}`),
      );
    if (asked === null) {
      await tell(DeskTexts.staleButton);
      return;
    }
    const desk = deskOfButton(deps.newsroom, asked.desk);
    if (desk === null) {
      await tell(DeskTexts.deskGone);
      return;
    }
    if (!channel) {
      await tell(DeskTexts.cannotPostHere);
      return;
    }
    const threadTs = body.container?.["thread_ts"];
    await deps.work.track(
      deliverReply(
        {
          context: `sharing an answer for ${body.user.id} in ${channel}`,
          answer: () =>
            deps.work.answer(() =>
              answerReply(desk.current, asked.question, asked.mode, {
                askedBy: body.user.id,
                desk: desk.profile.id,
              }),
            ),
          send: (reply) =>
            client.chat.postMessage({
              channel,
              ...(typeof threadTs === "string" ? { thread_ts: threadTs } : {}),
              text: reply.text,
              blocks: [...reply.blocks],
              unfurl_links: false,
              unfurl_media: false,
            }),
          tellAsker: [
            (text) => respond({ response_type: "ephemeral", replace_original: false, text }),
          ],
        },
        logger,
      ),
    );
  };
}
