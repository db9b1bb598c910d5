/**
 * What a desk editor says about one story in its `desk.yml`: its name, its slash command, the
 * channels it answers in, and the words that mean the same on this story. Pure data; reading
 * the file is the I/O side's work (src/newsroom).
 */
export interface DeskProfile {
  /** The desk's id: its folder's name (lower case, as typed after the slash). */
  readonly id: string;
  /** A readable name, e.g. "Harbour flood, May 2024"; defaults to the id made readable ("harbour-flood" → "Harbour flood"). */
  readonly name: string;
  /** The slash command that asks this desk, with its slash: "/" + id unless `desk.yml` says. */
  readonly command: string;
  /** The slash command's description in the manifest and help. */
  readonly description: string;
  /** Questions for help and the Home tab; made from the desk's articles when none are given. */
  readonly examples: readonly string[];
  /** Channel ids whose mentions this desk answers. */
  readonly channels: readonly string[];
  /** Whether this desk answers DMs and channels no desk is bound to. */
  readonly isDefault: boolean;
  /** Groups of words or names that mean the same on this desk (spellings of a name, say). */
  readonly equivalents: readonly (readonly string[])[];
  /** Slack user ids who may add articles to this desk from Slack. */
  readonly editors: readonly string[];
}

/**
 * A desk's id as a reader would write it: dashes and underscores become spaces and the first
 * letter is a capital ("harbour-strike" → "Harbour strike"). Letters and digits are kept as typed.
 */
export function readableDeskName(id: string): string {
  const words = id.replace(/[-_]+/g, " ").replace(/\s+/g, " ").trim();
  if (words === "") return id;
  return words.charAt(0).toLocaleUpperCase("en") + words.slice(1);
}

/** The profile of a desk with no `desk.yml`: everything from its id. */
export function defaultProfile(id: string): DeskProfile {
  return Object.freeze({
    id,
    name: readableDeskName(id),
    command: `/${id}`,
    description: `Ask the ${id} desk`,
    examples: Object.freeze([]),
    channels: Object.freeze([]),
    isDefault: false,
    equivalents: Object.freeze([]),
    editors: Object.freeze([]),
  });
}
