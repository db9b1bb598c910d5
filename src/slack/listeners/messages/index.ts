import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../listener-deps.js";
import { directMessageHandler } from "./direct-message.js";

export function register(app: App, deps: ListenerDeps): void {
  app.message(directMessageHandler(deps));
}
