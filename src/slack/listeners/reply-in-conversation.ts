import type { Logger } from "@slack/bolt";
import { parseDeskCommand } from "../../commands/desk-command.js";
import { routeQuestion } from "../../desk/newsroom-view.js";
import { buildHelpBlocks } from "../../render/blocks/help-blocks-builder.js";
import { deskReply } from "../desk-reply.js";
import { replyOptionsFor } from "../desk-routing.js";
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
  /** A direct message: answered by the default desk unless it names another (no channel binding). */
  readonly direct?: boolean;
}

/**
 * Answers a question asked in a conversation (a mention, a DM) with a message there, from the
 * desk it routes to: a leading command word (`desk who …`, `/desk who …`) names the desk; else
 * the desk bound to the channel; else the default desk. A failure
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
  await deps.work.deliver(
    {
      context: `a question in ${place.channel}${place.threadTs ? ` (thread ${place.threadTs})` : ""}`,
      answer: () =>
        deps.work.answer(() => {
          const newsroom = deps.newsroom;
          const routed = routeQuestion(newsroom, question, place.direct ? null : place.channel);
          if (routed.desk === null) return buildHelpBlocks({ asked: null, desks: [] });
          return deskReply(
            routed.desk.current,
            parseDeskCommand(routed.text),
            replyOptionsFor(newsroom, routed.desk, false),
          );
        }),
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
