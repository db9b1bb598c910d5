import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import type { SeenKeys } from "../recent-keys.js";

/**
 * Slack gives each slash command and each button click its own `trigger_id`. A request that
 * arrives again with a trigger id already handled is a replay (a captured request sent twice):
 * it is acknowledged, so the sender sees nothing amiss, and not acted on again.
 */
export function oncePerTrigger(seen: SeenKeys): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const { body, logger, next } = args;
    const trigger = (body as { trigger_id?: unknown }).trigger_id;
    if (
      typeof trigger === "string" &&
      trigger !== "" &&
      !(await seen.firstTime(`trigger:${trigger}`))
    ) {
      logger.debug("skipping a request whose trigger id was already handled (a replay)");
      const ack = (args as { ack?: unknown }).ack;
      if (typeof ack === "function") await (ack as () => Promise<void>)();
      return;
    }
    await next();
  };
}
