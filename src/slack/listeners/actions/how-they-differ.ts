import { decodeButtonValue } from "../../../render/blocks/answer-actions.js";
import { buildComparisonModal } from "../../../render/blocks/comparison-modal-builder.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { findAnswerOnDesk } from "../../desk-reply.js";
import { deskOfButton } from "../../desk-routing.js";
import { describeError } from "../../redacting-logger.js";
import type { ListenerDeps } from "../listener-deps.js";
import type { ButtonClickArgs as ButtonArgs } from "./button-args.js";

/** "How they differ": the whole comparison of the same question, from the same desk, in a modal. */
export function howTheyDifferHandler(deps: ListenerDeps) {
  return async ({ ack, action, body, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const asked = decodeButtonValue(action.value);
    const tell = (text: string) =>
      respond({ response_type: "ephemeral", replace_original: false, text }).catch(
        (error: unknown) =>
          logger.error(`could not reply to How they differ: ${describeError(error)}`),
      );
    const desk = asked === null ? null : deskOfButton(deps.newsroom, asked.desk);
    if (asked === null || desk === null) {
      await tell(asked === null ? DeskTexts.staleButton : DeskTexts.deskGone);
      return;
    }
    await deps.work.track(
      (async () => {
        try {
          const view = await deps.work.answer(async () =>
            buildComparisonModal(await findAnswerOnDesk(desk.current, asked.question)),
          );
          await client.views.open({ trigger_id: body.trigger_id, view: view as never });
        } catch (error) {
          logger.error(
            `How they differ for ${body.user.id} could not be shown: ${describeError(error)}`,
          );
          await tell(DeskTexts.apology);
        }
      })(),
    );
  };
}
