import { checkShape, type PathProblem } from "./check-shape.js";
import { type AppSurface, checkAgainstSurface } from "./check-surface.js";
import {
  type ManifestDocument,
  type ManifestProblem,
  parseManifestYaml,
  pathText,
} from "./manifest-document.js";
import { MANIFEST_SHAPE } from "./manifest-limits.js";
import { ManifestMessages as M } from "./manifest-messages.js";
import { PLACEHOLDER_PATTERN, PUBLIC_URL_PLACEHOLDER } from "./manifest-placeholders.js";

export interface ManifestCheck {
  /** Every problem, in the order of the file; empty when the manifest holds. */
  readonly problems: readonly ManifestProblem[];
  /** The parsed manifest (placeholders still in), undefined when the YAML does not parse. */
  readonly manifest: unknown;
  readonly document: ManifestDocument;
}

/** Slack tokens (xoxb-, xoxp-, xoxe., xapp-…) and PEM keys: none may appear in a manifest. */
const SECRET_PATTERN = /\bxox[a-z]?[-.]|\bxapp-|-----BEGIN [A-Z ]*KEY-----/;

/**
 * The offline check behind `npm run manifest -- check`: YAML syntax, Slack's field limits,
 * placeholders, secrets, Socket Mode versus request URLs, and the manifest held against what the
 * app registers and calls. Pure: text in, problems out.
 */
export function checkManifestText(text: string, surface: AppSurface): ManifestCheck {
  const document = parseManifestYaml(text);
  if (document.syntaxProblems.length > 0) {
    return { problems: document.syntaxProblems, manifest: undefined, document };
  }
  const manifest = document.value;
  if (manifest === null || typeof manifest !== "object" || Array.isArray(manifest)) {
    return { problems: [{ message: M.notAnObject }], manifest, document };
  }
  const found: PathProblem[] = [
    ...checkShape(manifest, MANIFEST_SHAPE),
    ...checkStrings(document),
    ...checkSocketModeUrls(manifest as Record<string, unknown>),
    ...checkAgainstSurface(manifest, surface),
  ];
  const problems = found
    .map((problem) => ({ problem, position: document.positionOf(problem.path) }))
    .sort(
      (a, b) =>
        (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
        (a.position?.column ?? 0) - (b.position?.column ?? 0),
    )
    .map(({ problem, position }) =>
      position ? { message: problem.message, position } : { message: problem.message },
    );
  return { problems, manifest, document };
}

function checkStrings(document: ManifestDocument): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const { path, text } of document.strings()) {
    if (SECRET_PATTERN.test(text))
      problems.push({ path, message: M.looksLikeSecret(pathText(path)) });
    for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
      if (match[0] !== PUBLIC_URL_PLACEHOLDER) {
        problems.push({ path, message: M.unknownPlaceholder(match[1] ?? "") });
      } else if (match.index !== 0) {
        problems.push({ path, message: M.placeholderNotFirst(pathText(path)) });
      }
    }
  }
  return problems;
}

/** With Socket Mode off, Slack needs a request URL for each command, the events and interactivity. */
function checkSocketModeUrls(manifest: Record<string, unknown>): PathProblem[] {
  const settings = record(manifest["settings"]);
  if (settings["socket_mode_enabled"] !== false) return [];
  const problems: PathProblem[] = [];
  const needUrl = (path: (string | number)[], url: unknown) => {
    if (url === undefined)
      problems.push({ path, message: M.urlNeededWithoutSocketMode(pathText(path)) });
  };
  const commands = record(manifest["features"])["slash_commands"];
  if (Array.isArray(commands)) {
    commands.forEach((command, index) => {
      needUrl(["features", "slash_commands", index, "url"], record(command)["url"]);
    });
  }
  const events = record(settings["event_subscriptions"]);
  const botEvents = events["bot_events"];
  if (Array.isArray(botEvents) && botEvents.length > 0) {
    needUrl(["settings", "event_subscriptions", "request_url"], events["request_url"]);
  }
  const interactivity = record(settings["interactivity"]);
  if (interactivity["is_enabled"] === true) {
    needUrl(["settings", "interactivity", "request_url"], interactivity["request_url"]);
  }
  return problems;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
