import { App, type AppOptions, type CustomRoute, type Logger } from "@slack/bolt";
import type { SlackConfig } from "../config/app-config.js";
import { registerListeners } from "./listeners/index.js";
import type { ListenerDeps } from "./listeners/listener-deps.js";
import { oncePerEvent } from "./middleware/once-per-event.js";
import type { RecentKeys } from "./recent-keys.js";
import { SlackSurface } from "./slack-surface.js";
import { StrictHTTPReceiver } from "./strict-http-receiver.js";

/** Where Slack posts commands, events and button clicks in HTTP mode. */
export const EVENTS_PATH = SlackSurface.eventsPath;
export const HEALTH_PATH = "/healthz";

export interface SlackAppParts {
  readonly config: SlackConfig;
  readonly deps: ListenerDeps;
  readonly logger: Logger;
  /** Event ids already handled, for re-deliveries. */
  readonly events: RecentKeys;
}

/** Builds the Bolt app for Socket Mode or HTTP and wires the listeners. Nothing connects yet. */
export function createSlackApp({ config, deps, logger, events }: SlackAppParts): App {
  const common = {
    token: config.botToken,
    logger,
    // Without this Bolt resets the logger to INFO.
    logLevel: logger.getLevel(),
    deferInitialization: true,
    ignoreSelf: true,
    convoStore: false as const,
    clientOptions: webClientOptions(config),
  } satisfies AppOptions;
  const health = healthRoute(() => deps.desk.current.articles.length);
  const app =
    config.mode === "socket"
      ? new App({
          ...common,
          socketMode: true,
          appToken: config.appToken,
          ...(config.healthPort === null
            ? {}
            : { customRoutes: [health], installerOptions: { port: config.healthPort } }),
        })
      : new App({
          ...common,
          receiver: new StrictHTTPReceiver({
            signingSecret: config.signingSecret,
            endpoints: EVENTS_PATH,
            logger,
            customRoutes: [health],
          }),
        });
  app.use(oncePerEvent(events));
  registerListeners(app, deps);
  return app;
}

/** Every Web API call goes to SLACK_API_URL when set; few, quick retries; no absolute URLs. */
function webClientOptions(config: SlackConfig): NonNullable<AppOptions["clientOptions"]> {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    allowAbsoluteUrls: false,
    timeout: 10_000,
    retryConfig: { retries: 2, factor: 2, minTimeout: 200, maxTimeout: 2_000 },
  };
}

function healthRoute(articles: () => number): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ["GET"],
    handler: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, articles: articles() }));
    },
  };
}
