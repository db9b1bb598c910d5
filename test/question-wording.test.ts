import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { readQuestion } from "../src/search/question-terms.js";
import { matchTokens } from "../src/text/match-terms.js";
import { makeArticle } from "./support/make-article.js";

const words = (question: string) => readQuestion(question).concepts.map((c) => c.word);
const terms = (text: string) =>
  matchTokens(text, "article")
    .filter((token) => !token.stop)
    .map((token) => token.term);

describe("the question's wording against the copy's", () => {
  it("reads 'so far' as until now and 'anyone' as the question's form, not its subject", () => {
    expect(words("how many homes have been lost so far")).not.toContain("far");
    expect(words("how far did the ash cloud drift")).toContain("far");
    expect(words("had anyone seen the cracks before the bridge shut")).not.toContain("anyone");
    expect(words("did somebody call the coastguard")).not.toContain("somebody");
  });

  it("answers a count asked 'so far' from a passage that says nothing of distance", () => {
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "Fire crews said 42 homes in Brackley Vale had been lost to the blaze.",
        "The fire started in scrubland behind the Brackley Vale golf course.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how many homes in Brackley Vale have burned so far?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(1);
  });

  it("reads a part coming away in any of its verbs as one idea", () => {
    expect(terms("the hatch came off")).toEqual(terms("will the hatch come off"));
    expect(terms("a cargo door blew out")).toContain(terms("blow out")[0]);
    expect(terms("the rudder was ripped off")).toContain(terms("rip off")[0]);
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "The ferry left Tarbet at noon with 60 passengers aboard.",
        "A loading hatch blew out as the ferry crossed the loch, the crew said.",
      ]),
    ]);
    const answer = answerQuestion(desk, "where was the ferry when its hatch came off?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });

  it("matches a jet, a plane and an aircraft as the same thing", () => {
    expect(terms("the jet")).toEqual(terms("the plane"));
    expect(terms("the airliners")).toEqual(terms("the aircraft"));
    const desk = openDesk([
      makeArticle("post", "The Post", [
        "The plane carrying the orchestra landed safely at Kelso airfield on Friday.",
        "The orchestra's tour resumes next week.",
      ]),
    ]);
    const answer = answerQuestion(desk, "where did the jet carrying the orchestra land?");
    expect(answer.sources[0]?.covered).toBe(true);
    expect(answer.sources[0]?.quote?.paragraph).toBe(1);
  });

  it("finds where a vehicle was going, said as 'en route to' or 'bound for'", () => {
    expect(terms("a lorry en route to Hull")).toContain(terms("en route")[0]);
    const desk = openDesk([
      makeArticle("chronicle", "The Chronicle", [
        "The night bus from Carlow was en route to Dunmore when it left the road.",
        "Eleven passengers were treated in hospital.",
      ]),
      makeArticle("echo", "The Echo", ["The Carlow bus, bound for Dunmore, had stopped in Bray."]),
    ]);
    const answer = answerQuestion(desk, "where was the bus from Carlow headed?");
    const bySource = new Map(answer.sources.map((s) => [s.source, s.quote]));
    expect(bySource.get("chronicle")?.paragraph).toBe(1);
    expect(bySource.get("echo")?.paragraph).toBe(1);
  });

  it("leaves out whom a question sets aside ('apart from X, who else…')", () => {
    expect(words("Apart from the mayor, who else has praised the firefighters?")).toEqual([
      "praised",
      "firefighters",
    ]);
    expect(words("besides Ana Ruiz who resigned")).toEqual(["resigned"]);
    const desk = openDesk([
      makeArticle("gazette", "The Gazette", [
        "Mayor Ilse Varga praised the firefighters at a briefing on Monday.",
      ]),
      makeArticle("herald", "The Herald", [
        "The county sheriff also praised the firefighters for their courage.",
      ]),
    ]);
    const answer = answerQuestion(desk, "Apart from Varga, who else has praised the firefighters?");
    expect(answer.sources.find((s) => s.source === "herald")?.covered).toBe(true);
  });

  it("weighs a preposition of place lightly, and finds a child and an opening asked as a girl and a hole", () => {
    const near = readQuestion("what happened to the girl standing near the hole").concepts;
    const weight = (word: string) => near.find((c) => c.word === word)?.salience ?? 0;
    expect(weight("near")).toBeLessThan(weight("hole"));
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "The ride at Pellam Fair was closed on Saturday evening.",
        "A child standing at the opening was pulled back by her father, a witness said.",
      ]),
    ]);
    const answer = answerQuestion(desk, "what happened to the girl standing near the hole?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });

  it("knows a dam that burst as one that failed, and a departure as a take-off", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "Engineers had warned for years that the Harlow reservoir dam could burst.",
        "The town council met on Tuesday.",
      ]),
      makeArticle("post", "The Post", [
        "The Tarn Air flight climbed normally for four minutes after departure.",
      ]),
    ]);
    const warned = answerQuestion(desk, "had engineers warned the Harlow dam could fail?");
    expect(warned.sources.find((s) => s.source === "ledger")?.quote?.paragraph).toBe(1);
    const flight = answerQuestion(desk, "what happened after the Tarn Air flight took off?");
    expect(flight.sources.find((s) => s.source === "post")?.covered).toBe(true);
  });

  it("reads a clause saying which one is meant as the scene, not the subject", () => {
    const scene = (question: string) =>
      readQuestion(question)
        .concepts.filter((c) => c.scene)
        .map((c) => c.word);
    expect(scene("What happened to the lifeguards sent to the pier?")).toEqual(["sent", "pier"]);
    expect(scene("Who picked up the hatch that fell off, and where?")).toEqual(["fall-off"]);
    expect(scene("How much is the closure going to cost the council?")).toEqual([]);
    expect(scene("How many people were hurt in the crush?")).toEqual([]);
    const desk = openDesk([
      makeArticle("echo", "The Echo", [
        "Two lifeguards sent to help were treated for hypothermia, the coastguard said.",
        "The pier reopened on Sunday.",
      ]),
    ]);
    const answer = answerQuestion(desk, "What happened to the lifeguards sent to the pier?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(1);
  });

  it("reads a wall of water as a wave, and finds copy that says either", () => {
    expect(words("how high was the wall of water")).toEqual(["high", "wave"]);
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "Waves as high as four metres swept through Lonmouth harbour on Sunday night.",
      ]),
      makeArticle("post", "The Post", [
        "Residents of Lonmouth described a wall of water two storeys high.",
      ]),
    ]);
    const answer = answerQuestion(desk, "How high was the wall of water that hit Lonmouth?");
    expect(answer.sources.find((s) => s.source === "courier")?.covered).toBe(true);
  });

  it("reads British and American spellings of weights, cheques and counsellors alike", () => {
    expect(terms("2,000 tonnes of grain")).toEqual(terms("2,000 tons of grain"));
    expect(terms("the cheques bounced")).toEqual(terms("the checks bounced"));
    expect(terms("a school counsellor")).toEqual(terms("a school counselor"));
  });
});

describe("a phrase meaning 'until now'", () => {
  it("is no subject of the question", () => {
    expect(readQuestion("How many miners have been rescued so far?").words).not.toContain("far");
    expect(readQuestion("how many homes has the storm damaged to date").words).not.toContain(
      "date",
    );
    expect(readQuestion("how far did the barge drift").words).toContain("far");
    expect(readQuestion("what date was the hearing set for").words).toContain("date");
  });

  it("does not keep an outlet that gives the count from answering", () => {
    // Invented copy: a mine rescue told by two outlets.
    const desk = openDesk([
      makeArticle("ridge", "Ridge Post", ["Crews have rescued 14 miners from the flooded shaft."]),
      makeArticle("vale", "Vale News", ["Rescuers have brought 14 miners to the surface."]),
    ]);
    const answer = answerQuestion(desk, "How many miners have been rescued so far?");
    expect(answer.sources.find((source) => source.source === "ridge")?.covered).toBe(true);
  });
});

describe("a leading phrase setting something aside", () => {
  it("is no word to look for", () => {
    const question = readQuestion("Apart from the mayor, who else praised the lifeguards?");
    expect(question.words).not.toContain("apart");
    expect(question.words).not.toContain("mayor");
    expect(question.words).toContain("lifeguards");
    expect(question.analysis.answerType).toBe("person");
    expect(readQuestion("Besides the ferry, which boats sank?").words).not.toContain("ferry");
    // Without the comma it may be the subject itself: kept.
    expect(readQuestion("what fell apart from the tower").words).toContain("tower");
  });

  it("lets an outlet naming someone else answer", () => {
    // Invented copy: a beach rescue told by two outlets.
    const desk = openDesk([
      makeArticle("shore", "Shore Weekly", [
        "The council's chair, Dana Whitlock, praised the lifeguards for their quick work.",
      ]),
      makeArticle("bay", "Bay Gazette", ["The mayor thanked the crews at the pier."]),
    ]);
    const answer = answerQuestion(desk, "Apart from the mayor, who else praised the lifeguards?");
    expect(answer.sources.find((source) => source.source === "shore")?.covered).toBe(true);
  });
});
