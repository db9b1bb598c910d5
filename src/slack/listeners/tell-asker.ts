import type { RespondFn } from "@slack/bolt";

/** The Web API call used when a response_url cannot carry the news (a WebClient has it). */
export interface EphemeralClient {
  readonly chat: {
    postEphemeral(message: {
      channel: string;
      user: string;
      thread_ts?: string;
      text: string;
    }): Promise<unknown>;
  };
}

/**
 * Ways to tell someone privately that their answer did not come: first the response_url, then
 * (when it is what failed) an ephemeral message from the bot in the same conversation.
 */
export function ephemeralTellers(
  respond: RespondFn,
  client: EphemeralClient,
  where: { readonly channel: string | undefined; readonly user: string },
): ((text: string) => Promise<unknown>)[] {
  const tellers: ((text: string) => Promise<unknown>)[] = [
    (text: string) => respond({ response_type: "ephemeral", replace_original: false, text }),
  ];
  const { channel, user } = where;
  if (channel) tellers.push(tellByEphemeral(client, { channel, user }));
  return tellers;
}

/** Tells someone privately with an ephemeral message from the bot (in a thread, if given). */
export function tellByEphemeral(
  client: EphemeralClient,
  where: {
    readonly channel: string;
    readonly user: string;
    readonly threadTs?: string | undefined;
  },
): (text: string) => Promise<unknown> {
  return (text) =>
    client.chat.postEphemeral({
      channel: where.channel,
      user: where.user,
      ...(where.threadTs ? { thread_ts: where.threadTs } : {}),
      text,
    });
}
