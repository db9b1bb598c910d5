/**
 * A reply in a thread the bot answered, read against the thread's question: an outlet named
 * ("and the other outlet?", "what did the Courier say") asks the same question of that outlet;
 * "more" asks for more quotes; a short question ("when?", "how many?") keeps the topic and
 * changes what is asked. Pure: text in, data out.
 */

/** What a thread is about: the question the bot last answered there, and from which desk. */
export interface ThreadTopic {
  /** The id of the desk that answered. */
  readonly desk: string;
  readonly question: string;
  readonly mode: "ask" | "compare";
  /** Article ids the answer quoted, best first. */
  readonly quoted: readonly string[];
  /** The outlets (article ids) the answer was narrowed to, if it was. */
  readonly outlets?: readonly string[];
  /** The first quote "more" shows next. */
  readonly nextFrom: number;
}

/** An outlet on the desk, as a reply may name it. */
export interface DeskOutlet {
  readonly source: string;
  readonly outlet: string;
}

export type FollowUp =
  /** The thread's question again, answered for these outlets (article ids). */
  | { readonly kind: "outlets"; readonly question: string; readonly outlets: readonly string[] }
  /** More quotes on the thread's question, from this one. */
  | { readonly kind: "more"; readonly question: string; readonly from: number }
  /** A question to answer afresh on the thread's desk (rewritten when it was a short one). */
  | { readonly kind: "ask"; readonly question: string };

const WH =
  /^(how many|how much|how long|how old|how far|how often|what time|what year|what day|which|whose|whom|who|what|when|where|why|how)\b/i;
/** Words a question starts with after its wh-word, left out of the topic it keeps. */
const AUX =
  /^(?:(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|may|might)\s+)+/i;
const LEADING_JOINERS = /^(?:(?:and|but|so|also|ok|okay|then|well|now)\b[\s,]*)+/i;
const MORE =
  /^(?:(?:please|pls)\s+)?(?:more|more quotes|some more|show more|show me more|any more|anymore|anything else|what else|go on|continue|next|keep going)(?:\s+(?:please|pls))?$/i;
const OTHER =
  /\b(?:the\s+)?others?\b(?:\s+(?:outlets?|sources?|papers?|sites?|ones?|side|article|articles|reports?|stories|story))?/i;
/** Words that say nothing past "what did X say": what is left besides them is a new topic. */
const FILLER = new Set(
  (
    "a an and about according also did do does for from had has have he her his how in is it its " +
    "me of on or report reported reports s said say says she so tell tells that the their them " +
    "they this to told us wa was were what wrote write writes with version account take story " +
    "coverage outlet outlets source sources paper papers other others one ones side article articles"
  ).split(" "),
);
/** Words that say nothing about the topic in a short question ("when was that?"). */
const PRONOUNS = new Set("it that this them they those these he she him her there then".split(" "));
/** Outlet-name words too common to tell one outlet from another on their own. */
const GENERIC_NAME_WORDS = new Set(
  (
    "the news daily weekly times post press herald online network media group tv radio com net " +
    "org world international national local today live journal report channel the"
  ).split(" "),
);

const fold = (text: string) =>
  text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const words = (text: string) => fold(text).split(" ").filter(Boolean);

/** Reads a reply in the thread of `topic`; the desk's outlets are those a reply may name. */
export function readFollowUp(
  topic: ThreadTopic,
  reply: string,
  outlets: readonly DeskOutlet[],
): FollowUp {
  const text = reply.replace(/\s+/g, " ").trim().replace(LEADING_JOINERS, "").trim();
  const bare = text.replace(/[?.!]+$/, "").trim();
  if (bare === "" || MORE.test(bare))
    return { kind: "more", question: topic.question, from: topic.nextFrom };

  const named = namedOutlets(bare, outlets);
  const other = named.length === 0 && OTHER.test(bare) ? otherOutlets(topic, outlets) : [];
  const chosen = named.length > 0 ? named : other;
  if (chosen.length > 0) {
    const rest = restAfterOutlets(bare, chosen, outlets).join(" ");
    const question = rest === "" ? topic.question : (shortQuestion(rest, topic.question) ?? rest);
    return { kind: "outlets", question, outlets: chosen };
  }

  const short = shortQuestion(bare, topic.question);
  if (short !== null) return { kind: "ask", question: short };
  return { kind: "ask", question: text };
}

/** The outlets a reply names: by full name or article id, else by a word only one outlet's name has. */
function namedOutlets(text: string, outlets: readonly DeskOutlet[]): string[] {
  const folded = ` ${fold(text)} `;
  const full = outlets.filter(
    (o) =>
      (fold(o.outlet) !== "" && folded.includes(` ${fold(o.outlet)} `)) ||
      folded.includes(` ${fold(o.source)} `),
  );
  if (full.length > 0) return unique(full.map((o) => o.source));
  const said = new Set(words(text));
  const counts = new Map<string, number>();
  for (const o of outlets)
    for (const w of new Set(words(o.outlet))) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byWord = outlets.filter((o) =>
    words(o.outlet).some(
      (w) => w.length >= 4 && !GENERIC_NAME_WORDS.has(w) && counts.get(w) === 1 && said.has(w),
    ),
  );
  return unique(byWord.map((o) => o.source));
}

/** "The other outlet(s)": those the thread's answer was not narrowed to, or did not quote first. */
function otherOutlets(topic: ThreadTopic, outlets: readonly DeskOutlet[]): string[] {
  const seen = new Set(
    topic.outlets && topic.outlets.length > 0 ? topic.outlets : topic.quoted.slice(0, 1),
  );
  return outlets.map((o) => o.source).filter((source) => !seen.has(source));
}

/** The reply's words left once the outlets' names and words like "what did … say" are taken out. */
function restAfterOutlets(
  text: string,
  chosen: readonly string[],
  outlets: readonly DeskOutlet[],
): string[] {
  const nameWords = new Set(
    outlets
      .filter((o) => chosen.includes(o.source))
      .flatMap((o) => [...words(o.outlet), ...words(o.source)]),
  );
  return words(text).filter((w) => !nameWords.has(w) && !FILLER.has(w));
}

/**
 * A short question ("when?", "how many?", "and who said that?"): its wh-words, any words of its
 * own, and the topic of the thread's question; null for anything longer or not a question.
 */
function shortQuestion(text: string, threadQuestion: string): string | null {
  const wh = WH.exec(text);
  if (!wh?.[1]) return null;
  const own = words(text.slice(wh[0].length))
    .filter((w) => !PRONOUNS.has(w))
    .filter((w) => !/^(?:is|are|was|were|do|does|did|has|have|had|about)$/.test(w));
  if (words(text).length > 5) return null;
  const topic = topicOf(threadQuestion);
  return [wh[1].toLowerCase(), ...own, topic].filter((part) => part !== "").join(" ");
}

/** A question without its leading wh-words and auxiliaries: "how many rockets were fired" → "rockets were fired". */
export function topicOf(question: string): string {
  const trimmed = question
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[?.!]+$/, "");
  const wh = WH.exec(trimmed);
  const rest = wh ? trimmed.slice(wh[0].length).trim() : trimmed;
  return rest.replace(AUX, "").trim();
}

const unique = (items: readonly string[]) => [...new Set(items)];
