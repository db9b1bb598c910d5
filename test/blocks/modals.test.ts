import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import { buildComparisonModal } from "../../src/render/blocks/comparison-modal-builder.js";
import {
  buildFeedbackModal,
  buildFeedbackThanks,
  FeedbackView,
} from "../../src/render/blocks/feedback-modal-builder.js";
import type { InputBlock, ModalView } from "../../src/render/blocks/modal-kit.js";
import { blockKitViolations } from "../support/block-kit-limits.js";
import { answerArbitrary } from "../support/hostile-answers.js";
import { hostileTextUpTo } from "../support/hostile-text.js";
import { markupProblems } from "../support/mrkdwn-safety.js";

/** Slack's limits on a modal (docs: reference/surfaces/views, block-kit/blocks/input-block). */
function modalProblems(view: ModalView): string[] {
  const problems: string[] = [];
  for (const [field, text] of [
    ["title", view.title],
    ["close", view.close],
    ["submit", view.submit],
  ] as const) {
    if (text && [...text.text].length > 24) problems.push(`${field}: over 24 characters`);
  }
  if ((view.private_metadata ?? "").length > 3000) problems.push("private_metadata: over 3000");
  const inputs = view.blocks.filter((block): block is InputBlock => block.type === "input");
  const others = view.blocks.filter((block) => block.type !== "input");
  problems.push(...blockKitViolations(others, "home"));
  if (view.blocks.length > 100) problems.push("blocks: over 100");
  for (const input of inputs) {
    if (input.label.text.length > 2000) problems.push("input label: over 2000");
    const element = input.element;
    if (element.type === "static_select") {
      if (element.options.length === 0 || element.options.length > 100)
        problems.push(`options: ${element.options.length}`);
      for (const option of element.options) {
        if ([...option.text.text].length > 75) problems.push("option text: over 75");
        if (option.value.length > 150) problems.push("option value: over 150");
      }
    }
  }
  for (const block of others)
    if (block.type === "section") problems.push(...markupProblems(block.text.text));
  return problems;
}

const outletArbitrary = fc.record({
  source: fc.oneof(
    fc.string({ minLength: 1, maxLength: 30 }),
    fc.string({ minLength: 150, maxLength: 300 }),
  ),
  outlet: hostileTextUpTo(300),
});

describe("the modals", () => {
  it("How they differ stays within a modal's limits and lets no markup through, whatever the answer", () => {
    fc.assert(
      fc.property(answerArbitrary, (answer) => {
        expect(modalProblems(buildComparisonModal(answer))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("Wrong offers each outlet once, within a modal's limits, and always 'Something else'", () => {
    fc.assert(
      fc.property(
        hostileTextUpTo(3000),
        fc.array(outletArbitrary, { maxLength: 120 }),
        fc.array(outletArbitrary, { maxLength: 120 }),
        (question, quoted, notQuoted) => {
          const view = buildFeedbackModal({
            question,
            quoted,
            notQuoted,
            privateMetadata: encodeButtonValue({ question, mode: "ask", from: 0 }),
          });
          expect(modalProblems(view)).toEqual([]);
          expect(view.callback_id).toBe(FeedbackView.callbackId);
          const select = view.blocks.find(
            (block): block is InputBlock =>
              block.type === "input" && block.block_id === FeedbackView.whatBlock,
          );
          const options = select?.element.type === "static_select" ? select.element.options : [];
          expect(options.at(-1)?.value).toBe("other");
        },
      ),
      { numRuns: 100 },
    );
    expect(modalProblems(buildFeedbackThanks())).toEqual([]);
  });
});
