import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import Fuse from "fuse.js";
import MiniSearch from "minisearch";
import { answerQuestion } from "../../answer/answer-question.js";
import type { StoryDesk } from "../../desk/story-desk.js";
import { FileHashMemo } from "../../newsroom/file-hash-memo.js";
import { deskKey, writeIndexCache } from "../../newsroom/index-cache.js";
import { loadDesk, readDeskFolder } from "../../newsroom/load-desk.js";
import { indexInputs, openDeskFolder, vocabularyOf } from "../../newsroom/open-desk-folder.js";
import type { BestBySource } from "./bench-questions.js";

/**
 * One engine under measurement. `build` indexes the corpus folder and saves what it built in
 * `saved` (a folder); `load`, in another process, reopens it from there; `answer` ranks passages.
 */
export interface BenchEngine {
  build(): Promise<void>;
  save(): Promise<void>;
  load(): Promise<void>;
  answer(question: string): BestBySource | Promise<BestBySource>;
  /** Lets go of what the engine holds outside the process (a database's rows). */
  close?(): Promise<void>;
}

interface Doc {
  readonly id: string;
  readonly source: string;
  readonly text: string;
}

async function corpusDocs(dir: string): Promise<Doc[]> {
  const desk = await loadDesk(dir);
  return desk.articles.flatMap((article) =>
    article.passages.map((passage) => ({
      id: passage.id,
      source: passage.articleId,
      text: passage.text,
    })),
  );
}

/** Each source's first passage in ranked order (looking at the first `limit` only). */
function firstPerSource(docs: Iterable<Doc | undefined>, limit = 2000): BestBySource {
  const best = new Map<string, string>();
  let seen = 0;
  for (const doc of docs) {
    if (doc && !best.has(doc.source)) best.set(doc.source, doc.text);
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
      // As a build that writes the cache does, the files' hashes are kept beside it.
      const hashes = await FileHashMemo.open(saved, dir);
      const read = await readDeskFolder(dir, { hashes });
      await hashes.save(read.files.map((file) => file.file));
      const index = await desk.index.snapshot();
      await writeIndexCache(saved, {
        // The key openDeskFolder looks up: the settings and the desk's equivalents (no secrets here).
        key: deskKey(read.files, indexInputs(desk.settings, vocabularyOf(desk.profile))),
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
      const best = new Map<string, string>();
      for (const source of answerQuestion(desk, question).sources) {
        if (source.quote) best.set(source.source, source.quote.text);
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
      return firstPerSource(fuse.search(question).map((result) => result.item));
    },
  };
}

/** MiniSearch with its defaults. */
export function miniSearchEngine(dir: string, saved: string): BenchEngine {
  let search: MiniSearch<Doc> | null = null;
  let byId = new Map<string, Doc>();
  const options = { fields: ["text"] };
  return {
    async build() {
      search = new MiniSearch<Doc>(options);
      const docs = await corpusDocs(dir);
      byId = new Map(docs.map((doc) => [doc.id, doc]));
      search.addAll(docs);
    },
    async save() {
      await writeFile(path.join(saved, "minisearch.json"), JSON.stringify(search));
      await writeFile(path.join(saved, "minisearch-docs.json"), JSON.stringify([...byId.values()]));
    },
    async load() {
      search = MiniSearch.loadJSON<Doc>(
        await readFile(path.join(saved, "minisearch.json"), "utf8"),
        options,
      );
      const docs = JSON.parse(
        await readFile(path.join(saved, "minisearch-docs.json"), "utf8"),
      ) as Doc[];
      byId = new Map(docs.map((doc) => [doc.id, doc]));
    },
    answer(question) {
      if (!search) throw new Error("not loaded");
      return firstPerSource(search.search(question).map((result) => byId.get(String(result.id))));
    },
  };
}
