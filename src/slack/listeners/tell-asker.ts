import type { RespondFn } from "@slack/bolt";

/** The Web API call used when a response_url cannot carry the news (a WebClient has it). */
export interface EphemeralClient {
  readonly chat: {
    postEphemeral(message: { channel: string; user: string; text: string }): Promise<unknown>;
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
  if (channel) tellers.push((text) => client.chat.postEphemeral({ channel, user, text }));
  return tellers;
}
