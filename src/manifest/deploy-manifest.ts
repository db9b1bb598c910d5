import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { checkManifestText } from "./check-manifest.js";
import type { AppSurface } from "./check-surface.js";
import { ConfigTokenStore } from "./config-token-store.js";
import { diffManifests, renderChanges } from "./manifest-diff.js";
import { formatProblem, pathFromPointer } from "./manifest-document.js";
import {
  fillPlaceholders,
  normalisePublicUrl,
  PublicUrlError,
  usesPublicUrl,
} from "./manifest-placeholders.js";
import {
  type FetchLike,
  RATE_LIMITED,
  type RotatedTokens,
  SlackApiError,
  SlackManifestApi,
} from "./slack-manifest-api.js";

export interface DeployOptions {
  /** The manifest file, as given (shown in messages) and as resolved on disk. */
  readonly file: string;
  readonly filePath: string;
  readonly dryRun: boolean;
}

export interface DeployContext {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The project folder: the refresh token is kept in its .story-desk/. */
  readonly cwd: string;
  readonly surface: AppSurface;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly fetch?: FetchLike;
}

/** Every line the deploy prints that is not about one manifest problem. */
export const DeployMessages = Object.freeze({
  appIdMissing:
    "SLACK_APP_ID is not set: the deploy needs the app's ID (api.slack.com/apps → your app → Basic Information → App ID)",
  appIdMalformed:
    "SLACK_APP_ID does not look like a Slack app ID (it starts with A, e.g. A0123ABCDEF)",
  tokenMissing:
    "SLACK_CONFIG_TOKEN or SLACK_CONFIG_REFRESH_TOKEN is not set: the deploy needs an app configuration token (api.slack.com/apps → Your App Configuration Tokens)",
  configTokenMalformed:
    "SLACK_CONFIG_TOKEN holds another kind of Slack token (bot, user or app-level); the deploy needs an app configuration token (xoxe.xoxp-…)",
  refreshTokenMalformed:
    "SLACK_CONFIG_REFRESH_TOKEN holds another kind of Slack token; the deploy needs the configuration refresh token (xoxe-…), not the access token (xoxe.xoxp-…)",
  apiUrlMalformed: "SLACK_API_URL is not a URL; leave it unset for https://slack.com/api/",
  publicUrlNeeded:
    "PUBLIC_URL is not set and socket_mode_enabled is false: Slack needs request URLs; set PUBLIC_URL=https://… or turn Socket Mode on",
  urlsLeftOut: "PUBLIC_URL is not set: Socket Mode is on, so the request URLs are left out.",
  urlsFilled: (publicUrl: string) => `PUBLIC_URL is ${publicUrl}: request URLs filled in.`,
  checkFailed: (file: string) => `${file} does not pass the check; nothing was sent to Slack.`,
  rotated: (storedAt: string, expiresAt?: number) =>
    `Rotated the app configuration token${expiresAt ? ` (valid until ${new Date(expiresAt * 1000).toISOString()})` : ""}; the new refresh token is stored in ${storedAt}, readable only by you.`,
  refreshRefused: (source: string, code: string) =>
    `tooling.tokens.rotate refused the refresh token from ${source} (${code}): create a new configuration token at api.slack.com/apps (Your App Configuration Tokens) and set SLACK_CONFIG_REFRESH_TOKEN`,
  exportEmpty:
    "apps.manifest.export gave no current configuration: every field below reads as added.",
  noChanges: (appId: string) => `No changes: app ${appId} already has this configuration.`,
  changesHeading: (appId: string, count: number) =>
    `Changes to app ${appId} (${count}; + added, - removed, ~ changed):`,
  validated: "Slack validated the manifest.",
  rejected: (code: string) => `Slack rejected the manifest (${code}); nothing was updated:`,
  dryRun: "Dry run: stopped before apps.manifest.update; nothing was changed.",
  updated: (appId: string) => `Updated app ${appId}.`,
  permissionsChanged: (appId: string) =>
    `Permissions changed: the workspace must reinstall the app for them to take effect (api.slack.com/apps/${appId}/install-on-team → Reinstall), then copy the new bot token to .env if it changed.`,
  permissionsUnchanged: "Permissions unchanged: no reinstall needed.",
  failed: (error: SlackApiError) => `${error.message}; nothing was updated.`,
  rateLimited: (method: string, seconds?: number) =>
    `${method}: Slack is rate-limiting this method${seconds ? `; try again in ${seconds} s` : "; try again in a minute"}. Nothing was updated.`,
});

/**
 * `npm run manifest -- deploy [--dry-run]`: check the manifest offline, fill its placeholders,
 * get a configuration token (rotating the refresh token first when that is what there is),
 * export the app's current configuration and show what will change, have Slack validate the
 * manifest, and, unless it is a dry run, update the app. Returns the exit code.
 */
export async function deployManifest(
  options: DeployOptions,
  context: DeployContext,
): Promise<number> {
  const secrets = new Set<string>();
  const out = (line: string) => context.out(redact(line, secrets));
  const err = (line: string) => context.err(redact(line, secrets));
  for (const name of ["SLACK_CONFIG_TOKEN", "SLACK_CONFIG_REFRESH_TOKEN"]) {
    const value = context.env[name];
    if (value) secrets.add(value);
  }

  const text = await readFile(options.filePath, "utf8");
  const check = checkManifestText(text, context.surface);
  if (check.problems.length > 0) {
    for (const problem of check.problems) err(formatProblem(options.file, problem));
    err(DeployMessages.checkFailed(options.file));
    return 1;
  }

  const setting = readSettings(context.env);
  if (typeof setting === "string") {
    err(setting);
    return 1;
  }
  const toSend = manifestToSend(check.manifest, context.env["PUBLIC_URL"]);
  if ("problem" in toSend) {
    err(toSend.problem);
    return 1;
  }
  const { manifest } = toSend;
  if (toSend.note) out(toSend.note);

  const api = new SlackManifestApi(setting.apiUrl, context.fetch);
  const store = ConfigTokenStore.inProject(context.cwd);
  try {
    const token = await configToken(setting, api, store, context, secrets, out);
    const current = await api.exportManifest(token, setting.appId);
    if (current === undefined) out(DeployMessages.exportEmpty);
    const changes = diffManifests(current ?? {}, manifest);
    if (changes.length === 0) out(DeployMessages.noChanges(setting.appId));
    else {
      out(DeployMessages.changesHeading(setting.appId, changes.length));
      for (const line of renderChanges(changes)) out(line);
    }

    try {
      await api.validate(token, setting.appId, manifest);
    } catch (error) {
      if (!(error instanceof SlackApiError) || error.manifestErrors.length === 0) throw error;
      err(DeployMessages.rejected(error.code));
      for (const problem of error.manifestErrors) {
        const pointer = problem.pointer ?? "(no pointer)";
        const path = problem.pointer === undefined ? [] : pathFromPointer(problem.pointer);
        const position = path.length > 0 ? check.document.positionOf(path) : undefined;
        const where = position ? `${options.file}:${position.line}:${position.column}: ` : "";
        err(`  ${where}${pointer}: ${problem.message}`);
      }
      return 1;
    }
    out(DeployMessages.validated);
    if (options.dryRun) {
      out(DeployMessages.dryRun);
      return 0;
    }

    const { permissionsUpdated } = await api.update(token, setting.appId, manifest);
    out(DeployMessages.updated(setting.appId));
    out(
      permissionsUpdated
        ? DeployMessages.permissionsChanged(setting.appId)
        : DeployMessages.permissionsUnchanged,
    );
    return 0;
  } catch (error) {
    if (error instanceof DeployStop) {
      err(error.message);
      return 1;
    }
    if (!(error instanceof SlackApiError)) throw error;
    if (error.code === RATE_LIMITED) {
      err(DeployMessages.rateLimited(error.method, error.retryAfterSeconds));
    } else if (error.manifestErrors.length > 0) {
      err(DeployMessages.failed(error));
      for (const problem of error.manifestErrors) {
        err(`  ${problem.pointer ?? "(no pointer)"}: ${problem.message}`);
      }
    } else err(DeployMessages.failed(error));
    return 1;
  }
}

/**
 * The manifest as Slack gets it: `${PUBLIC_URL}` filled in from PUBLIC_URL, or, when that is not
 * set and Socket Mode is on, every field that uses it left out. A problem when PUBLIC_URL is
 * malformed, or missing while Socket Mode is off.
 */
export function manifestToSend(
  checked: unknown,
  rawPublicUrl: string | undefined,
): { manifest: unknown; note?: string } | { problem: string } {
  let publicUrl: string | undefined;
  try {
    publicUrl =
      rawPublicUrl === undefined || rawPublicUrl.trim() === ""
        ? undefined
        : normalisePublicUrl(rawPublicUrl);
  } catch (error) {
    if (error instanceof PublicUrlError) return { problem: error.message };
    throw error;
  }
  if (!usesPublicUrl(checked)) return { manifest: checked };
  const settings = (checked as { settings?: { socket_mode_enabled?: unknown } }).settings;
  if (publicUrl === undefined && settings?.socket_mode_enabled !== true) {
    return { problem: DeployMessages.publicUrlNeeded };
  }
  return {
    manifest: fillPlaceholders(checked, publicUrl),
    note:
      publicUrl === undefined ? DeployMessages.urlsLeftOut : DeployMessages.urlsFilled(publicUrl),
  };
}

/**
 * Bot (xoxb-), user (xoxp-), legacy and app-level (xapp-) tokens: easy to paste in the wrong
 * variable. Configuration tokens are only told apart from these, not checked more strictly, since
 * Slack documents no stricter form.
 */
const OTHER_SLACK_TOKEN = /^(xox[abprs]-|xapp-)/;

interface DeploySettings {
  readonly appId: string;
  readonly apiUrl: string | undefined;
  readonly configToken: string | undefined;
  readonly refreshToken: string | undefined;
}

/** The deploy's variables, checked; a string is the one-line problem. */
function readSettings(env: DeployContext["env"]): DeploySettings | string {
  const value = (name: string) => {
    const raw = env[name]?.trim();
    return raw === undefined || raw === "" ? undefined : raw;
  };
  const appId = value("SLACK_APP_ID");
  if (appId === undefined) return DeployMessages.appIdMissing;
  if (!/^A[A-Z0-9]+$/i.test(appId)) return DeployMessages.appIdMalformed;
  const apiUrl = value("SLACK_API_URL");
  if (apiUrl !== undefined && !URL.canParse(apiUrl)) return DeployMessages.apiUrlMalformed;
  const configToken = value("SLACK_CONFIG_TOKEN");
  const refreshToken = value("SLACK_CONFIG_REFRESH_TOKEN");
  if (configToken !== undefined && OTHER_SLACK_TOKEN.test(configToken)) {
    return DeployMessages.configTokenMalformed;
  }
  if (
    refreshToken !== undefined &&
    (OTHER_SLACK_TOKEN.test(refreshToken) || refreshToken.startsWith("xoxe.xoxp-"))
  ) {
    return DeployMessages.refreshTokenMalformed;
  }
  return { appId, apiUrl, configToken, refreshToken };
}

/**
 * The configuration token to call Slack with. A refresh token wins, since it yields a fresh
 * configuration token: the stored one (when it was issued by this SLACK_API_URL) if
 * SLACK_CONFIG_REFRESH_TOKEN is absent or was already used by an earlier run, else the
 * variable's; should Slack refuse the first, the other is tried once (a refused token is not
 * used up). Without any refresh token, SLACK_CONFIG_TOKEN as it is.
 */
async function configToken(
  setting: DeploySettings,
  api: SlackManifestApi,
  store: ConfigTokenStore,
  context: DeployContext,
  secrets: Set<string>,
  out: (line: string) => void,
): Promise<string> {
  const stored = await store.storedRefreshToken(api.baseUrl);
  if (stored) secrets.add(stored);
  const storedAt = relative(context.cwd, store.refreshTokenPath) || store.refreshTokenPath;
  const fromStore = stored === undefined ? [] : [{ token: stored, source: storedAt }];
  const fromEnv =
    setting.refreshToken === undefined || setting.refreshToken === stored
      ? []
      : [{ token: setting.refreshToken, source: "SLACK_CONFIG_REFRESH_TOKEN" }];
  let candidates: { token: string; source: string }[] = [];
  if (setting.refreshToken !== undefined) {
    const envIsStale = stored !== undefined && (await store.wasUsed(setting.refreshToken));
    candidates = envIsStale ? [...fromStore, ...fromEnv] : [...fromEnv, ...fromStore];
  } else if (setting.configToken === undefined) {
    candidates = fromStore;
  }
  if (candidates.length === 0) {
    if (setting.configToken === undefined) throw new DeployStop(DeployMessages.tokenMissing);
    return setting.configToken;
  }

  for (const [index, refresh] of candidates.entries()) {
    let rotated: RotatedTokens;
    try {
      rotated = await api.rotate(refresh.token);
    } catch (error) {
      if (!(error instanceof SlackApiError) || !REFUSED_TOKEN.test(error.code)) throw error;
      if (index + 1 < candidates.length) continue;
      throw new DeployStop(DeployMessages.refreshRefused(refresh.source, error.code));
    }
    secrets.add(rotated.token);
    secrets.add(rotated.refreshToken);
    await store.saveRotation(api.baseUrl, refresh.token, rotated.refreshToken);
    out(DeployMessages.rotated(storedAt, rotated.expiresAt));
    return rotated.token;
  }
  throw new DeployStop(DeployMessages.tokenMissing);
}

/** Slack's answers to a refresh token it will not exchange. */
const REFUSED_TOKEN = /refresh_token|invalid_auth|token_revoked|token_expired|not_authed/;

/** Stops the deploy with one line, printed as it is. */
class DeployStop extends Error {
  override readonly name = "DeployStop";
}

/** Belt and braces: whatever happens, no known token is ever printed. */
function redact(line: string, secrets: ReadonlySet<string>): string {
  let safe = line;
  for (const secret of secrets) {
    if (secret.length >= 8) safe = safe.split(secret).join("[redacted]");
  }
  return safe;
}
