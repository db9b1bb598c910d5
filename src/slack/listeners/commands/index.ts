import type { App } from "@slack/bolt";
import { SlackSurface } from "../../slack-surface.js";
import type { ListenerDeps } from "../listener-deps.js";
import { deskCommandHandler } from "./desk-command.js";

export function register(app: App, deps: ListenerDeps): void {
  for (const command of SlackSurface.commands) app.command(command, deskCommandHandler(deps));
}
