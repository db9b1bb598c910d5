import type { Block, PlainText } from "./block-kit.js";

/** The Block Kit shapes of Story Desk's modals, as plain objects (no @slack import). */

export interface SelectOption {
  readonly text: PlainText;
  readonly value: string;
}

export interface StaticSelectElement {
  readonly type: "static_select";
  readonly action_id: string;
  readonly placeholder: PlainText;
  readonly options: readonly SelectOption[];
}

export interface PlainTextInputElement {
  readonly type: "plain_text_input";
  readonly action_id: string;
  readonly multiline?: boolean;
  readonly max_length?: number;
}

export interface InputBlock {
  readonly type: "input";
  readonly block_id: string;
  readonly label: PlainText;
  readonly optional?: boolean;
  readonly element: StaticSelectElement | PlainTextInputElement;
}

/** A modal (views.open): at most 100 blocks; title, submit and close at most 24 characters. */
export interface ModalView {
  readonly type: "modal";
  readonly callback_id?: string;
  readonly title: PlainText;
  readonly close: PlainText;
  readonly submit?: PlainText;
  readonly private_metadata?: string;
  readonly blocks: readonly (Block | InputBlock)[];
}

export const ModalLimits = Object.freeze({
  title: 24,
  privateMetadata: 3000,
  optionText: 75,
  optionValue: 150,
  options: 100,
  label: 2000,
});

/** Plain text cut to `max` characters on a whole character. */
export function plain(text: string, max: number): PlainText {
  const chars = [...text];
  const cut = chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
  return { type: "plain_text", text: cut === "" ? " " : cut, emoji: true };
}
