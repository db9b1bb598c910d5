import { oneLine } from "../answer-text.js";
import type { Block } from "./block-kit.js";
import { section } from "./block-parts.js";
import { DeskTexts } from "./desk-texts.js";
import {
  type InputBlock,
  ModalLimits,
  type ModalView,
  plain,
  type SelectOption,
} from "./modal-kit.js";
import { escapeMrkdwn, escapeUserText } from "./mrkdwn.js";

/** Ids of the "Wrong" modal and its inputs (the view listener reads them back). */
export const FeedbackView = Object.freeze({
  callbackId: "feedback_wrong_view",
  whatBlock: "what",
  whatAction: "what_pick",
  noteBlock: "note",
  noteAction: "note_text",
  noteChars: 1000,
});

/** An outlet as the modal offers it: its article id and the name to show. */
export interface FeedbackOutlet {
  readonly source: string;
  readonly outlet: string;
}

export interface FeedbackModalInput {
  readonly question: string;
  /** Outlets the answer quoted: "X's quote was wrong". */
  readonly quoted: readonly FeedbackOutlet[];
  /** Outlets it did not quote: "X was missed". */
  readonly notQuoted: readonly FeedbackOutlet[];
  /** What the submission needs back (the button's value); at most 3000 characters. */
  readonly privateMetadata: string;
}

/** The value of each pick: `wrong-quote:<id>`, `missed:<id>` or `other`. */
export function feedbackPickValue(kind: "wrong-quote" | "missed", source: string): string {
  return `${kind}:${source}`;
}

/**
 * "Wrong": a small modal asking what was wrong (one outlet's quote, an outlet missed, or
 * something else) and an optional note.
 */
export function buildFeedbackModal(input: FeedbackModalInput): ModalView {
  const options: SelectOption[] = [];
  const fits = (source: string) => source.length <= ModalLimits.optionValue - 12;
  for (const outlet of input.quoted.filter((o) => fits(o.source))) {
    options.push({
      text: plain(DeskTexts.wrongQuoteOption(outlet.outlet), ModalLimits.optionText),
      value: feedbackPickValue("wrong-quote", outlet.source),
    });
  }
  for (const outlet of input.notQuoted.filter((o) => fits(o.source))) {
    options.push({
      text: plain(DeskTexts.missedOption(outlet.outlet), ModalLimits.optionText),
      value: feedbackPickValue("missed", outlet.source),
    });
  }
  const kept = options.slice(0, ModalLimits.options - 1);
  kept.push({ text: plain(DeskTexts.otherOption, ModalLimits.optionText), value: "other" });
  const what: InputBlock = {
    type: "input",
    block_id: FeedbackView.whatBlock,
    label: plain(DeskTexts.wrongWhatLabel, ModalLimits.label),
    element: {
      type: "static_select",
      action_id: FeedbackView.whatAction,
      placeholder: plain(DeskTexts.wrongWhatPlaceholder, ModalLimits.optionText),
      options: kept,
    },
  };
  const note: InputBlock = {
    type: "input",
    block_id: FeedbackView.noteBlock,
    optional: true,
    label: plain(DeskTexts.wrongNoteLabel, ModalLimits.label),
    element: {
      type: "plain_text_input",
      action_id: FeedbackView.noteAction,
      multiline: true,
      max_length: FeedbackView.noteChars,
    },
  };
  const blocks: (Block | InputBlock)[] = [
    section(`*${DeskTexts.questionLabel}:* ${escapeUserText(oneLine(input.question, 500))}`),
    what,
    note,
  ];
  return {
    type: "modal",
    callback_id: FeedbackView.callbackId,
    title: plain(DeskTexts.wrongTitle, ModalLimits.title),
    submit: plain(DeskTexts.sendButton, ModalLimits.title),
    close: plain(DeskTexts.cancelButton, ModalLimits.title),
    private_metadata: input.privateMetadata.slice(0, ModalLimits.privateMetadata),
    blocks,
  };
}

/** What the modal shows once the verdict is kept. */
export function buildFeedbackThanks(): ModalView {
  return {
    type: "modal",
    title: plain(DeskTexts.wrongTitle, ModalLimits.title),
    close: plain(DeskTexts.closeButton, ModalLimits.title),
    blocks: [section(escapeMrkdwn(DeskTexts.thanksWrong))],
  };
}
