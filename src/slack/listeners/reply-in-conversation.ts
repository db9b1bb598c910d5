import type { Logger } from "@slack/bolt";
import { parseDeskCommand } from "../../commands/desk-command.js";
import { deskReply } from "../desk-reply.js";
import { deliverReply } from "./deliver-reply.js";
import type { ListenerDeps } from "./listener-deps.js";
import { type EphemeralClient, tellByEphemeral } from "./tell-asker.js";

/** The Web API calls a conversation reply needs (a WebClient has them; tests pass a fake). */
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
  } & EphemeralClient["chat"];
}

export interface ConversationPlace {
  readonly channel: string;
  /** The thread to answer in, if any. */
  readonly threadTs?: string | undefined;
  /** Who asked (a user id), to tell privately if even the apology cannot be posted. */
  readonly asker?: string | undefined;
}

/**
 * Answers a question asked in a conversation (a mention, a DM) with a message there. A failure
 * is logged once and the asker gets a short apology in the same place; should that be refused
 * too (say, chat.postMessage still rate limited), privately by an ephemeral message, a Web API
 * method Slack limits on its own.
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
  await deliverReply(
    {
      context: `a question in ${place.channel}${place.threadTs ? ` (thread ${place.threadTs})` : ""}`,
      answer: () =>
        deps.work.answer(() =>
          deskReply(deps.desk.current, parseDeskCommand(question), {
            command: deps.command,
            shareable: false,
          }),
        ),
      send: (reply) =>
        client.chat.postMessage({ ...where, text: reply.text, blocks: [...reply.blocks] }),
      tellAsker: [
        (text) => client.chat.postMessage({ ...where, text }),
        ...(place.asker
          ? [
              tellByEphemeral(client, {
                channel: place.channel,
                user: place.asker,
                threadTs: place.threadTs,
              }),
            ]
          : []),
      ],
    },
    logger,
  );
}
