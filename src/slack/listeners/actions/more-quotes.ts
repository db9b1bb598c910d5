import { decodeButtonValue } from "../../../render/blocks/answer-actions.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { findAnswerReply } from "../../desk-reply.js";
import { deskOfButton } from "../../desk-routing.js";
import { deliverReply } from "../deliver-reply.js";
import type { ListenerDeps } from "../listener-deps.js";
import { ephemeralTellers } from "../tell-asker.js";
import type { ButtonArgs } from "./share-answer.js";

/** "More quotes": the next quotes on the same question from the same desk, privately to whoever clicked. */
export function moreQuotesHandler(deps: ListenerDeps) {
  return async ({ ack, action, body, respond, client, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const asked = decodeButtonValue(action.value);
    const where = { channel: body.channel?.id, user: body.user.id };
    const tellers = ephemeralTellers(respond, client, where);
    const desk = asked === null ? null : deskOfButton(deps.newsroom, asked.desk);
    await deps.work.track(
      deliverReply(
        {
          context: `more quotes for ${where.user} in ${where.channel ?? "an unknown conversation"}`,
          answer: () =>
            asked === null || desk === null
              ? Promise.resolve({
                  text: asked === null ? DeskTexts.staleButton : DeskTexts.deskGone,
                  blocks: [],
                })
              : deps.work.answer(() =>
                  findAnswerReply(desk.current, asked.question, asked.mode, {
                    from: asked.from,
                    desk: desk.profile.id,
                  }),
                ),
          send: (reply) =>
            respond({
              response_type: "ephemeral",
              replace_original: false,
              text: reply.text,
              ...(reply.blocks.length > 0 ? { blocks: [...reply.blocks] } : {}),
            }),
          tellAsker: tellers,
        },
        logger,
      ),
    );
  };
}
