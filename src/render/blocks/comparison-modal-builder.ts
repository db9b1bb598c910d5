import type { Answer } from "../../answer/answer.js";
import { BlockLimits } from "./block-limits.js";
import { buildComparisonBlocks } from "./comparison-blocks-builder.js";
import { DeskTexts } from "./desk-texts.js";
import { ModalLimits, type ModalView, plain } from "./modal-kit.js";

/**
 * "How they differ": the full comparison of an answer in a modal, aspect by aspect with the
 * outlets side by side, then the changed quotes (the blocks of `compare TOPIC`, without buttons).
 */
export function buildComparisonModal(answer: Answer): ModalView {
  const blocks = buildComparisonBlocks(answer).blocks.filter((block) => block.type !== "actions");
  return {
    type: "modal",
    title: plain(DeskTexts.differTitle, ModalLimits.title),
    close: plain("Close", ModalLimits.title),
    blocks: blocks.slice(0, BlockLimits.viewBlocks),
  };
}
