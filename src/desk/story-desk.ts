import { answerQuestion } from "../answer/answer-question.js";
import { prepareComparison } from "../compare/compare-sources.js";
import type { Article } from "../ingest/article.js";
import { PassageIndex } from "../search/passage-index.js";
import { SearchConfig, type SearchSettings } from "../search/search-config.js";
import { type DeskProfile, defaultProfile } from "./desk-profile.js";

/** A story's articles and the index over their passages: everything a question is answered from. */
export interface StoryDesk {
  readonly articles: readonly Article[];
  readonly index: PassageIndex;
  readonly settings: SearchSettings;
  /** What the desk's `desk.yml` says (or the defaults). */
  readonly profile: DeskProfile;
}

export function openDesk(
  articles: readonly Article[],
  settings: SearchSettings = SearchConfig,
  profile: DeskProfile = defaultProfile("desk"),
): StoryDesk {
  return readyDesk(
    articles,
    PassageIndex.build(articles, settings, undefined, { equivalents: profile.equivalents }),
    settings,
    profile,
  );
}

/** A desk over built articles and index, with what the first question would pay for done now. */
export function readyDesk(
  articles: readonly Article[],
  index: PassageIndex,
  settings: SearchSettings,
  profile: DeskProfile = defaultProfile("desk"),
): StoryDesk {
  const desk = { articles, index, settings, profile };
  prepareComparison(desk);
  warmUpAnswers(desk);
  return desk;
}

const WARM_UP_OPENERS = ["who", "how many", "what did"];
/** Past this many articles, the first question would meet cold code in more places: warm up longer. */
const WARM_UP_LARGE_DESK = 200;

/**
 * Answers a few questions made of the desk's own words, so that the first real question runs on
 * warm code (a one-question command-line run reports its time; a Slack reply has 3 seconds).
 */
function warmUpAnswers(desk: StoryDesk): void {
  const count = desk.articles.length > WARM_UP_LARGE_DESK ? 12 : 3;
  const openings = desk.articles.slice(0, count).flatMap((article) => article.passages.slice(0, 1));
  for (const [i, passage] of openings.entries()) {
    const words = passage.text.match(/\p{L}{5,}/gu)?.slice(0, 3) ?? [];
    const opener = WARM_UP_OPENERS[i % WARM_UP_OPENERS.length];
    if (words.length > 0) answerQuestion(desk, `${opener} ${words.join(" ")}`);
  }
}

const byIdCache = new WeakMap<readonly Article[], ReadonlyMap<string, Article>>();

/** The desk's articles by id; built once per set of articles. */
export function articlesById(desk: Pick<StoryDesk, "articles">): ReadonlyMap<string, Article> {
  const known = byIdCache.get(desk.articles);
  if (known) return known;
  const byId = new Map(desk.articles.map((article) => [article.id, article]));
  byIdCache.set(desk.articles, byId);
  return byId;
}
