/** The fields of a message event that tell who sent it and whether it is new. */
export interface MessageOrigin {
  readonly user?: string | undefined;
  readonly bot_id?: string | undefined;
  readonly subtype?: string | undefined;
  readonly edited?: unknown;
}

/**
 * Only new messages that a person wrote are answered: not bots (this app included), not edits,
 * deletions or any other subtype.
 */
export function isNewMessageFromPerson(
  event: MessageOrigin,
  botUserId: string | undefined,
): boolean {
  if (event.subtype !== undefined || event.bot_id || event.edited !== undefined) return false;
  if (!event.user) return false;
  return event.user !== botUserId;
}
