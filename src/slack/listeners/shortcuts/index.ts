import type { App, MessageShortcut } from "@slack/bolt";
import type { ListenerDeps } from "../listener-deps.js";
import { ADD_TO_DESK, addToDeskHandler } from "./add-to-desk.js";

export function register(app: App, deps: ListenerDeps): void {
  app.shortcut<MessageShortcut>(ADD_TO_DESK, addToDeskHandler(deps));
}
