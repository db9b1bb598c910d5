import type { App } from "@slack/bolt";
import type { ListenerDeps } from "../listener-deps.js";
import { appHomeOpenedHandler } from "./app-home-opened.js";
import { appMentionHandler } from "./app-mention.js";

export function register(app: App, deps: ListenerDeps): void {
  app.event("app_mention", appMentionHandler(deps));
  app.event("app_home_opened", appHomeOpenedHandler(deps));
}
