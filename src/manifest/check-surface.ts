import type { PathProblem } from "./check-shape.js";
import { ManifestMessages as M } from "./manifest-messages.js";
import {
  COMMANDS_SCOPE,
  EVENT_SCOPES,
  METHOD_EXTRA_SCOPES,
  METHOD_SCOPES,
  type ScopeNeed,
} from "./slack-scopes.js";

/** What the Slack app registers and calls (src/slack/slack-surface.ts has the real one). */
export interface AppSurface {
  readonly commands: readonly string[];
  readonly botEvents: readonly string[];
  readonly actions: readonly string[];
  readonly views: readonly string[];
  readonly webApiMethods: readonly string[];
  readonly homeTab: boolean;
  /** Callback ids of global and message shortcuts, when the app has any. */
  readonly shortcuts?: readonly string[];
  /** The desks of the seeds folder and their commands, when the manifest is held against them. */
  readonly newsroom?: NewsroomCommands;
}

/** One desk's slash command, as the manifest should declare it. */
export interface DeskCommand {
  /** The desk's id. */
  readonly desk: string;
  /** The desk's folder, as shown to the admin. */
  readonly folder: string;
  /** Its slash command, with the slash. */
  readonly command: string;
  /** The command's description, from the desk's desk.yml (or its default). */
  readonly description: string;
  /** The desk's readable name. */
  readonly name: string;
}

/** The desks of a seeds folder: one command each (a command two desks claim, once). */
export interface NewsroomCommands {
  /** The seeds folder, as shown to the admin. */
  readonly folder: string;
  readonly desks: readonly DeskCommand[];
}

/** Every slash command the app answers: its own and its desks'. */
export function handledCommands(surface: AppSurface): string[] {
  return [
    ...new Set([
      ...surface.commands,
      ...(surface.newsroom?.desks ?? []).map((desk) => desk.command),
    ]),
  ];
}

/**
 * Holds a manifest against what the app registers and calls: every command, event and shortcut
 * handled is declared and nothing declared goes unhandled; the bot scopes cover the Web API
 * methods, events and commands, and no more; interactivity is on exactly when the app has actions
 * or views; the Home tab is on exactly when the app publishes one; DMs can be written when the
 * app answers them.
 */
export function checkAgainstSurface(manifest: unknown, surface: AppSurface): PathProblem[] {
  const m = asRecord(manifest);
  const features = asRecord(m["features"]);
  const settings = asRecord(m["settings"]);
  const appHome = asRecord(features["app_home"]);
  const problems: PathProblem[] = [];

  problems.push(...checkCommands(features, surface));

  const eventsPath = ["settings", "event_subscriptions", "bot_events"];
  const declaredEvents = asList(asRecord(settings["event_subscriptions"])["bot_events"]);
  problems.push(
    ...compareLists(surface.botEvents, declaredEvents, eventsPath, {
      notDeclared: M.eventNotDeclared,
      notHandled: M.eventNotHandled,
    }),
  );

  const shortcutsPath = ["features", "shortcuts"];
  const declaredShortcuts = asList(features["shortcuts"]).map((s) => asRecord(s)["callback_id"]);
  problems.push(
    ...compareLists(surface.shortcuts ?? [], declaredShortcuts, shortcutsPath, {
      notDeclared: M.shortcutNotDeclared,
      notHandled: M.shortcutNotHandled,
    }),
  );

  problems.push(...checkScopes(m, surface));

  const interactive = [...surface.actions, ...surface.views, ...(surface.shortcuts ?? [])];
  const interactivityOn = asRecord(settings["interactivity"])["is_enabled"] === true;
  if (interactive.length > 0 && !interactivityOn) {
    problems.push({
      path: ["settings", "interactivity"],
      message: M.interactivityOff(interactive.join(", ")),
    });
  }
  if (interactive.length === 0 && interactivityOn) {
    problems.push({
      path: ["settings", "interactivity", "is_enabled"],
      message: M.interactivityOn,
    });
  }

  const homeTabOn = appHome["home_tab_enabled"] === true;
  if (surface.homeTab && !homeTabOn) {
    problems.push({ path: ["features", "app_home"], message: M.homeTabOff });
  }
  if (!surface.homeTab && homeTabOn) {
    problems.push({ path: ["features", "app_home", "home_tab_enabled"], message: M.homeTabOn });
  }
  if (surface.botEvents.includes("message.im")) {
    if (appHome["messages_tab_enabled"] !== true) {
      problems.push({ path: ["features", "app_home"], message: M.messagesTabOff });
    }
    if (appHome["messages_tab_read_only_enabled"] === true) {
      problems.push({
        path: ["features", "app_home", "messages_tab_read_only_enabled"],
        message: M.messagesTabReadOnly,
      });
    }
  }

  const botScopes = asList(asRecord(asRecord(m["oauth_config"])["scopes"])["bot"]);
  if ((botScopes.length > 0 || declaredEvents.length > 0) && features["bot_user"] === undefined) {
    problems.push({ path: ["features"], message: M.botUserMissing });
  }
  return problems;
}

/** The bot scopes the app needs, each with what needs it; and what is unknown to the table. */
export function neededBotScopes(surface: AppSurface): {
  needs: { anyOf: ScopeNeed; neededBy: string }[];
  unknown: PathProblem[];
} {
  const needs: { anyOf: ScopeNeed; neededBy: string }[] = [];
  const unknown: PathProblem[] = [];
  for (const method of surface.webApiMethods) {
    const need = Object.hasOwn(METHOD_SCOPES, method) ? METHOD_SCOPES[method] : undefined;
    if (need === undefined) unknown.push({ path: [], message: M.methodUnknown(method) });
    else if (need.length > 0) needs.push({ anyOf: need, neededBy: method });
  }
  for (const event of surface.botEvents) {
    const need = Object.hasOwn(EVENT_SCOPES, event) ? EVENT_SCOPES[event] : undefined;
    if (need === undefined) unknown.push({ path: [], message: M.eventUnknown(event) });
    else if (need.length > 0) needs.push({ anyOf: need, neededBy: `the ${event} event` });
  }
  const commands = handledCommands(surface);
  if (commands.length > 0) {
    needs.push({ anyOf: [COMMANDS_SCOPE], neededBy: commands.join(", ") });
  }
  if ((surface.shortcuts ?? []).length > 0) {
    needs.push({ anyOf: [COMMANDS_SCOPE], neededBy: "the shortcuts" });
  }
  return { needs, unknown };
}

/**
 * Every command the app or a desk answers is declared, and every declared command is answered.
 * A desk's command names the desk and its folder; a command no desk answers names the seeds folder.
 */
function checkCommands(features: Record<string, unknown>, surface: AppSurface): PathProblem[] {
  const path = ["features", "slash_commands"];
  const declared = asList(features["slash_commands"]).map((c) => asRecord(c)["command"]);
  const problems: PathProblem[] = [];
  for (const command of surface.commands) {
    if (!declared.includes(command))
      problems.push({ path, message: M.commandNotDeclared(command) });
  }
  const newsroom = surface.newsroom;
  for (const desk of newsroom?.desks ?? []) {
    if (surface.commands.includes(desk.command) || declared.includes(desk.command)) continue;
    problems.push({
      path,
      message: M.deskCommandNotDeclared(desk.command, desk.desk, desk.folder),
    });
  }
  const handled = handledCommands(surface);
  declared.forEach((command, index) => {
    if (typeof command !== "string" || handled.includes(command)) return;
    problems.push({
      path: [...path, index],
      message: newsroom
        ? M.commandNoDesk(command, newsroom.folder, newsroom.desks)
        : M.commandNotHandled(command),
    });
  });
  return problems;
}

function checkScopes(manifest: Record<string, unknown>, surface: AppSurface): PathProblem[] {
  const scopesPath = ["oauth_config", "scopes", "bot"];
  const declared = asList(asRecord(asRecord(manifest["oauth_config"])["scopes"])["bot"]).filter(
    (scope): scope is string => typeof scope === "string",
  );
  const { needs, unknown } = neededBotScopes(surface);
  const problems: PathProblem[] = [...unknown];
  const missing = new Map<string, string[]>();
  for (const need of needs) {
    if (need.anyOf.some((scope) => declared.includes(scope))) continue;
    const scope = need.anyOf[0] ?? "";
    missing.set(scope, [...(missing.get(scope) ?? []), need.neededBy]);
  }
  for (const [scope, neededBy] of missing) {
    problems.push({ path: scopesPath, message: M.scopeMissing(scope, neededBy.join(", ")) });
  }
  // A table gap already has its own problem; calling unused scopes then would only mislead.
  if (unknown.length === 0) {
    const useful = new Set([
      ...needs.flatMap((need) => need.anyOf),
      ...surface.webApiMethods.flatMap((method) =>
        Object.hasOwn(METHOD_EXTRA_SCOPES, method) ? (METHOD_EXTRA_SCOPES[method] ?? []) : [],
      ),
    ]);
    declared.forEach((scope, index) => {
      if (!useful.has(scope))
        problems.push({ path: [...scopesPath, index], message: M.scopeUnused(scope) });
    });
  }
  return problems;
}

function compareLists(
  handled: readonly string[],
  declared: readonly unknown[],
  path: string[],
  say: { notDeclared: (name: string) => string; notHandled: (name: string) => string },
): PathProblem[] {
  const problems: PathProblem[] = [];
  for (const name of handled) {
    if (!declared.includes(name)) problems.push({ path, message: say.notDeclared(name) });
  }
  declared.forEach((name, index) => {
    if (typeof name === "string" && !handled.includes(name)) {
      problems.push({ path: [...path, index], message: say.notHandled(name) });
    }
  });
  return problems;
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
