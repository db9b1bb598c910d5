import type { Answer } from "../../answer/answer.js";
import { oneLine } from "../answer-text.js";
import { comparisonLines } from "../comparison-lines.js";
import type { Block } from "./block-kit.js";
import { BlockLimits } from "./block-limits.js";
import { section } from "./block-parts.js";
import { buildComparisonBlocks } from "./comparison-blocks-builder.js";
import { DeskTexts } from "./desk-texts.js";
import { packLines } from "./line-packing.js";
import { ModalLimits, type ModalView, plain } from "./modal-kit.js";
import { escapeMrkdwn, escapeUserText } from "./mrkdwn.js";

/**
 * "How they differ": an answer's whole comparison in a modal. First every comparison line, most
 * telling first (the answer showed three), then the outlets side by side aspect by aspect and
 * the changed quotes (the blocks of `compare TOPIC`, without title and buttons).
 */
export function buildComparisonModal(answer: Answer): ModalView {
  const lines = comparisonLines(answer.comparison).map(
    (line) => `• ${escapeMrkdwn(oneLine(line.text, 600))}`,
  );
  const blocks: Block[] = [
    section(`*${DeskTexts.topicLabel}:* ${escapeUserText(oneLine(answer.query, 500))}`),
  ];
  const packed = packLines(lines, BlockLimits.sectionText - 40);
  blocks.push(
    ...packed.map((text, index) =>
      section(index === 0 ? `${DeskTexts.differences}\n${text}` : text),
    ),
  );
  const detail = buildComparisonBlocks(answer).blocks.filter(
    (block) => block.type !== "actions" && block.type !== "header",
  );
  // The detail restates the topic: keep the one above.
  blocks.push(...detail.slice(1));
  return {
    type: "modal",
    title: plain(DeskTexts.differTitle, ModalLimits.title),
    close: plain(DeskTexts.closeButton, ModalLimits.title),
    blocks: blocks.slice(0, BlockLimits.viewBlocks),
  };
}
