import fc from "fast-check";
import type { Answer, Quote, SourceAnswer } from "../../src/answer/answer.js";
import type {
  Attribution,
  Comparison,
  QuoteChange,
  SourceComparison,
} from "../../src/compare/comparison.js";
import { type Article, articleFromParagraphs } from "../../src/ingest/article.js";
import { articleUrl, hostileText, hostileTextUpTo, longRun } from "./hostile-text.js";

/**
 * Answers, comparisons and articles whose every string is hostile: what the renderers would get
 * from a desk of pages by unknown outlets. Plain data, so each run costs no search.
 */

const words = fc.array(hostileText, { maxLength: 12 });
const paragraph = fc.integer({ min: 1, max: 5000 });

/** A passage: hostile, sometimes 5,000 characters or many lines long. */
export const passageText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileTextUpTo(5000) },
  {
    weight: 1,
    arbitrary: fc.array(hostileText, { minLength: 2, maxLength: 400 }).map((l) => l.join("\n")),
  },
  { weight: 1, arbitrary: longRun(2900, 3100) },
);

export const quoteArbitrary: fc.Arbitrary<Quote> = fc.record({
  source: hostileText,
  outlet: hostileTextUpTo(3000),
  headline: fc.option(hostileTextUpTo(3000)),
  published: fc.option(hostileText),
  url: articleUrl,
  paragraph,
  kind: fc.constantFrom("paragraph" as const, "caption" as const),
  text: passageText,
  score: fc.double({ min: 0, max: 1, noNaN: true }),
});

const sourceAnswer: fc.Arbitrary<SourceAnswer> = fc
  .record({
    quote: fc.option(quoteArbitrary, { freq: 2 }),
    seconds: fc.array(quoteArbitrary, { maxLength: 3 }),
    outlet: hostileTextUpTo(3000),
  })
  .map(({ quote, seconds, outlet }) => ({
    source: quote?.source ?? outlet,
    outlet: quote?.outlet ?? outlet,
    headline: quote?.headline ?? null,
    published: quote?.published ?? null,
    covered: quote !== null,
    quote,
    seconds: quote ? seconds : [],
  }));

const attribution: fc.Arbitrary<Attribution> = fc.record({
  who: hostileText,
  cue: hostileText,
  named: fc.boolean(),
  kind: fc.constantFrom(
    "person" as const,
    "official" as const,
    "institution" as const,
    "outlet" as const,
  ),
  role: fc.option(hostileText),
  anonymous: fc.boolean(),
  resolvedFrom: fc.option(hostileText),
  paragraph,
});

const sideOfComparison: fc.Arbitrary<SourceComparison> = fc.record({
  source: hostileText,
  outlet: hostileTextUpTo(3000),
  paragraphs: fc.array(paragraph, { maxLength: 6 }),
  attributions: fc.array(attribution, { maxLength: 12 }),
  hedges: words,
  hedgeVoices: fc.array(
    fc.record({
      text: hostileText,
      words: hostileText,
      voice: fc.constantFrom("outlet" as const, "source" as const),
      who: fc.option(hostileText),
      paragraph,
    }),
    { maxLength: 6 },
  ),
  terms: words,
  names: fc.array(
    fc.record({
      text: hostileText,
      kind: fc.constantFrom(
        "person" as const,
        "organisation" as const,
        "place" as const,
        "outlet" as const,
      ),
      forms: words,
      paragraph,
    }),
    { maxLength: 6 },
  ),
});

const figure = fc.record({
  what: hostileText,
  agree: fc.boolean(),
  values: fc.array(
    fc.record({
      source: hostileText,
      outlet: hostileTextUpTo(3000),
      value: fc.oneof(fc.double({ noNaN: true }), hostileText),
      qualifier: fc.option(hostileText),
      text: hostileText,
      paragraph,
    }),
    { maxLength: 12 },
  ),
});

const quoteChange: fc.Arbitrary<QuoteChange> = fc.record({
  source: hostileText,
  outlet: hostileTextUpTo(3000),
  paragraph,
  quoted: passageText,
  original: fc.record({
    source: hostileText,
    outlet: hostileTextUpTo(3000),
    paragraph,
    text: passageText,
  }),
  dropped: words,
  added: words,
  swapped: fc.array(fc.record({ from: hostileText, to: hostileText }), { maxLength: 4 }),
  droppedPhrases: words,
  addedPhrases: words,
});

export const comparisonArbitrary: fc.Arbitrary<Comparison> = fc.record({
  sources: fc.array(sideOfComparison, { maxLength: 8 }),
  onlyIn: fc.array(
    fc.record({
      source: hostileText,
      outlet: hostileText,
      facts: fc.array(
        fc.record({
          text: hostileText,
          paragraph,
          kind: fc.constantFrom("number" as const, "person" as const, "organisation" as const),
          sentence: hostileText,
        }),
        { maxLength: 12 },
      ),
    }),
    { maxLength: 8 },
  ),
  quoteChanges: fc.array(quoteChange, { maxLength: 6 }),
  figures: fc.array(figure, { maxLength: 6 }),
  sameCopy: fc.array(
    fc.record({
      origin: hostileText,
      sources: fc.array(fc.record({ source: hostileText, outlet: hostileText }), {
        maxLength: 6,
      }),
    }),
    { maxLength: 3 },
  ),
});

/** A whole answer: a hostile question, hostile quotes, up to 120 outlets, a hostile comparison. */
export const answerArbitrary: fc.Arbitrary<Answer> = fc.record({
  query: hostileTextUpTo(20_000),
  quotes: fc.array(quoteArbitrary, { maxLength: 8 }),
  sources: fc.oneof(
    { weight: 4, arbitrary: fc.array(sourceAnswer, { maxLength: 8 }) },
    { weight: 1, arbitrary: fc.array(sourceAnswer, { minLength: 40, maxLength: 120 }) },
  ),
  comparison: comparisonArbitrary,
  ms: fc.constant(1),
});

/** An article whose outlet, headline, date, link and paragraphs are hostile. */
export const hostileArticle: fc.Arbitrary<Article> = fc
  .record({
    id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
    paragraphs: fc.array(passageText, { minLength: 1, maxLength: 6 }),
    outlet: fc.option(hostileTextUpTo(3000)),
    headline: fc.option(hostileTextUpTo(3000)),
    published: fc.option(hostileText),
    url: articleUrl,
  })
  .map(({ id, paragraphs, ...metadata }) => articleFromParagraphs(id, paragraphs, metadata));
