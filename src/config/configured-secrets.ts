/**
 * The secrets set in the configuration: never to be quoted, whatever an article holds. Ingest
 * hides each wherever it appears (see src/ingest/secret-masking.ts); the values are read here and
 * passed along, never logged.
 */

/** The variables whose whole value is a secret. */
export const SECRET_VARIABLES = Object.freeze([
  "SLACK_BOT_TOKEN",
  "SLACK_APP_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_CONFIG_TOKEN",
  "SLACK_CONFIG_REFRESH_TOKEN",
]);

/** The variable holding a database address, whose password is a secret. */
export const DATABASE_URL_VARIABLE = "DATABASE_URL";

/**
 * The configured secrets in `env` (after `.env` is read into it): each secret variable's value,
 * and the password of DATABASE_URL as written and as decoded. Empty values are left out.
 */
export function configuredSecrets(env: NodeJS.ProcessEnv): string[] {
  const secrets = new Set<string>();
  for (const name of SECRET_VARIABLES) {
    const value = env[name]?.trim();
    if (value) secrets.add(value);
  }
  const password = databasePassword(env[DATABASE_URL_VARIABLE]);
  for (const form of password) secrets.add(form);
  return [...secrets];
}

/** The password of a database URL, as written and decoded; none when it has none or is not a URL. */
function databasePassword(text: string | undefined): string[] {
  if (!text?.trim()) return [];
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return [];
  }
  if (!url.password) return [];
  let decoded = url.password;
  try {
    decoded = decodeURIComponent(url.password);
  } catch {
    // A stray % sign: the password as written is all there is.
  }
  return [...new Set([url.password, decoded])];
}
