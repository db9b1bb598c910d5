import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";
import { decodeButtonValue } from "../../../render/blocks/answer-actions.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { answerReply } from "../../desk-reply.js";
import { describeError } from "../../redacting-logger.js";
import type { ListenerDeps } from "../listener-deps.js";

export type ButtonArgs = AllMiddlewareArgs & SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;

/** Slack's errors for a conversation the bot cannot post in. */
const CANNOT_POST = new Set([
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "restricted_action",
]);

/** "Share in channel": the same answer, posted visibly in the channel, saying who asked. */
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
    if (!channel) {
      await tell(DeskTexts.cannotPostHere);
      return;
    }
    await deps.work.track(
      (async () => {
        try {
          const reply = await deps.work.answer(() =>
            answerReply(deps.desk.current, asked.question, asked.mode, { askedBy: body.user.id }),
          );
          const threadTs = body.container?.["thread_ts"];
          await client.chat.postMessage({
            channel,
            ...(typeof threadTs === "string" ? { thread_ts: threadTs } : {}),
            text: reply.text,
            blocks: [...reply.blocks],
            unfurl_links: false,
            unfurl_media: false,
          });
        } catch (error) {
          const code = (error as { data?: { error?: string } }).data?.error ?? "";
          logger.error(`sharing an answer in ${channel} failed: ${describeError(error)}`);
          await tell(CANNOT_POST.has(code) ? DeskTexts.cannotPostHere : DeskTexts.apology);
        }
      })(),
    );
  };
}
