import type { App } from "@slack/bolt";
import * as actions from "./actions/index.js";
import * as commands from "./commands/index.js";
import * as events from "./events/index.js";
import type { ListenerDeps } from "./listener-deps.js";
import * as messages from "./messages/index.js";
import * as shortcuts from "./shortcuts/index.js";
import * as views from "./views/index.js";

/** Wires every listener; each kind's index.ts says what it registers. */
export function registerListeners(app: App, deps: ListenerDeps): void {
  actions.register(app, deps);
  commands.register(app, deps);
  events.register(app, deps);
  messages.register(app, deps);
  shortcuts.register(app, deps);
  views.register(app, deps);
}
