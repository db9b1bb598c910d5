import type {
  Attribution,
  Comparison,
  Fact,
  Figure,
  Hedge,
  QuoteChange,
} from "../compare/comparison.js";

/**
 * The JSON shape of a comparison, part of `ask --json`: fields may be added, never renamed or
 * dropped.
 */
export function comparisonJson(comparison: Comparison) {
  return {
    sources: comparison.sources.map((source) => ({
      source: source.source,
      outlet: source.outlet,
      paragraphs: source.paragraphs,
      answered: source.answered !== false,
      attributions: source.attributions.map(attributionJson),
      hedges: source.hedges,
      terms: source.terms,
      hedgeVoices: source.hedgeVoices.map(hedgeJson),
      names: source.names.map((name) => ({
        text: name.text,
        kind: name.kind,
        forms: name.forms,
        paragraph: name.paragraph,
      })),
    })),
    onlyIn: comparison.onlyIn.map((entry) => ({
      source: entry.source,
      outlet: entry.outlet,
      facts: entry.facts.map(factJson),
    })),
    quoteChanges: comparison.quoteChanges.map(quoteChangeJson),
    figures: comparison.figures.map(figureJson),
    sameCopy: comparison.sameCopy.map((copy) => ({
      origin: copy.origin,
      sources: copy.sources.map((s) => ({ source: s.source, outlet: s.outlet })),
    })),
  };
}

function hedgeJson(hedge: Hedge) {
  return {
    // `text` keeps its public meaning, the hedging words alone ("reportedly"); `words` says the
    // same under a plainer name, and `claim` (added) holds them with the claim they hedge.
    text: hedge.words,
    words: hedge.words,
    claim: hedge.text,
    voice: hedge.voice,
    who: hedge.who,
    paragraph: hedge.paragraph,
  };
}

function figureJson(figure: Figure) {
  return {
    what: figure.what,
    agree: figure.agree,
    // Added field: whether the question asks for this count (true when no question was asked).
    asked: figure.asked ?? true,
    values: figure.values.map((value) => ({
      source: value.source,
      outlet: value.outlet,
      value: value.value,
      qualifier: value.qualifier,
      text: value.text,
      paragraph: value.paragraph,
    })),
  };
}

function attributionJson(attribution: Attribution) {
  return {
    who: attribution.who,
    cue: attribution.cue,
    named: attribution.named,
    kind: attribution.kind,
    role: attribution.role,
    anonymous: attribution.anonymous,
    resolvedFrom: attribution.resolvedFrom,
    paragraph: attribution.paragraph,
  };
}

function factJson(fact: Fact) {
  return { text: fact.text, paragraph: fact.paragraph, kind: fact.kind, sentence: fact.sentence };
}

function quoteChangeJson(change: QuoteChange) {
  return {
    source: change.source,
    outlet: change.outlet,
    paragraph: change.paragraph,
    quoted: change.quoted,
    original: {
      source: change.original.source,
      outlet: change.original.outlet,
      paragraph: change.original.paragraph,
      text: change.original.text,
    },
    dropped: change.dropped,
    added: change.added,
    swapped: change.swapped.map((swap) => ({ from: swap.from, to: swap.to })),
    droppedPhrases: change.droppedPhrases,
    addedPhrases: change.addedPhrases,
    ...(change.origin ? { origin: change.origin } : {}),
  };
}
