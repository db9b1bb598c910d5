import { type Article, articleFromParagraphs } from "../../ingest/article.js";

/** A small, fast, seeded pseudo-random generator (mulberry32), so every run builds the same corpus. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  "ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi zo an en in on ar er ir or al el il ol".split(
    " ",
  );

/**
 * A vocabulary ranked by frequency: the words of the real articles first (so distractors use the
 * story's own words), then invented words; sampled with a Zipf-like law.
 */
export function zipfVocabulary(realText: string, size: number, random: () => number): string[] {
  const counts = new Map<string, number>();
  for (const word of realText.match(/[\p{L}][\p{L}'-]*/gu) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  const words = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([word]) => word);
  const seen = new Set(words);
  while (words.length < size) {
    let word = "";
    const syllables = 2 + Math.floor(random() * 3);
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    if (!seen.has(word)) {
      seen.add(word);
      words.splice(Math.floor(random() * words.length), 0, word);
    }
  }
  return words;
}

/** Cumulative Zipf weights (exponent 1) for sampling a rank. */
function zipfSampler(size: number, random: () => number): () => number {
  const cumulative = new Float64Array(size);
  let total = 0;
  for (let rank = 0; rank < size; rank++) {
    total += 1 / (rank + 1);
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = size - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) < target) low = mid + 1;
      else high = mid;
    }
    return low;
  };
}

export interface CorpusOptions {
  readonly passages: number;
  readonly wordsPerPassage?: number;
  readonly passagesPerArticle?: number;
  readonly vocabulary?: number;
  readonly seed?: number;
}

/** Distractor articles written from the real articles' vocabulary, deterministic for a seed. */
export function generateDistractors(
  realArticles: readonly Article[],
  options: CorpusOptions,
): Article[] {
  const random = seededRandom(options.seed ?? 42);
  const realText = realArticles
    .flatMap((article) => article.passages.map((passage) => passage.text))
    .join(" ");
  const vocabulary = zipfVocabulary(realText, options.vocabulary ?? 20_000, random);
  const sample = zipfSampler(vocabulary.length, random);
  const perArticle = options.passagesPerArticle ?? 20;
  const wordsPerPassage = options.wordsPerPassage ?? 60;
  const articles: Article[] = [];
  for (let start = 0, n = 0; start < options.passages; start += perArticle, n++) {
    const paragraphs: string[] = [];
    for (let p = 0; p < Math.min(perArticle, options.passages - start); p++) {
      const words: string[] = [];
      for (let w = 0; w < wordsPerPassage; w++) words.push(vocabulary[sample()] ?? "word");
      paragraphs.push(`${words.join(" ")}.`);
    }
    articles.push(
      articleFromParagraphs(`generated-${String(n).padStart(6, "0")}`, paragraphs, {
        outlet: `Generated Outlet ${n % 50}`,
        headline: `Generated article ${n}`,
      }),
    );
  }
  return articles;
}

/** Writes generated distractor articles as page-text files, one article a file, beside copies of real ones. */
export async function writeCorpusFolder(
  dir: string,
  realArticles: readonly Article[],
  realFiles: readonly string[],
  passages: number,
): Promise<void> {
  const { mkdir, writeFile, copyFile } = await import("node:fs/promises");
  const path = await import("node:path");
  await mkdir(dir, { recursive: true });
  const realCount = realArticles.reduce((sum, article) => sum + article.passages.length, 0);
  for (const article of generateDistractors(realArticles, {
    passages: Math.max(0, passages - realCount),
  })) {
    const body = [
      article.metadata.headline ?? article.id,
      ...article.passages.map((passage) => passage.text),
    ].join("\n\n");
    await writeFile(path.join(dir, `${article.id}.txt`), `${body}\n`);
  }
  for (const file of realFiles) await copyFile(file, path.join(dir, path.basename(file)));
}
