import { cp, mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Answer } from "../../src/answer/answer.js";
import type { SourceAnswer } from "../../src/compare/compare-sources.js";
import type { Attribution, SourceComparison } from "../../src/compare/comparison.js";
import { passageFigures, type ReadFigure } from "../../src/compare/figure-reading.js";
import type { FigureSource } from "../../src/compare/figures.js";
import { type Article, articleFromParagraphs } from "../../src/ingest/article.js";

/** A temporary desk folder: a copy of seeds/ plus the held-out articles from test/fixtures. */
export async function seedsPlusHeldOut(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "story-desk-held-out-"));
  for (const from of ["seeds/iraq", path.join("test", "fixtures", "held-out")])
    for (const name of await readdir(from)) await cp(path.join(from, name), path.join(dir, name));
  return dir;
}

export function sideOf(answer: Answer, source: string): SourceComparison | undefined {
  return answer.comparison.sources.find((side) => side.source === source);
}

export function factsOf(answer: Answer, source: string): string[] {
  return (answer.comparison.onlyIn.find((o) => o.source === source)?.facts ?? []).map(
    (fact) => fact.text,
  );
}

export function attributionsOf(answer: Answer, source: string): readonly Attribution[] {
  return sideOf(answer, source)?.attributions ?? [];
}

/** An article built in memory, one paragraph per string. */
export function articleOf(id: string, paragraphs: readonly string[], published?: string): Article {
  return articleFromParagraphs(id, paragraphs, { outlet: id, published: published ?? null });
}

/** The figures read in an article of one paragraph, `text`. */
export function figuresIn(text: string): readonly ReadFigure[] {
  const passage = articleOf("x", [text]).passages[0];
  return passage ? passageFigures(passage) : [];
}

/** An article as one outlet's side in aligning figures: every passage answers. */
export function figureSource(article: Article): FigureSource {
  return { source: article.id, outlet: article.id, passages: article.passages };
}

/** A source the answer quotes, by its paragraph `paragraph`. */
export function answeredAt(source: string, paragraph: number): SourceAnswer {
  return {
    source,
    covered: true,
    quote: { paragraph, kind: "paragraph", score: 0.8 },
    seconds: [],
  };
}

/** A source the answer reports as not covering the question. */
export function notAnswered(source: string): SourceAnswer {
  return { source, covered: false, quote: null, seconds: [] };
}
