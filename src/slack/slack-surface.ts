/**
 * Everything the Slack app registers and calls, in one place: the listeners are checked against
 * it in tests, and `npm run manifest -- check` holds manifest.yml against it.
 */
export const SlackSurface = Object.freeze({
  /**
   * The app's own slash commands, beside the desks' (each desk's command comes from its profile,
   * and `npm run manifest -- check` holds manifest.yml against the desks too). None yet.
   */
  commands: Object.freeze([] as string[]),
  /** Bot events the app listens to. */
  botEvents: Object.freeze(["app_mention", "app_home_opened", "message.im"]),
  /** Block action ids of the answer's buttons. */
  actions: Object.freeze([
    "share_answer",
    "more_quotes",
    "how_they_differ",
    "feedback_right",
    "feedback_wrong",
    "add_article",
    "cancel_article",
  ]),
  /** View callback ids of the modals whose submission the app reads. */
  views: Object.freeze(["feedback_wrong_view"]),
  /** Callback ids of the app's shortcuts: "Add to desk" on a message holding a pasted page. */
  shortcuts: Object.freeze(["add_to_desk"]),
  /** Web API methods the app calls. */
  webApiMethods: Object.freeze([
    "auth.test",
    "chat.postMessage",
    "chat.postEphemeral",
    // A file sent to the bot: its size and download address (files:read, which url_private needs too).
    "files.info",
    "views.open",
    "views.publish",
  ]),
  /** Called with the app-level token (xapp-, scope connections:write), in Socket Mode only. */
  socketModeMethods: Object.freeze(["apps.connections.open"]),
  /** HTTP mode: the one path Slack posts commands, events and interactivity to. */
  eventsPath: "/slack/events",
  /** Whether the app publishes an App Home tab. */
  homeTab: true,
});
