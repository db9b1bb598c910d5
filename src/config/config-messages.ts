/** A configuration value that is missing or malformed; the message names the variable, never its value. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** What `npm start` says about a bad configuration: one line each, tests import them. */
export const ConfigMessages = Object.freeze({
  botTokenMissing:
    "SLACK_BOT_TOKEN is missing: set the app's bot token (xoxb-…), or unset all SLACK_* variables to run the local console.",
  botTokenMalformed: "SLACK_BOT_TOKEN is malformed: a bot token starts with xoxb-.",
  appTokenMalformed: "SLACK_APP_TOKEN is malformed: an app-level token starts with xapp-.",
  signingSecretMissing:
    "SLACK_SIGNING_SECRET is missing: HTTP mode (no SLACK_APP_TOKEN) needs the app's signing secret.",
  signingSecretMalformed: "SLACK_SIGNING_SECRET is malformed: it must not contain spaces.",
  portMalformed: "PORT is malformed: use a whole number from 0 to 65535.",
  apiUrlMalformed: "SLACK_API_URL is malformed: use an http(s) URL such as https://slack.com/api/.",
  logLevel: "LOG_LEVEL is malformed: use one of debug, info, warn, error.",
});
