import type { Article } from "../ingest/article.js";
import { type CandidatePostings, type Lookalikes, PassageIndex } from "../search/passage-index.js";
import { SearchConfig, type SearchSettings } from "../search/search-config.js";
import { type DeskProfile, defaultProfile } from "./desk-profile.js";

/** A story's articles and the index over their passages: everything a question is answered from. */
export interface StoryDesk {
  readonly articles: readonly Article[];
  readonly index: PassageIndex;
  readonly settings: SearchSettings;
  /** What the desk's `desk.yml` says (or the defaults). */
  readonly profile: DeskProfile;
  /** Where the desk's candidates are looked up when another store keeps them (a database); none: its own index. */
  readonly store?: CandidateStore;
}

/**
 * A store that keeps a desk's postings and vocabulary outside the process (the PostgreSQL
 * archive): the desk's engine asks it for candidates and typo lookalikes, then ranks in process.
 */
export interface CandidateStore {
  /** The passages (ids in the desk's order) filed under each term. */
  postings(terms: readonly string[]): Promise<CandidatePostings>;
  /** Vocabulary words spelled like each mistyped word. */
  lookalikes(words: readonly string[]): Promise<Lookalikes>;
  /**
   * Runs a question on the desk's version now in, its engine unchanged until the question is
   * done (a store whose reloads update the engine in place); absent: on the desk as given.
   */
  hold?<T>(work: (desk: StoryDesk) => Promise<T>): Promise<T>;
}

/** A desk over articles already read: builds their index with the profile's equivalents. */
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

/** A desk over built articles and index (pure: warming it up is the I/O side's work, src/newsroom). */
export function readyDesk(
  articles: readonly Article[],
  index: PassageIndex,
  settings: SearchSettings,
  profile: DeskProfile = defaultProfile("desk"),
): StoryDesk {
  return { articles, index, settings, profile };
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
