import { prepareComparison } from "../compare/compare-sources.js";
import type { Article } from "../ingest/article.js";
import { PassageIndex } from "../search/passage-index.js";
import { SearchConfig, type SearchSettings } from "../search/search-config.js";

/** A story's articles and the index over their passages: everything a question is answered from. */
export interface StoryDesk {
  readonly articles: readonly Article[];
  readonly index: PassageIndex;
  readonly settings: SearchSettings;
}

export function openDesk(
  articles: readonly Article[],
  settings: SearchSettings = SearchConfig,
): StoryDesk {
  return readyDesk(articles, PassageIndex.build(articles, settings), settings);
}

/** A desk over built articles and index, with what the first question would pay for done now. */
export function readyDesk(
  articles: readonly Article[],
  index: PassageIndex,
  settings: SearchSettings,
): StoryDesk {
  const desk = { articles, index, settings };
  prepareComparison(desk);
  return desk;
}
