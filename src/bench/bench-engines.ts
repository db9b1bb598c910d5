import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { answerQuestion } from "../answer/answer-question.js";
import type { StoryDesk } from "../desk/story-desk.js";
import { deskKey, writeIndexCache } from "../newsroom/index-cache.js";
import { loadDesk, readDeskFolder } from "../newsroom/load-desk.js";
import { openDeskFolder } from "../newsroom/open-desk-folder.js";

/** Each source's best paragraph for a question, as an engine ranks them. */
export type BestBySource = Map<string, number>;

/**
 * One engine under measurement. `build` indexes the corpus folder and saves what it built in
 * `saved` (a folder); `load`, in another process, reopens it from there; `answer` ranks passages.
 */
export interface BenchEngine {
  build(): Promise<void>;
  save(): Promise<void>;
  load(): Promise<void>;
  answer(question: string): BestBySource;
}

interface Doc {
  readonly id: string;
  readonly text: string;
}

/** Passage ids are "<source>#<paragraph>". */
function sourceAndParagraph(id: string): [string, number] {
  const at = id.lastIndexOf("#");
  return [id.slice(0, at), Number(id.slice(at + 1))];
}

async function corpusDocs(dir: string): Promise<Doc[]> {
  const desk = await loadDesk(dir);
  return desk.articles.flatMap((article) =>
    article.passages.map((passage) => ({ id: passage.id, text: passage.text })),
  );
}

function firstPerSource(ids: Iterable<string>, limit = 2000): BestBySource {
  const best: BestBySource = new Map();
  let seen = 0;
  for (const id of ids) {
    const [source, paragraph] = sourceAndParagraph(id);
    if (!best.has(source)) best.set(source, paragraph);
    if (++seen >= limit) break;
  }
  return best;
}

/** Story Desk itself: the full answer path, from a folder, with its index cache. */
export function storyDeskEngine(dir: string, saved: string): BenchEngine {
  let desk: StoryDesk | null = null;
  return {
    async build() {
      desk = await openDeskFolder(dir, () => {}, { cache: null });
    },
    async save() {
      if (!desk) throw new Error("not built");
      const read = await readDeskFolder(dir);
      const index = await desk.index.snapshot();
      await writeIndexCache(saved, {
        key: deskKey(read.files, desk.settings),
        articles: desk.articles,
        warnings: [],
        index,
      });
    },
    async load() {
      desk = await openDeskFolder(dir, () => {}, { cache: saved });
    },
    answer(question) {
      if (!desk) throw new Error("not loaded");
      const best: BestBySource = new Map();
      for (const source of answerQuestion(desk, question).sources) {
        if (source.quote) best.set(source.source, source.quote.paragraph);
      }
      return best;
    },
  };
}

/** Plain Fuse.js over every passage, configured as its docs advise for long text. */
export function plainFuseEngine(dir: string, saved: string): BenchEngine {
  let docs: Doc[] = [];
  let fuse: Fuse<Doc> | null = null;
  const options = { keys: ["text"], ignoreLocation: true, includeScore: true };
  return {
    async build() {
      docs = await corpusDocs(dir);
      fuse = new Fuse(docs, options, Fuse.createIndex(options.keys, docs));
    },
    async save() {
      await writeFile(path.join(saved, "fuse-docs.json"), JSON.stringify(docs));
      await writeFile(
        path.join(saved, "fuse-index.json"),
        JSON.stringify(fuse?.getIndex().toJSON()),
      );
    },
    async load() {
      docs = JSON.parse(await readFile(path.join(saved, "fuse-docs.json"), "utf8")) as Doc[];
      const index = Fuse.parseIndex<Doc>(
        JSON.parse(await readFile(path.join(saved, "fuse-index.json"), "utf8")),
      );
      fuse = new Fuse(docs, options, index);
    },
    answer(question) {
      if (!fuse) throw new Error("not loaded");
      return firstPerSource(fuse.search(question).map((result) => result.item.id));
    },
  };
}

/** MiniSearch with its defaults. */
export function miniSearchEngine(dir: string, saved: string): BenchEngine {
  let search: MiniSearch<Doc> | null = null;
  const options = { fields: ["text"] };
  return {
    async build() {
      search = new MiniSearch<Doc>(options);
      search.addAll(await corpusDocs(dir));
    },
    async save() {
      await writeFile(path.join(saved, "minisearch.json"), JSON.stringify(search));
    },
    async load() {
      search = MiniSearch.loadJSON<Doc>(
        await readFile(path.join(saved, "minisearch.json"), "utf8"),
        options,
      );
    },
    answer(question) {
      if (!search) throw new Error("not loaded");
      return firstPerSource(search.search(question).map((result) => String(result.id)));
    },
  };
}
