import { decodeButtonValue } from "../../../render/blocks/answer-actions.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { answerReply } from "../../desk-reply.js";
import { describeError } from "../../redacting-logger.js";
import type { ListenerDeps } from "../listener-deps.js";
import type { ButtonArgs } from "./share-answer.js";

/** "More quotes": the next quotes on the same question, privately to whoever clicked. */
export function moreQuotesHandler(deps: ListenerDeps) {
  return async ({ ack, action, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const asked = decodeButtonValue(action.value);
    await deps.work.track(
      (async () => {
        try {
          if (asked === null) {
            await respond({
              response_type: "ephemeral",
              replace_original: false,
              text: DeskTexts.staleButton,
            });
            return;
          }
          const reply = await deps.work.answer(() =>
            answerReply(deps.desk.current, asked.question, asked.mode, { from: asked.from }),
          );
          await respond({
            response_type: "ephemeral",
            replace_original: false,
            text: reply.text,
            blocks: [...reply.blocks],
          });
        } catch (error) {
          logger.error(`more quotes failed: ${describeError(error)}`);
          await respond({
            response_type: "ephemeral",
            replace_original: false,
            text: DeskTexts.apology,
          }).catch((sendError: unknown) =>
            logger.error(`could not send the apology: ${describeError(sendError)}`),
          );
        }
      })(),
    );
  };
}
