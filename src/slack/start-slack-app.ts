import type { AddressInfo } from "node:net";
import type { Logger, LogLevel } from "@slack/bolt";
import type { LogLevelName, SlackConfig } from "../config/app-config.js";
import type { NewsroomView } from "../desk/newsroom-view.js";
import { feedbackFile, feedbackLogAt } from "../newsroom/feedback-log.js";
import { DeskTexts } from "../render/blocks/desk-texts.js";
import { AnsweredThreads } from "./answered-threads.js";
import { createSlackApp, EVENTS_PATH, HEALTH_PATH } from "./app.js";
import { ArticleDrafts } from "./article-drafts.js";
import { editorsFrom } from "./desk-editors.js";
import { servingLine } from "./desk-routing.js";
import { DeskWork, type LeftBehind } from "./desk-work.js";
import type { ListenerDeps } from "./listeners/listener-deps.js";
import type { RateLimits } from "./rate-limits.js";
import { RecentKeys, type SeenKeys } from "./recent-keys.js";
import { createRedactingLogger } from "./redacting-logger.js";
import type { DeliverySettings } from "./slack-fetch.js";

export interface SlackDeskOptions {
  readonly slack: SlackConfig;
  /**
   * The desks to answer from, read afresh for every request (each desk's command, channels and
   * articles); `fixedNewsroom([...])` for desks that do not change.
   */
  readonly newsroom: NewsroomView;
  readonly logLevel: LogLevelName;
  /** A logger to use instead of the console (tests); it is not scrubbed for you. */
  readonly logger?: Logger;
  /** Timeouts and retries towards Slack (tests shorten them). */
  readonly delivery?: Partial<DeliverySettings>;
  /**
   * The duplicate checks (re-delivered events, replayed commands and clicks, messages answered,
   * shares): shared by every replica when given (the database's); else this process's own.
   */
  readonly seen?: SeenKeys;
  /**
   * Slack's rate-limit back-off: shared by every replica when given (the database's); else this
   * process's own.
   */
  readonly rateLimits?: RateLimits;
  /** Where the Right and Wrong verdicts go; default STORY_DESK_FEEDBACK_FILE or .story-desk/feedback.jsonl. */
  readonly feedbackFile?: string;
  /** Who may add articles to every desk; default STORY_DESK_EDITORS (user ids, comma-separated). */
  readonly editors?: readonly string[];
}

/** A started Slack app. */
export interface RunningSlackApp {
  readonly mode: SlackConfig["mode"];
  /** The HTTP port listened on (HTTP mode, or Socket Mode with a health port); else null. */
  readonly port: number | null;
  readonly logger: Logger;
  /** Stops taking requests, then waits (briefly) for answers already under way. */
  stop(): Promise<void>;
  /**
   * For a bug no listener caught, before the process exits: stops taking requests, gives the
   * answers already acknowledged a few seconds to finish, and tells the asker of each one still
   * unfinished that the bot is restarting. Bounded; never throws.
   */
  leave(): Promise<LeftBehind>;
}

/** A start-up that failed for a reason the admin can fix; the message is one line, without secrets. */
export class SlackStartError extends Error {
  override readonly name = "SlackStartError";
}

/** How long shutdown waits for answers already under way. */
const DRAIN_MS = 5_000;

/** Leaving after a bug: how long answers under way get, and each way of telling an asker. */
export const LeavingTimes = Object.freeze({ finishMs: 4_000, tellMs: 2_000, stopMs: 1_000 });

/**
 * Starts Story Desk in Slack: checks the bot token with auth.test first (a refused token is a
 * clean error, not a crash), then listens over Socket Mode or HTTP.
 */
export async function startSlackApp(options: SlackDeskOptions): Promise<RunningSlackApp> {
  const { slack, newsroom } = options;
  const logger =
    options.logger ??
    createRedactingLogger({ level: options.logLevel as LogLevel, secrets: secretsOf(slack) });
  const work = new DeskWork();
  const deps: ListenerDeps = {
    newsroom,
    work,
    answered: options.seen ?? new RecentKeys(),
    feedback: feedbackLogAt(options.feedbackFile ?? feedbackFile()),
    editors: options.editors ?? editorsFrom(process.env),
    drafts: new ArticleDrafts(),
    threads: new AnsweredThreads(),
  };
  const serving = () => servingLine(newsroom);
  const app = createSlackApp({
    config: slack,
    deps,
    logger,
    events: options.seen ?? new RecentKeys(),
    ...(options.delivery ? { delivery: options.delivery } : {}),
    ...(options.rateLimits ? { rateLimits: options.rateLimits } : {}),
  });

  try {
    await app.init();
  } catch (error) {
    throw new SlackStartError(startFailure("SLACK_BOT_TOKEN", slack, error));
  }

  let port: number | null = null;
  try {
    if (slack.mode === "http") {
      const server = await app.start(slack.port);
      server.requestTimeout = 15_000;
      server.headersTimeout = 10_000;
      port = (server.address() as AddressInfo).port;
      logger.info(
        `Story Desk is listening on port ${port} (HTTP: POST ${EVENTS_PATH}, GET ${HEALTH_PATH}); ${serving()}.`,
      );
    } else {
      await app.start();
      port = slack.healthPort;
      logger.info(`Story Desk is connected over Socket Mode; ${serving()}.`);
    }
  } catch (error) {
    throw new SlackStartError(startFailure("SLACK_APP_TOKEN", slack, error));
  }

  return {
    mode: slack.mode,
    port,
    logger,
    async stop() {
      logger.info("Story Desk is stopping.");
      await app.stop().catch((error: unknown) => logger.warn(`stopping: ${String(error)}`));
      await work.drain(DRAIN_MS);
    },
    async leave() {
      // Stop taking requests, but never wait long for it: the askers matter more.
      await Promise.race([app.stop().catch(() => undefined), sleep(LeavingTimes.stopMs)]);
      const left = await work.finishOrTell(
        DeskTexts.restarting,
        LeavingTimes.finishMs,
        LeavingTimes.tellMs,
      );
      logger.error(
        `leaving: ${left.finished} answers finished, ${left.told} askers told of the restart, ${left.untold} could not be told.`,
      );
      return left;
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function secretsOf(slack: SlackConfig): string[] {
  return slack.mode === "socket"
    ? [slack.botToken, slack.appToken]
    : [slack.botToken, slack.signingSecret];
}

/** One line on why start-up failed; Slack's error code when it gave one, never a secret. */
function startFailure(variable: string, slack: SlackConfig, error: unknown): string {
  const slackError = (error as { data?: { error?: unknown } }).data?.error;
  if (typeof slackError === "string") {
    const which = /auth|token|account/.test(slackError) ? variable : "the Slack app";
    return `Slack refused ${which} (${slackError}): check it and the app's settings.`;
  }
  const code = (error as { code?: unknown }).code;
  if (code === "EADDRINUSE" && slack.mode === "http") {
    return `PORT ${slack.port} is already in use: stop the other process or set another PORT.`;
  }
  const where = slack.apiUrl ?? "https://slack.com/api/";
  const reason = error instanceof Error ? error.message : String(error);
  return `Could not reach Slack's Web API at ${where}: ${reason.replace(/\b(?:xox[a-z]|xapp)-\S+/g, "[redacted]")}`;
}
