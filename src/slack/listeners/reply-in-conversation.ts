import type { Logger } from "@slack/bolt";
import { conversationAnswer } from "../conversation-answer.js";
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
  /** The question's own message, whose thread is then about it too (a DM answered beside it). */
  readonly messageTs?: string | undefined;
}

/**
 * Answers a question asked in a conversation (a mention, a DM) with a message there, from the
 * desk it routes to: a leading command word (`desk who …`, `/desk who …`) names the desk; else
 * the desk bound to the channel; else the default desk. In a thread the bot answered, the
 * message is read as a follow-up of the thread's question (see conversation-answer.ts). A failure
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
  const prior = deps.threads?.topicOf(place.channel, place.threadTs) ?? null;
  await deps.work.deliver(
    {
      context: `a question in ${place.channel}${place.threadTs ? ` (thread ${place.threadTs})` : ""}`,
      answer: () =>
        deps.work.answer(() =>
          conversationAnswer(deps.newsroom, question, {
            channel: place.direct ? null : place.channel,
            prior,
          }),
        ),
      send: async (reply) => {
        const posted = await client.chat.postMessage({
          ...where,
          text: reply.message.text,
          blocks: [...reply.message.blocks],
        });
        const topic = reply.topic;
        if (topic && deps.threads) {
          // A reply in this thread, or in the thread of the answer itself (a DM), follows up.
          if (place.threadTs) deps.threads.remember(place.channel, place.threadTs, topic);
          if (place.messageTs) deps.threads.remember(place.channel, place.messageTs, topic);
          const ts = (posted as { ts?: unknown } | undefined)?.ts;
          if (typeof ts === "string") deps.threads.remember(place.channel, ts, topic);
        }
      },
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
