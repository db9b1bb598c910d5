import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { decodeButtonValue } from "../../../render/blocks/answer-actions.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { hideTokens } from "../../../render/blocks/hide-tokens.js";
import { markShared } from "../../../render/blocks/shared-answer.js";
import { findAnswerReply } from "../../desk-reply.js";
import { deskOfButton } from "../../desk-routing.js";
import { describeError } from "../../redacting-logger.js";
import type { ListenerDeps } from "../listener-deps.js";

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/**
 * "Share in channel": the same answer, from the same desk, posted visibly in the channel, saying
 * who asked. Each answer is shared once, however often its button is clicked; once it is, the
 * private copy shows who shared it where, in place of the button. A share that did not go out
 * can be tried again.
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
    const once = shareKey(channel, body.container, action.value);
    if (!(await deps.answered.firstTime(once))) {
      logger.debug(`not sharing again in ${channel}: this answer was already shared`);
      return;
    }
    const threadTs = body.container?.["thread_ts"];
    const sharer = body.user.id;
    const outcome = await deps.work.deliver(
      {
        context: `sharing an answer for ${sharer} in ${channel}`,
        answer: () =>
          deps.work.answer(() =>
            findAnswerReply(desk.current, asked.question, asked.mode, {
              askedBy: sharer,
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
    );
    // Not sent, and surely not arrived: the asker may share again. (A post that may have
    // arrived stays shared: sharing again could post twice.)
    if (outcome === "asker-told" || outcome === "asker-not-told") {
      await deps.answered.forget(once);
      return;
    }
    if (outcome !== "sent") return;
    const markPrivateCopy = async () => {
      const privateCopy = await deps.work.answer(async () =>
        hideTokens(
          markShared(
            await findAnswerReply(desk.current, asked.question, asked.mode, {
              shareable: true,
              desk: desk.profile.id,
            }),
            { channel, user: sharer },
          ),
        ),
      );
      await respond({
        response_type: "ephemeral",
        replace_original: true,
        text: privateCopy.text,
        blocks: [...privateCopy.blocks],
      });
    };
    await deps.work.track(
      markPrivateCopy().catch((error: unknown) =>
        logger.error(
          `shared an answer for ${sharer} in ${channel}, but could not mark the private copy: ${describeError(error)}`,
        ),
      ),
    );
  };
}

/**
 * Which answer a click shares: the message its button is on (its timestamp, in its channel) and
 * what the button asks. A click without a message timestamp is known by its button alone.
 */
function shareKey(channel: string, container: unknown, value: string | undefined): string {
  const ts = (container as { message_ts?: unknown } | undefined)?.message_ts;
  return `share:${channel}:${typeof ts === "string" ? ts : "-"}:${value ?? ""}`;
}
