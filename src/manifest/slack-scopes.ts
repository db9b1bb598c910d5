/**
 * Which bot scope each Web API method and each event needs, from Slack's method, event and scope
 * reference pages. Each entry lists alternatives: any one of them is enough (a conversation
 * method needs only the scope of the conversation type it is used on; the first is the one to add
 * when none is declared). An empty list means no scope is needed.
 */
export type ScopeNeed = readonly string[];

const none: ScopeNeed = [];
const chatWrite: ScopeNeed = ["chat:write"];
const history: ScopeNeed = ["channels:history", "groups:history", "im:history", "mpim:history"];
const read: ScopeNeed = ["channels:read", "groups:read", "im:read", "mpim:read"];
const filesWrite: ScopeNeed = ["files:write"];

export const METHOD_SCOPES: Readonly<Record<string, ScopeNeed>> = Object.freeze({
  "api.test": none,
  "auth.test": none,
  "bookmarks.add": ["bookmarks:write"],
  "bookmarks.list": ["bookmarks:read"],
  "bots.info": ["users:read"],
  "chat.delete": chatWrite,
  "chat.deleteScheduledMessage": chatWrite,
  "chat.getPermalink": none,
  "chat.meMessage": chatWrite,
  "chat.postEphemeral": chatWrite,
  "chat.postMessage": chatWrite,
  "chat.scheduleMessage": chatWrite,
  "chat.unfurl": ["links:write"],
  "chat.update": chatWrite,
  "conversations.history": history,
  "conversations.info": read,
  "conversations.join": ["channels:join"],
  "conversations.list": read,
  "conversations.members": read,
  "conversations.open": ["im:write", "mpim:write"],
  "conversations.replies": history,
  "emoji.list": ["emoji:read"],
  "files.completeUploadExternal": filesWrite,
  "files.getUploadURLExternal": filesWrite,
  "files.info": ["files:read"],
  "files.upload": filesWrite,
  "files.uploadV2": filesWrite,
  "pins.add": ["pins:write"],
  "pins.list": ["pins:read"],
  "reactions.add": ["reactions:write"],
  "reactions.get": ["reactions:read"],
  "reactions.remove": ["reactions:write"],
  "team.info": ["team:read"],
  "usergroups.list": ["usergroups:read"],
  "users.conversations": read,
  "users.info": ["users:read"],
  "users.list": ["users:read"],
  "users.lookupByEmail": ["users:read.email"],
  "users.profile.get": ["users.profile:read"],
  "views.open": none,
  "views.publish": none,
  "views.push": none,
  "views.update": none,
});

export const EVENT_SCOPES: Readonly<Record<string, ScopeNeed>> = Object.freeze({
  app_home_opened: none,
  app_mention: ["app_mentions:read"],
  app_uninstalled: none,
  channel_created: ["channels:read"],
  channel_rename: ["channels:read"],
  emoji_changed: ["emoji:read"],
  file_shared: ["files:read"],
  group_rename: ["groups:read"],
  link_shared: ["links:read"],
  member_joined_channel: ["channels:read", "groups:read"],
  member_left_channel: ["channels:read", "groups:read"],
  "message.channels": ["channels:history"],
  "message.groups": ["groups:history"],
  "message.im": ["im:history"],
  "message.mpim": ["mpim:history"],
  pin_added: ["pins:read"],
  reaction_added: ["reactions:read"],
  reaction_removed: ["reactions:read"],
  team_join: ["users:read"],
  tokens_revoked: none,
  user_change: ["users:read"],
});

/**
 * Scopes a method can make use of without needing them: chat.postMessage posts in public channels
 * the bot has not joined with chat:write.public, and under another name or icon with
 * chat:write.customize. Declaring them is a choice, not an unused scope.
 */
export const METHOD_EXTRA_SCOPES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  "chat.postMessage": ["chat:write.public", "chat:write.customize"],
  "chat.scheduleMessage": ["chat:write.public", "chat:write.customize"],
});

/** Slash commands and shortcuts both need this scope. */
export const COMMANDS_SCOPE = "commands";
