import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { answerQuestion } from "../answer/answer-question.js";
import { openDeskFolder } from "../desk/open-desk-folder.js";
import type { StoryDesk } from "../desk/story-desk.js";
import { loadDesk } from "../ingest/load-desk.js";

/** Each source's best paragraph for a question, as an engine ranks them. */
export type BestBySource = Map<string, number>;

/** One engine under measurement: how it builds, loads a saved index, and answers. */
export interface BenchEngine {
  build(): Promise<void>;
  /** Reopens from what `build` saved; returns false when the engine cannot. */
  load(): Promise<void>;
  answer(question: string): BestBySource;
}

interface Doc {
  readonly id: string;
  readonly source: string;
  readonly paragraph: number;
  readonly text: string;
}

async function corpusDocs(dir: string): Promise<Doc[]> {
  const desk = await loadDesk(dir);
  return desk.articles.flatMap((article) =>
    article.passages.map((passage) => ({
      id: passage.id,
      source: article.id,
      paragraph: passage.paragraph,
      text: passage.text,
    })),
  );
}

function firstPerSource(docs: Iterable<Doc>, limit = 2000): BestBySource {
  const best: BestBySource = new Map();
  let seen = 0;
  for (const doc of docs) {
    if (!best.has(doc.source)) best.set(doc.source, doc.paragraph);
    if (++seen >= limit) break;
  }
  return best;
}

/** Story Desk itself: the full answer path, from a folder, with its index cache. */
export function storyDeskEngine(dir: string, cache: string): BenchEngine {
  let desk: StoryDesk | null = null;
  return {
    async build() {
      desk = await openDeskFolder(dir, () => {}, { cache: null });
      const { writeIndexCache, deskKey } = await import("../desk/index-cache.js");
      const { readDeskFolder } = await import("../ingest/load-desk.js");
      const read = await readDeskFolder(dir);
      await writeIndexCache(cache, {
        key: deskKey(read.files, desk.settings),
        articles: desk.articles,
        warnings: [],
        index: await desk.index.snapshot(),
      });
    },
    async load() {
      desk = await openDeskFolder(dir, () => {}, { cache });
    },
    answer(question) {
      if (!desk) throw new Error("not built");
      const answer = answerQuestion(desk, question);
      const best: BestBySource = new Map();
      for (const source of answer.sources)
        if (source.quote) best.set(source.source, source.quote.paragraph);
      return best;
    },
  };
}

/** Plain Fuse.js over every passage, configured as its docs advise for long text. */
export function plainFuseEngine(dir: string): BenchEngine {
  let docs: Doc[] = [];
  let fuse: Fuse<Doc> | null = null;
  let saved = "";
  const options = { keys: ["text"], ignoreLocation: true, includeScore: true, threshold: 0.6 };
  return {
    async build() {
      docs = await corpusDocs(dir);
      const index = Fuse.createIndex(options.keys, docs);
      fuse = new Fuse(docs, options, index);
      saved = JSON.stringify(index.toJSON());
    },
    async load() {
      fuse = new Fuse(docs, options, Fuse.parseIndex<Doc>(JSON.parse(saved)));
    },
    answer(question) {
      if (!fuse) throw new Error("not built");
      return firstPerSource(fuse.search(question).map((result) => result.item));
    },
  };
}

/** MiniSearch with its defaults. */
export function miniSearchEngine(dir: string): BenchEngine {
  let docs: Doc[] = [];
  let byId = new Map<string, Doc>();
  let search: MiniSearch<Doc> | null = null;
  let saved = "";
  const options = { fields: ["text"], idField: "id" };
  return {
    async build() {
      docs = await corpusDocs(dir);
      byId = new Map(docs.map((doc) => [doc.id, doc]));
      search = new MiniSearch<Doc>(options);
      search.addAll(docs);
      saved = JSON.stringify(search);
    },
    async load() {
      search = MiniSearch.loadJSON<Doc>(saved, options);
    },
    answer(question) {
      if (!search) throw new Error("not built");
      return firstPerSource(
        search.search(question).flatMap((result) => byId.get(String(result.id)) ?? []),
      );
    },
  };
}
