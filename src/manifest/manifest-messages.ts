import { cutToLength } from "../text/graphemes.js";
/** Every line `npm run manifest` prints about a problem, in one place; tests import them. */
export const ManifestMessages = Object.freeze({
  keyNotAName: "YAML: a list or map is used as a key",
  tooLong: (field: string, length: number, max: number) =>
    `${field} is ${length} characters long; Slack allows at most ${max}`,
  tooShort: (field: string, length: number, min: number) =>
    min === 1
      ? `${field} is empty; Slack needs some text`
      : `${field} is ${length} characters long; Slack needs at least ${min}`,
  badPattern: (field: string, value: string, hint: string) =>
    `${field} ${JSON.stringify(clip(value))} must ${hint}`,
  notHttps: (field: string) =>
    `${field} must be an https:// URL or start with \${PUBLIC_URL} (filled in at deploy time)`,
  wrongType: (field: string, expected: string) => `${field} must be ${expected}`,
  missing: (field: string) => `${field} is missing; Slack requires it`,
  unknownField: (field: string) =>
    `${field} is not a field Slack's app manifest knows; Slack rejects the whole manifest`,
  tooFewItems: (field: string, count: number, min: number) =>
    count === 0
      ? `${field} is an empty list; leave the field out instead`
      : `${field} lists ${count}; Slack needs at least ${min}`,
  tooManyItems: (field: string, count: number, max: number) =>
    `${field} lists ${count}; Slack allows at most ${max}`,
  duplicate: (field: string, value: string) => `${field} lists ${JSON.stringify(value)} twice`,
  unknownPlaceholder: (name: string) =>
    `unknown placeholder \${${name}}; the only one filled in at deploy time is \${PUBLIC_URL}`,
  placeholderNotFirst: (field: string) =>
    `${field} uses \${PUBLIC_URL} after its start; it stands for the whole https base URL`,
  looksLikeSecret: (field: string) =>
    `${field} looks like a token or secret; secrets never go in manifest.yml (keep them in .env)`,
  notAnObject: "the manifest must be a YAML mapping of fields (display_information, features…)",
  urlNeededWithoutSocketMode: (field: string) =>
    `${field} is missing: with socket_mode_enabled false, Slack needs a request URL (use \${PUBLIC_URL}/slack/events)`,

  commandNotDeclared: (command: string) =>
    `the app handles ${command}, but features.slash_commands does not declare it`,
  commandNotHandled: (command: string) =>
    `features.slash_commands declares ${command}, which the app does not handle`,
  deskCommandNotDeclared: (command: string, desk: string, folder: string) =>
    `desk ${desk} (${folder}) answers ${command}, but features.slash_commands does not declare it; \`npm run manifest -- sync\` adds it`,
  commandNoDesk: (
    command: string,
    seeds: string,
    desks: readonly { readonly desk: string; readonly command: string }[],
  ) =>
    `features.slash_commands declares ${command}, which no desk of ${seeds} answers (${deskList(desks)}); \`npm run manifest -- sync\` drops it`,
  eventNotDeclared: (event: string) =>
    `the app listens to ${event}, but settings.event_subscriptions.bot_events does not declare it`,
  eventNotHandled: (event: string) =>
    `settings.event_subscriptions.bot_events declares ${event}, which the app does not handle`,
  shortcutNotHandled: (callbackId: string) =>
    `features.shortcuts declares ${callbackId}, which the app does not handle`,
  shortcutNotDeclared: (callbackId: string) =>
    `the app handles shortcut ${callbackId}, but features.shortcuts does not declare it`,
  scopeMissing: (scope: string, neededBy: string) =>
    `oauth_config.scopes.bot lacks ${scope}, which ${neededBy} needs`,
  scopeUnused: (scope: string) =>
    `oauth_config.scopes.bot declares ${scope}, which nothing the app calls or listens to needs`,
  methodUnknown: (method: string) =>
    `the app calls ${method}, whose bot scope is not in src/manifest/slack-scopes.ts; add it there`,
  eventUnknown: (event: string) =>
    `the app listens to ${event}, whose bot scope is not in src/manifest/slack-scopes.ts; add it there`,
  interactivityOff: (handled: string) =>
    `settings.interactivity.is_enabled must be true: the app handles ${handled}`,
  interactivityOn:
    "settings.interactivity.is_enabled must be false: the app handles no actions or views",
  homeTabOff: "features.app_home.home_tab_enabled must be true: the app publishes a Home tab",
  homeTabOn: "features.app_home.home_tab_enabled must be false: the app publishes no Home tab",
  messagesTabOff:
    "features.app_home.messages_tab_enabled must be true: the app answers direct messages (message.im)",
  messagesTabReadOnly:
    "features.app_home.messages_tab_read_only_enabled must be false: users must be able to write to the app",
  botUserMissing: "features.bot_user is missing: bot scopes and bot events need a bot user",
});

/** The desks a message names: "its desks: a /a, b /b", the first five at most. */
function deskList(desks: readonly { readonly desk: string; readonly command: string }[]): string {
  if (desks.length === 0) return "it has no desks";
  const shown = desks.slice(0, 5).map((d) => `${d.desk} ${d.command}`);
  const more = desks.length > 5 ? ` and ${desks.length - 5} more` : "";
  return `its desks: ${shown.join(", ")}${more}`;
}

/** Long values are cut in messages so that each problem stays one readable line. */
export function clip(value: string, max = 60): string {
  return value.length <= max ? value : `${cutToLength(value, max - 1)}…`;
}
