import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { useWordNet, wordNetThesaurus } from "../src/newsroom/wordnet-thesaurus.js";
import { mayTellOf } from "../src/search/event-days.js";
import { readsAsHeading } from "../src/search/passage-scoring.js";
import { analyseQuestion } from "../src/search/question-analysis.js";
import { makeArticle } from "./support/make-article.js";

/** Each outlet's quoted text for a question, or null when it is reported as not covering it. */
function quotesFor(
  desk: ReturnType<typeof openDesk>,
  question: string,
): Record<string, string | null> {
  const answer = answerQuestion(desk, question);
  return Object.fromEntries(
    answer.sources.map((source) => [source.source, source.quote?.text ?? null]),
  );
}

describe("the words that only shape a question", () => {
  // An invented story: a column of tractors driving on the city of Hollowmere.
  const desk = openDesk([
    makeArticle("ledger", "The Ledger", [
      "The farmers' convoy left Brackton at dawn and headed for Hollowmere.",
      "By nightfall the convoy had come within 40 miles of Hollowmere, its organisers said.",
    ]),
    makeArticle("clarion", "The Clarion", [
      "Police watched closely as the convoy rolled towards Hollowmere through the valley.",
      "The convoy's leaders have not said what they want from the city council.",
    ]),
  ]);

  it("reads 'how close' as asking for a distance, not for the word 'close'", () => {
    expect(analyseQuestion("how close did the convoy get to Hollowmere").unit).toBe("distance");
    const quotes = quotesFor(desk, "how close did the convoy get to Hollowmere");
    expect(quotes["ledger"]).toContain("within 40 miles");
    // "closely" and a convoy on its way state no distance: that outlet does not answer.
    expect(quotes["clarion"]).toBeNull();
  });

  it("reads 'how near' as asking for a distance, as 'how close' is", () => {
    expect(analyseQuestion("how near to Hollowmere did the convoy get").unit).toBe("distance");
    expect(analyseQuestion("how near did the convoy get to Hollowmere").answerType).toBe("number");
    const quotes = quotesFor(desk, "how near to Hollowmere did the convoy get");
    expect(quotes["ledger"]).toContain("within 40 miles");
    expect(quotes["clarion"]).toBeNull();
  });

  it("reads 'what's the ferry captain's name' as asking for a name", () => {
    for (const question of [
      "whats the ferry captain's name",
      "what's the night ferry captain's name",
      "what is the captain’s name",
    ])
      expect(analyseQuestion(question).answerType, question).toBe("name");
    const ferries = openDesk([
      makeArticle("courier", "The Courier", [
        "Eleven people were hurt, among them Orrin Vasko, the ferry's 52-year-old captain, police said.",
      ]),
      makeArticle("post", "The Post", [
        "The ferry captain had sailed the crossing for years, a harbour spokesman said.",
      ]),
    ]);
    const quotes = quotesFor(ferries, "whats the ferry captain's name");
    expect(quotes["courier"]).toContain("Orrin Vasko");
    // A captain spoken of without a name does not answer.
    expect(quotes["post"]).toBeNull();
  });

  it("reads 'how big' as asking for a length, a weight or an area, not for the word 'big'", () => {
    expect(analyseQuestion("how big is the Marrow Star").unit).toBe("size");
    const ships = openDesk([
      makeArticle("courier", "The Courier", [
        "The Marrow Star, a 240-metre bulk carrier, ran aground off Pellan Point on Sunday.",
      ]),
      makeArticle("post", "The Post", [
        "Crowds gathered on the big pier to watch tugs pull the Marrow Star free.",
      ]),
    ]);
    const quotes = quotesFor(ships, "how big is the Marrow Star");
    expect(quotes["courier"]).toContain("240-metre");
    // A big pier is no size of the ship: that outlet does not answer.
    expect(quotes["post"]).toBeNull();
  });

  it("reads 'what time' as asking for a time of day, found beside a verb worded another way", () => {
    useWordNet();
    expect(analyseQuestion("what time did the storm hit").unit).toBe("clock");
    expect(analyseQuestion("which day did the ferry sail").unit).toBe("calendar");
    const storm = openDesk([
      makeArticle("record", "The Record", [
        "The storm struck the harbour town of Ellsby at 4:40 a.m., tearing roofs from boathouses.",
      ]),
      makeArticle("mercury", "The Mercury", [
        "It was the worst storm in a long time, fishermen in Ellsby said.",
      ]),
    ]);
    const quotes = quotesFor(storm, "what time did the storm hit");
    expect(quotes["record"]).toContain("4:40 a.m.");
    // "A long time" tells no time of day.
    expect(quotes["mercury"]).toBeNull();
  });

  it("answers 'how many people' with a count however the copy words the people", () => {
    const rally = openDesk([
      makeArticle("herald", "The Herald", [
        "Police made 31 arrests in Corvain Square after the march turned violent.",
      ]),
      makeArticle("sentinel", "The Sentinel", [
        "People in Corvain Square were arrested after the march, police said.",
      ]),
    ]);
    const quotes = quotesFor(rally, "how many people were arrested in Corvain Square");
    expect(quotes["herald"]).toContain("31 arrests");
    // Arrests without a count tell no number: that outlet does not answer.
    expect(quotes["sentinel"]).toBeNull();
  });

  it("answers 'what is the name of the ferry' with a name standing by the ferry", () => {
    expect(analyseQuestion("what's the name of the ferry").answerType).toBe("name");
    expect(analyseQuestion("what was the company called").answerType).toBe("name");
    const harbour = openDesk([
      makeArticle("gazette", "The Gazette", [
        "The ferry Silver Wren struck the harbour wall at Dunmore shortly after dawn.",
      ]),
      makeArticle("clarion", "The Clarion", [
        "A ferry struck the harbour wall at dawn, Dunmore's harbour master Ida Venn said.",
      ]),
    ]);
    const quotes = quotesFor(harbour, "what is the name of the ferry");
    expect(quotes["gazette"]).toContain("Silver Wren");
    // A name away from the ferry is someone else's: that outlet does not name it.
    expect(quotes["clarion"]).toBeNull();
  });

  it("reads 'how much value did it lose' as asking for a sum of money", () => {
    expect(analyseQuestion("how much market value did Pellworth lose").unit).toBe("money");
    const markets = openDesk([
      makeArticle("bulletin", "The Bulletin", [
        "Pellworth shares tumbled on Monday, wiping $3.1 billion off its market worth.",
        "Pellworth said its market position remained strong.",
      ]),
    ]);
    const quotes = quotesFor(markets, "how much market value did Pellworth lose");
    expect(quotes["bulletin"]).toContain("$3.1 billion");
  });
});

describe("phrasal verbs a question uses", () => {
  useWordNet();
  const desk = openDesk([
    makeArticle("gazette", "The Gazette", [
      "Bus fares across Dunmore are expected to rise again in the spring, the transit board said.",
      "The board met on Thursday in the old corn exchange.",
    ]),
    makeArticle("echo", "The Echo", [
      "Bus fares in Dunmore stayed the same last year, and riders praised the new timetable.",
    ]),
  ]);

  it("reads 'go up' as one verb and finds it worded as 'rise'", () => {
    const quotes = quotesFor(desk, "are bus fares expected to go up");
    expect(quotes["gazette"]).toContain("expected to rise");
    expect(quotes["echo"]).toBeNull();
  });

  it("looks a phrasal verb up in WordNet from any of its forms", () => {
    const related = (word: string) =>
      (wordNetThesaurus()?.related(word, "verb") ?? []).map((entry) => entry.word);
    expect(related("go-up")).toContain("rise");
    expect(related("went-up")).toContain("rise");
    expect(related("called-off")).toContain("cancel");
  });

  it("keeps a month that is a common noun out of the event's words", () => {
    expect(analyseQuestion("who led the march on the capital").eventWords).not.toContain("march");
    expect(analyseQuestion("what happened on march 3").eventWords).toContain("march");
  });
});

describe("whose words a question asks for", () => {
  // An invented dock strike: the asked speaker is the shipping line.
  const desk = openDesk([
    makeArticle("tribune", "The Tribune", [
      "Halden Shipping said the strike would cost it a week of sailings.",
    ]),
    makeArticle("dispatch", "The Dispatch", [
      "Dock workers at Halden Shipping walked out on Monday. “We are not going back,” a union steward said.",
    ]),
    makeArticle("observer", "The Observer", [
      "Union leaders met Halden Shipping managers for six long hours on Tuesday at the port offices near the ferry terminal, and afterwards the company said talks would resume.",
    ]),
  ]);

  it("reads the speaker of 'what did X say' and wants X's own words", () => {
    const quotes = quotesFor(desk, "what did Halden Shipping say");
    expect(quotes["tribune"]).toContain("Halden Shipping said");
    // A steward's words are not the company's: that outlet does not say what the company said.
    expect(quotes["dispatch"]).toBeNull();
  });

  it("takes a role in lower case for the speaker named before it", () => {
    expect(quotesFor(desk, "what did Halden Shipping say")["observer"]).toContain(
      "the company said",
    );
  });

  it("does not take hearsay for a statement", () => {
    const hearsay = openDesk([
      makeArticle("courier", "The Courier", [
        "A fault in Corvane Systems software is said to have stopped the trains.",
      ]),
    ]);
    expect(quotesFor(hearsay, "what did Corvane Systems say")["courier"]).toBeNull();
  });
});

describe("a person's full name in a question", () => {
  useWordNet();
  const desk = openDesk([
    makeArticle("sentinel", "The Sentinel", [
      "Torvik Nessaland ran the bakery on Quay Street for thirty years before the flood.",
      "Nessaland said he lost the ovens, the stock and the family's savings to the water.",
    ]),
    makeArticle("crier", "The Crier", ["Volunteers in Brenmouth handed out bread to families."]),
  ]);

  it("finds the person named by the surname alone", () => {
    const quotes = quotesFor(desk, "what did Torvik Nessaland lose");
    expect(quotes["sentinel"]).toContain("he lost the ovens");
    expect(quotes["crier"]).toBeNull();
  });

  it("does not split a body's name into a first name and a surname", () => {
    const agency = openDesk([
      makeArticle("wire", "The Wire", [
        "The Coast Guard said two boats were missing.",
        "A guard at the harbour gate said the storm was the worst he had seen.",
      ]),
    ]);
    const quote = quotesFor(agency, "what did the Coast Guard say")["wire"];
    expect(quote).toContain("Coast Guard");
  });
});

describe("headings inside an article", () => {
  const desk = openDesk([
    makeArticle("live", "Valley Live", [
      "3. Rebuilding in Orsk Hollow",
      "Work crews in Orsk Hollow began clearing the collapsed school on Monday, and families moved into tents by the river.",
    ]),
  ]);

  it("answer after the copy under them", () => {
    expect(readsAsHeading("3. Rebuilding in Orsk Hollow")).toBe(true);
    expect(readsAsHeading("Crews cleared the road.")).toBe(false);
    expect(quotesFor(desk, "what happened in Orsk Hollow")["live"]).toContain("Work crews");
  });
});

describe("a day that names the asked event", () => {
  // 2031-05-18 is a Sunday; 2031-05-21 a Wednesday.
  const dated = (id: string, published: string, paragraphs: string[]) =>
    articleFromParagraphs(id, paragraphs, { outlet: id, headline: `${id} report`, published });
  const desk = openDesk([
    dated("record", "2031-05-18", ["On Tuesday inspectors walked the Varn dam's crest."]),
    dated("weekly", "2031-05-21", [
      "Engineers opened the sluices of the Varn dam as the river rose.",
    ]),
    dated("monitor", "2031-05-18", [
      "Engineers opened the sluices of the Varn dam yesterday as the river rose.",
    ]),
  ]);

  it("is implied by a report of the next day that names no other day", () => {
    expect(mayTellOf("saturday", "2031-05-18")).toBe(true);
    expect(mayTellOf("saturday", "2031-05-21")).toBe(false);
    expect(mayTellOf("saturday", null)).toBe(true);
    const answer = answerQuestion(desk, "what happened at the Varn dam on Saturday");
    expect(answer.quotes[0]?.text).toContain("yesterday");
    const score = (source: string) =>
      answer.sources.find((entry) => entry.source === source)?.quote?.score ?? 0;
    // Another day named, or a report from days later: another event, or not that day's.
    expect(score("record")).toBeLessThan(score("monitor"));
    expect(score("weekly")).toBeLessThan(score("monitor"));
    const coverage = (source: string) =>
      desk.index
        .search("what happened at the Varn dam on Saturday")
        .ranked.find((hit) => hit.passage.articleId === source)?.coverage ?? 0;
    expect(coverage("monitor")).toBeGreaterThan(coverage("weekly"));
    expect(coverage("record")).toBe(coverage("weekly"));
  });
});

describe("a verb's broader verbs in WordNet", () => {
  useWordNet();

  it("are looked up one step up, never up to a root verb", () => {
    const related = (word: string) => wordNetThesaurus()?.related(word, "verb") ?? [];
    const broader = (word: string) =>
      related(word)
        .filter((entry) => entry.relation === "broader")
        .map((entry) => entry.word);
    expect(broader("brokered")).toContain("negotiate");
    expect(broader("locked")).not.toContain("move");
  });

  it("let copy in broader words answer, for less than the question's own verb", () => {
    const desk = openDesk([
      makeArticle("herald", "The Herald", [
        "Envoys from Tarsland negotiated the ceasefire between the two river towns.",
      ]),
      makeArticle("post", "The Post", [
        "The ceasefire between the two river towns held through the night.",
      ]),
    ]);
    const best = desk.index.search("who brokered the ceasefire").ranked[0];
    expect(best?.passage.articleId).toBe("herald");
    expect(best?.matched).toContain("brokered");
    expect(best?.coverage ?? 1).toBeLessThan(1);
  });
});
