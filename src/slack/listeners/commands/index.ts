import type { App } from "@slack/bolt";
import { SlackSurface } from "../../slack-surface.js";
import type { ListenerDeps } from "../listener-deps.js";
import { deskCommandHandler } from "./desk-command.js";

/**
 * Every slash command but the app's own fixed ones (SlackSurface.commands) is a desk's: one
 * listener takes them all and routes each by the desks as they are when it arrives, so a desk
 * added while the bot runs answers its command without a restart.
 */
export const DESK_COMMANDS = deskCommandPattern(SlackSurface.commands);

export function register(app: App, deps: ListenerDeps): void {
  app.command(DESK_COMMANDS, deskCommandHandler(deps));
}

/** Any slash command except the fixed ones. */
export function deskCommandPattern(fixed: readonly string[]): RegExp {
  const escaped = fixed.map((command) => command.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  return escaped.length === 0 ? /^\// : new RegExp(`^(?!(?:${escaped.join("|")})$)\\/`);
}
