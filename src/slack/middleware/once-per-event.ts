import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { SeenKeys } from "../recent-keys.js";

/**
 * Slack re-delivers an event (with `x-slack-retry-num`) when it thinks the first delivery
 * failed; the event keeps its `event_id`. Each event id is handled once; a re-delivery of an
 * event this process never saw (say, after a restart) is handled normally.
 */
export function oncePerEvent(seen: SeenKeys): Middleware<AnyMiddlewareArgs> {
  return async ({ body, context, logger, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === "string" && !(await seen.firstTime(`event:${eventId}`))) {
      logger.debug(`skipping event ${eventId}: already handled (retry ${context.retryNum ?? 0})`);
      return;
    }
    await next();
  };
}
