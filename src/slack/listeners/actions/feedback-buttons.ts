import { parseShownKey } from "../../../desk/feedback.js";
import { outletName } from "../../../ingest/article.js";
import { decodeButtonValue, encodeButtonValue } from "../../../render/blocks/answer-actions.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { buildFeedbackModal } from "../../../render/blocks/feedback-modal-builder.js";
import { deskOfButton } from "../../desk-routing.js";
import { describeError } from "../../redacting-logger.js";
import { keepVerdict } from "../keep-verdict.js";
import type { ListenerDeps } from "../listener-deps.js";
import type { ButtonClickArgs as ButtonArgs } from "./button-args.js";

/** "Right": the verdict is kept, and whoever clicked is thanked privately. */
export function feedbackRightHandler(deps: ListenerDeps) {
  return async ({ ack, action, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const asked = decodeButtonValue(action.value);
    const tell = (text: string) =>
      respond({ response_type: "ephemeral", replace_original: false, text }).catch(
        (error: unknown) => logger.error(`could not reply to feedback: ${describeError(error)}`),
      );
    if (asked === null) {
      await tell(DeskTexts.staleButton);
      return;
    }
    const kept = await keepVerdict(deps, logger, {
      asked,
      user: body.user.id,
      verdict: "right",
      what: undefined,
      note: null,
    });
    await tell(kept ? DeskTexts.thanksRight : DeskTexts.feedbackNotKept);
  };
}

/** "Wrong": a small modal asks what was wrong (the view listener keeps the verdict). */
export function feedbackWrongHandler(deps: ListenerDeps) {
  return async ({ ack, action, body, client, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const asked = decodeButtonValue(action.value);
    const tell = (text: string) =>
      respond({ response_type: "ephemeral", replace_original: false, text }).catch(
        (error: unknown) => logger.error(`could not reply to feedback: ${describeError(error)}`),
      );
    const desk = asked === null ? null : deskOfButton(deps.newsroom, asked.desk);
    if (asked === null || desk === null) {
      await tell(asked === null ? DeskTexts.staleButton : DeskTexts.deskGone);
      return;
    }
    const quotedIds = new Set(
      (asked.shown ?? []).flatMap((key) => parseShownKey(key)?.source ?? []),
    );
    const outlets = desk.current.articles.map((article) => ({
      source: article.id,
      outlet: outletName(article),
    }));
    const view = buildFeedbackModal({
      question: asked.question,
      quoted: outlets.filter((o) => quotedIds.has(o.source)),
      notQuoted: outlets.filter((o) => !quotedIds.has(o.source)),
      privateMetadata: encodeButtonValue({ ...asked, desk: desk.profile.id }),
    });
    try {
      await client.views.open({ trigger_id: body.trigger_id, view: view as never });
    } catch (error) {
      logger.error(`the Wrong modal for ${body.user.id} could not open: ${describeError(error)}`);
      await tell(DeskTexts.apology);
    }
  };
}
