import { App, type AppOptions, type CustomRoute, type Logger } from "@slack/bolt";
import type { SlackConfig } from "../config/app-config.js";
import { newsroomArticles } from "./desk-routing.js";
import { registerListeners } from "./listeners/index.js";
import type { ListenerDeps } from "./listeners/listener-deps.js";
import { oncePerEvent } from "./middleware/once-per-event.js";
import { oncePerTrigger } from "./middleware/once-per-trigger.js";
import type { RateLimits } from "./rate-limits.js";
import type { SeenKeys } from "./recent-keys.js";
import { createSlackFetch, type DeliverySettings } from "./slack-fetch.js";
import { SlackSurface } from "./slack-surface.js";
import { StrictHTTPReceiver } from "./strict-http-receiver.js";

/** Where Slack posts commands, events and button clicks in HTTP mode. */
export const EVENTS_PATH = SlackSurface.eventsPath;
export const HEALTH_PATH = "/healthz";

export interface SlackAppParts {
  readonly config: SlackConfig;
  readonly deps: ListenerDeps;
  readonly logger: Logger;
  /** Event ids and trigger ids already handled, for re-deliveries and replays. */
  readonly events: SeenKeys;
  /** Timeouts and retries towards Slack; defaults otherwise. */
  readonly delivery?: Partial<DeliverySettings>;
  /** Slack's rate-limit back-off (the replicas' shared one); this process's own otherwise. */
  readonly rateLimits?: RateLimits;
}

/** Builds the Bolt app for Socket Mode or HTTP and wires the listeners. Nothing connects yet. */
export function createSlackApp(parts: SlackAppParts): App {
  const { config, deps, events } = parts;
  const logger = withQuietClientWarnings(parts.logger);
  const common = {
    token: config.botToken,
    logger,
    // Without this Bolt resets the logger to INFO.
    logLevel: logger.getLevel(),
    deferInitialization: true,
    ignoreSelf: true,
    convoStore: false as const,
    clientOptions: webClientOptions(config, logger, parts.delivery, parts.rateLimits),
  } satisfies AppOptions;
  const health = healthRoute(() => ({
    desks: deps.newsroom.desks.length,
    articles: newsroomArticles(deps.newsroom),
  }));
  const app =
    config.mode === "socket"
      ? new App({
          ...common,
          socketMode: true,
          appToken: config.appToken,
          // The socket's own calls (apps.connections.open, to connect and reconnect) are safe to
          // repeat: they keep the Socket Mode client's own patient retries, not the replies' rules.
          installerOptions: {
            clientOptions: socketClientOptions(config),
            ...(config.healthPort === null ? {} : { port: config.healthPort }),
          },
          ...(config.healthPort === null ? {} : { customRoutes: [health] }),
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
  app.use(oncePerTrigger(events));
  registerListeners(app, deps);
  return app;
}

/**
 * Every Web API call goes to SLACK_API_URL when set, never to an absolute URL. Timeouts and
 * retries are Story Desk's own (see slack-fetch.ts), also for `respond`, which uses this fetch:
 * the WebClient itself neither retries nor waits, so a timed-out post is never sent again.
 */
function webClientOptions(
  config: SlackConfig,
  logger: Logger,
  delivery: Partial<DeliverySettings> | undefined,
  rateLimits: RateLimits | undefined,
): NonNullable<AppOptions["clientOptions"]> {
  return {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    allowAbsoluteUrls: false,
    timeout: 0,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    fetch: createSlackFetch({
      ...(delivery ? { settings: delivery } : {}),
      ...(rateLimits ? { rateLimits } : {}),
      note: (line) => logger.debug(line),
    }),
  };
}

function socketClientOptions(config: SlackConfig): NonNullable<AppOptions["clientOptions"]> {
  return config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
}

/**
 * The WebClient warns about each failed request; the listener that sent it logs the failure
 * once, with who asked and where, so the client's own line is kept at debug.
 */
function withQuietClientWarnings(logger: Logger): Logger {
  return {
    debug: (...msg) => logger.debug(...msg),
    info: (...msg) => logger.info(...msg),
    warn: (...msg) =>
      msg[0] === WEB_CLIENT_REQUEST_FAILED ? logger.debug(...msg) : logger.warn(...msg),
    error: (...msg) => logger.error(...msg),
    setLevel: (level) => logger.setLevel(level),
    getLevel: () => logger.getLevel(),
    setName: (name) => logger.setName(name),
  };
}

/** The WebClient's words for a request that failed before Slack answered. */
const WEB_CLIENT_REQUEST_FAILED = "http request failed";

/** `GET /healthz`: ok, with the desks and their articles (over all desks) as they are now. */
function healthRoute(counts: () => { desks: number; articles: number }): CustomRoute {
  return {
    path: HEALTH_PATH,
    method: ["GET"],
    handler: (_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, ...counts() }));
    },
  };
}
