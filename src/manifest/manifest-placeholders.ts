/**
 * manifest.yml may name one placeholder, `${PUBLIC_URL}`: the https base URL of an HTTP
 * deployment. The deploy fills it in from the environment; with no PUBLIC_URL and Socket Mode on,
 * every field that uses it is left out, since Socket Mode needs no request URL. Nothing else is
 * ever read from the environment into the manifest, so no secret can reach it that way.
 */

// biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is written this way in manifest.yml
export const PUBLIC_URL_PLACEHOLDER = "${PUBLIC_URL}";

/** Any `${NAME}` in a string. */
export const PLACEHOLDER_PATTERN = /\$\{([^}]*)\}/g;

export class PublicUrlError extends Error {
  override readonly name = "PublicUrlError";
}

/** Checks PUBLIC_URL and gives it without a trailing slash, or throws a one-line PublicUrlError. */
export function normalisePublicUrl(raw: string): string {
  const trimmed = raw.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new PublicUrlError("PUBLIC_URL is not a URL; expected e.g. https://desk.example.org");
  }
  if (parsed.protocol !== "https:") {
    throw new PublicUrlError("PUBLIC_URL must start with https:// (Slack only calls https URLs)");
  }
  if (
    parsed.search !== "" ||
    parsed.hash !== "" ||
    parsed.username !== "" ||
    parsed.password !== ""
  ) {
    throw new PublicUrlError(
      "PUBLIC_URL must be a plain base URL, without query, fragment or user",
    );
  }
  return trimmed.replace(/\/+$/, "");
}

/**
 * The manifest as it is sent to Slack: `${PUBLIC_URL}` replaced by `publicUrl`, or, when
 * `publicUrl` is undefined, every field (and list item) that uses it left out.
 */
export function fillPlaceholders(manifest: unknown, publicUrl: string | undefined): unknown {
  return fill(manifest, publicUrl);
}

/** Whether any string in the manifest uses `${PUBLIC_URL}`. */
export function usesPublicUrl(manifest: unknown): boolean {
  if (typeof manifest === "string") return manifest.includes(PUBLIC_URL_PLACEHOLDER);
  if (Array.isArray(manifest)) return manifest.some(usesPublicUrl);
  if (manifest !== null && typeof manifest === "object") {
    return Object.values(manifest).some(usesPublicUrl);
  }
  return false;
}

const LEFT_OUT = Symbol("left out");

function fill(value: unknown, publicUrl: string | undefined): unknown {
  if (typeof value === "string") {
    if (!value.includes(PUBLIC_URL_PLACEHOLDER)) return value;
    return publicUrl === undefined ? LEFT_OUT : value.split(PUBLIC_URL_PLACEHOLDER).join(publicUrl);
  }
  if (Array.isArray(value)) {
    return value.map((item) => fill(item, publicUrl)).filter((item) => item !== LEFT_OUT);
  }
  if (value !== null && typeof value === "object") {
    const result: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const filled = fill(item, publicUrl);
      if (filled !== LEFT_OUT) result[key] = filled;
    }
    return result;
  }
  return value;
}
