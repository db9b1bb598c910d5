/** Interaction payloads as Slack sends them (modals, shortcuts), beside slack-requests.ts. */
import { blockActionBody, interactionEnvelope, nextTrigger } from "./slack-requests.js";

/** A modal's submission (`view_submission`), with its inputs' values by block and action id. */
export function viewSubmissionBody(fields: {
  readonly callbackId: string;
  readonly privateMetadata: string;
  readonly values: Record<string, Record<string, Record<string, unknown>>>;
  readonly userId?: string;
}): string {
  const payload = {
    type: "view_submission",
    ...interactionEnvelope(fields.userId),
    view: {
      id: "V0001",
      team_id: "T0001",
      type: "modal",
      callback_id: fields.callbackId,
      private_metadata: fields.privateMetadata,
      state: { values: fields.values },
      hash: "1700000000.abcdef",
      title: { type: "plain_text", text: "modal" },
      blocks: [],
    },
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** A message shortcut (`message_action`) used on a message. */
export function messageShortcutBody(fields: {
  readonly callbackId: string;
  readonly text: string;
  readonly responseUrl: string;
  readonly userId?: string;
  readonly channelId?: string;
}): string {
  const payload = {
    type: "message_action",
    callback_id: fields.callbackId,
    team: { id: "T0001", domain: "newsroom" },
    user: { id: fields.userId ?? "U0REPORTER", name: "reporter", team_id: "T0001" },
    channel: { id: fields.channelId ?? "C0001", name: "desk" },
    message: {
      type: "message",
      user: "U0PASTER",
      ts: "1700000300.000100",
      text: fields.text,
    },
    message_ts: "1700000300.000100",
    response_url: fields.responseUrl,
    trigger_id: nextTrigger(),
    action_ts: "1700000301.000200",
    token: "legacy-verification-token",
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** As much of a sent message's block as a click needs: the buttons of an actions block. */
interface BlockWithButtons {
  readonly type: string;
  readonly elements?: readonly { readonly action_id?: string; readonly value?: string }[];
}

/** A click on the `actionId` button of `blocks` (a message the app sent), with that button's value. */
export function buttonClickBody(
  blocks: readonly BlockWithButtons[],
  actionId: string,
  fields: Omit<Parameters<typeof blockActionBody>[0], "actionId" | "value">,
): string {
  const button = blocks
    .flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []))
    .find((element) => element.action_id === actionId);
  return blockActionBody({ ...fields, actionId, value: String(button?.value) });
}
