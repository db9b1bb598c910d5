import type { Article, Passage } from "../ingest/article.js";
import type { PackedCodes } from "./packed-codes.js";

/** What the store is told as passages come and go: to file or unfile their terms. */
export interface PassageFiling {
  /** A passage comes in under `id`: its token codes (below zero: no term). */
  encode(passage: Passage, id: number): Int32Array;
  /** A passage goes out: its codes, as `encode` gave them. */
  forget(id: number, codes: Int32Array): void;
}

/**
 * The passages behind an index, by id, with each one's token codes. Built in desk order (a
 * passage's id is its place on the desk); an update takes out the passages of articles gone or
 * changed and adds those of new or changed articles under new ids, so that one article's change
 * touches only its own passages. Where ids no longer follow desk order, `orderOf` gives each
 * passage's place on the desk, so that ties are broken as a fresh build would break them.
 */
export class PassageStore {
  private readonly passages: Passage[];
  /** Token codes of the passages the store was built with. */
  private readonly codes: PackedCodes;
  /** Token codes of passages added since. */
  private readonly addedCodes = new Map<number, Int32Array>();
  private readonly dead = new Set<number>();
  private articles: readonly Article[];
  /** Each article's first passage id; built at the first update. */
  private firstIds: Map<Article, number> | null = null;
  /** The desk place of each passage id, and the id at each place; null while ids are places. */
  private order: Uint32Array | null = null;
  private idAt: Uint32Array | null = null;
  /** A number for each passage's article (each article added gets a new one). */
  private sources: Uint32Array;
  private sourceCount_ = 0;

  constructor(articles: readonly Article[], codes: PackedCodes) {
    this.articles = articles;
    this.passages = deskPassages(articles);
    this.codes = codes;
    this.sources = new Uint32Array(this.passages.length);
    let id = 0;
    for (const article of articles) {
      const source = this.sourceCount_++;
      this.sources.fill(source, id, id + article.passages.length);
      id += article.passages.length;
    }
  }

  /** One more than the highest article number. */
  get sourceCount(): number {
    return this.sourceCount_;
  }

  /** The number of a passage's article: the same for every passage of one article. */
  sourceOf(id: number): number {
    return this.sources[id] ?? 0;
  }

  /** Passages on the desk (not those taken out). */
  get liveCount(): number {
    return this.passages.length - this.dead.size;
  }

  /** One more than the highest passage id. */
  get capacity(): number {
    return this.passages.length;
  }

  /** Whether ids are still places on the desk (no update yet changed anything). */
  get inDeskOrder(): boolean {
    return this.order === null;
  }

  passage(id: number): Passage | undefined {
    return this.passages[id];
  }

  isLive(id: number): boolean {
    return id < this.passages.length && !this.dead.has(id);
  }

  /** A passage's token codes (a new array for a passage the store was built with). */
  codesOf(id: number): Int32Array {
    if (id < this.codes.passageCount) return this.codes.codesOf(id);
    return this.addedCodes.get(id) ?? EMPTY;
  }

  /** The codes the store was built with (all its passages while none was added). */
  builtCodes(): PackedCodes {
    return this.codes;
  }

  /** A passage's place on the desk: what ties are broken by. */
  orderOf(id: number): number {
    return this.order ? (this.order[id] ?? id) : id;
  }

  /** The passage at a place on the desk. */
  idAtPlace(place: number): number {
    return this.idAt ? (this.idAt[place] ?? place) : place;
  }

  /** Live passage ids in desk order. */
  *idsInDeskOrder(): Generator<number> {
    const live = this.liveCount;
    for (let place = 0; place < live; place++) yield this.idAtPlace(place);
  }

  /** The articles on the desk, as the store holds them now. */
  get deskArticles(): readonly Article[] {
    return this.articles;
  }

  /**
   * Makes the store hold `next` (the desk's articles, in desk order): articles not held before
   * (by identity: a changed article is a new object) are added, articles no longer there are
   * taken out. Returns how many passages came in and went out.
   */
  update(next: readonly Article[], filing: PassageFiling): { added: number; removed: number } {
    const firstIds = this.firstIdsNow();
    const staying = new Set(next.filter((article) => firstIds.has(article)));
    let removed = 0;
    for (const [article, first] of firstIds) {
      if (staying.has(article)) continue;
      for (let k = 0; k < article.passages.length; k++) {
        const id = first + k;
        if (this.dead.has(id)) continue;
        filing.forget(id, this.codesOf(id));
        this.dead.add(id);
        this.addedCodes.delete(id);
        removed++;
      }
      firstIds.delete(article);
    }
    let added = 0;
    const incoming = next
      .filter((article) => !firstIds.has(article))
      .reduce((sum, article) => sum + article.passages.length, 0);
    if (incoming > 0) {
      const grown = new Uint32Array(this.passages.length + incoming);
      grown.set(this.sources.subarray(0, this.passages.length));
      this.sources = grown;
    }
    for (const article of next) {
      if (firstIds.has(article)) continue;
      firstIds.set(article, this.passages.length);
      const source = this.sourceCount_++;
      for (const passage of article.passages) {
        const id = this.passages.length;
        this.passages.push(passage);
        this.sources[id] = source;
        this.addedCodes.set(id, filing.encode(passage, id));
        added++;
      }
    }
    this.articles = next;
    this.placePassages(next, firstIds);
    return { added, removed };
  }

  private firstIdsNow(): Map<Article, number> {
    if (this.firstIds) return this.firstIds;
    const firstIds = new Map<Article, number>();
    let id = 0;
    for (const article of this.articles) {
      if (!firstIds.has(article)) firstIds.set(article, id);
      id += article.passages.length;
    }
    this.firstIds = firstIds;
    return firstIds;
  }

  /** Each live passage's place on the desk, in the order of `articles`. */
  private placePassages(articles: readonly Article[], firstIds: Map<Article, number>): void {
    const order = new Uint32Array(this.passages.length);
    const idAt = new Uint32Array(this.liveCount);
    let place = 0;
    for (const article of articles) {
      const first = firstIds.get(article) ?? 0;
      for (let k = 0; k < article.passages.length; k++) {
        order[first + k] = place;
        idAt[place] = first + k;
        place++;
      }
    }
    this.order = order;
    this.idAt = idAt;
  }
}

const EMPTY = new Int32Array(0);

/** Every article's passages, in desk order, in one array (a million made without copies). */
export function deskPassages(articles: readonly Article[]): Passage[] {
  let count = 0;
  for (const article of articles) count += article.passages.length;
  const passages = new Array<Passage>(count);
  let at = 0;
  for (const article of articles) {
    const own = article.passages;
    for (let k = 0; k < own.length; k++) passages[at++] = own[k] as Passage;
  }
  return passages;
}
