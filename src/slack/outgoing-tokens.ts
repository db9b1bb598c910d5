import { maskSecrets } from "../ingest/secret-masking.js";

/**
 * The last gate before a request leaves for Slack: token- and secret-shaped strings in its body
 * are hidden, whichever listener built it (an answer, a modal, a preview, the Home tab). A JSON
 * body is masked as it is (the mask needs no escaping); a form body field by field, decoded, so
 * that a token inside an encoded field is found too. The headers (where the bot token goes) are
 * left alone.
 */
export function hideTokensInRequest(init: RequestInit | undefined): RequestInit | undefined {
  const body = init?.body;
  if (body === undefined || body === null) return init;
  if (body instanceof URLSearchParams) {
    const masked = maskedForm(body);
    return masked === null ? init : { ...init, body: masked };
  }
  if (typeof body !== "string") return init;
  if (/^\s*[[{]/.test(body)) {
    const masked = maskSecrets(body);
    return masked.count === 0 ? init : { ...init, body: masked.text };
  }
  const masked = maskedForm(new URLSearchParams(body));
  return masked === null ? init : { ...init, body: masked.toString() };
}

/** The form with each field masked; null when nothing was hidden. */
function maskedForm(form: URLSearchParams): URLSearchParams | null {
  let hidden = 0;
  const masked = new URLSearchParams();
  for (const [name, value] of form) {
    const field = maskSecrets(value);
    hidden += field.count;
    masked.append(name, field.text);
  }
  return hidden === 0 ? null : masked;
}
