import { maskSecrets } from "../../ingest/secret-masking.js";

/**
 * The last check before anything goes to Slack: every string of a reply (its text, every block's
 * text, button values) with token- and secret-shaped strings hidden. Articles are masked when
 * they are read; this also covers what was typed (a question holding a token is echoed back, and
 * a shared answer would show it to a channel) and anything else a reply is made of. Pure; plain
 * objects and arrays are copied, other values kept as they are.
 */
export function hideTokens<T>(value: T): T {
  return hide(value) as T;
}

/** A quick look for what any shape of secret starts with or holds, before the full patterns run. */
const MAYBE_SECRET =
  /xox|xapp|hooks\.slack|AKIA|ASIA|gh[pousr]_|github_pat_|AIza|[sr]k_|sk-|eyJ|PRIVATE KEY|[=:]/;

function hide(value: unknown): unknown {
  if (typeof value === "string") return MAYBE_SECRET.test(value) ? maskSecrets(value).text : value;
  if (Array.isArray(value)) return value.map(hide);
  if (
    typeof value === "object" &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    const copy: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) copy[key] = hide(field);
    return copy;
  }
  return value;
}
