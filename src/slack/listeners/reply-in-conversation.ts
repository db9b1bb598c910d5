import type { Logger } from "@slack/bolt";
import { parseDeskCommand } from "../../commands/desk-command.js";
import { DeskTexts } from "../../render/blocks/desk-texts.js";
import { deskReply } from "../desk-reply.js";
import { describeError } from "../redacting-logger.js";
import type { ListenerDeps } from "./listener-deps.js";

/** The Web API call a conversation reply needs (a WebClient has it; tests pass a fake). */
export interface PostMessageClient {
  readonly chat: {
    postMessage(message: {
      channel: string;
      thread_ts?: string;
      text: string;
      blocks?: object[];
      unfurl_links: boolean;
      unfurl_media: boolean;
    }): Promise<unknown>;
  };
}

export interface ConversationPlace {
  readonly channel: string;
  /** The thread to answer in, if any. */
  readonly threadTs?: string | undefined;
}

/**
 * Answers a question asked in a conversation (a mention, a DM) with a message there. A failure
 * is logged and the asker gets a short apology in the same place.
 */
export async function replyInConversation(
  deps: ListenerDeps,
  client: PostMessageClient,
  logger: Logger,
  place: ConversationPlace,
  question: string,
): Promise<void> {
  const where = {
    channel: place.channel,
    ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    unfurl_links: false,
    unfurl_media: false,
  };
  try {
    const reply = await deps.work.answer(() =>
      deskReply(deps.desk.current, parseDeskCommand(question), {
        command: deps.command,
        shareable: false,
      }),
    );
    await client.chat.postMessage({ ...where, text: reply.text, blocks: [...reply.blocks] });
  } catch (error) {
    logger.error(`answering in ${place.channel} failed: ${describeError(error)}`);
    await client.chat
      .postMessage({ ...where, text: DeskTexts.apology })
      .catch((sendError: unknown) =>
        logger.error(`could not send the apology: ${describeError(sendError)}`),
      );
  }
}
