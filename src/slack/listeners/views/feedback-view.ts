import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from "@slack/bolt";
import type { WrongWhat } from "../../../desk/feedback.js";
import { decodeButtonValue } from "../../../render/blocks/answer-actions.js";
import {
  buildFeedbackThanks,
  FeedbackView,
} from "../../../render/blocks/feedback-modal-builder.js";
import { keepVerdict } from "../keep-verdict.js";
import type { ListenerDeps } from "../listener-deps.js";

export type ViewArgs = AllMiddlewareArgs & SlackViewMiddlewareArgs<ViewSubmitAction>;

/** The "Wrong" modal sent: the verdict is kept with what was wrong and the note, and the modal says thanks. */
export function feedbackViewHandler(deps: ListenerDeps) {
  return async ({ ack, body, view, logger }: ViewArgs): Promise<void> => {
    const asked = decodeButtonValue(view.private_metadata);
    const values = view.state.values;
    const picked =
      values[FeedbackView.whatBlock]?.[FeedbackView.whatAction]?.selected_option?.value;
    const note = values[FeedbackView.noteBlock]?.[FeedbackView.noteAction]?.value ?? null;
    if (asked === null) {
      await ack();
      return;
    }
    const kept = await keepVerdict(deps, logger, {
      asked,
      user: body.user.id,
      verdict: "wrong",
      what: readPick(picked),
      note,
    });
    await ack(
      kept ? { response_action: "update", view: buildFeedbackThanks() as never } : undefined,
    );
  };
}

/** The modal's pick as data: `wrong-quote:<id>`, `missed:<id>` or `other`. */
function readPick(value: string | undefined | null): WrongWhat | undefined {
  if (!value) return undefined;
  if (value === "other") return { kind: "other" };
  const match = /^(wrong-quote|missed):(.+)$/.exec(value);
  if (!match?.[1] || !match[2]) return undefined;
  return { kind: match[1] as "wrong-quote" | "missed", source: match[2] };
}
