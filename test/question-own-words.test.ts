import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { useWordNet, wordNetThesaurus } from "../src/newsroom/wordnet-thesaurus.js";
import { readQuestion } from "../src/search/question-terms.js";
import { correctionsOfWord } from "../src/search/typo-corrector.js";
import { termFor } from "../src/text/match-terms.js";
import { makeArticle } from "./support/make-article.js";

const words = (question: string) => readQuestion(question).concepts.map((c) => c.word);

describe("a question in the reporter's own words", () => {
  it("weighs nothing for chat contractions without apostrophes, or words of stance", () => {
    expect(words("whats happening with the Delmont appeal")).not.toContain("whats");
    expect(words("why didnt the council reply")).not.toContain("didnt");
    expect(words("who reportedly paid the ransom")).not.toContain("reportedly");
    expect(words("roughly how many votes were cast")).not.toContain("roughly");
    expect(words("what are the tenants getting back")).toContain("tenants");
  });

  it("finds a passage for a question full of chat words, as it would the plain question", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "The Delmont appeal will be heard by three judges in March.",
        "Delmont's lawyers filed 40 pages of new evidence last week.",
      ]),
    ]);
    const plain = answerQuestion(desk, "what about the Delmont appeal hearing");
    const chatty = answerQuestion(desk, "whats happening w the Delmont appeal hearing, roughly");
    expect(chatty.sources[0]?.quote?.paragraph).toBe(1);
    expect(chatty.sources[0]?.quote?.score ?? 0).toBeGreaterThanOrEqual(
      (plain.sources[0]?.quote?.score ?? 0) - 0.05,
    );
  });

  it("reads 'right away' as 'immediately', and a jail as custody", () => {
    const desk = openDesk([
      makeArticle("post", "The Post", [
        "Marta Quell was convicted of arson on Tuesday after a two-week trial.",
        "Quell was not immediately taken into custody and left the court with her lawyer.",
      ]),
    ]);
    const answer = answerQuestion(desk, "is Quell going to jail right away?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});

describe("a sentence asked as prison time", () => {
  it("reads 'how much jail time is he looking at' as the sentence he faces", () => {
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "Oren Bask was convicted of bribery by a jury in Halden on Friday.",
        "Bask faces up to 12 years in prison when he is sentenced in May.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how much jail time is Bask looking at?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});

describe("typo corrections of a word the dictionary knows", () => {
  it("keeps only a same-length slip, for less than a true correction", () => {
    const found = [
      { term: "await", quality: 1 },
      { term: "trial", quality: 0.8 },
    ];
    expect(correctionsOfWord("awai", true, found)).toEqual([]);
    expect(correctionsOfWord("trail", true, [{ term: "trial", quality: 0.8 }])).toEqual([
      { term: "trial", quality: 0.7 },
    ]);
    expect(correctionsOfWord("presidnet", false, found)).toEqual(found);
  });

  it("does not read a dictionary word as a longer or shorter word that holds it", () => {
    useWordNet();
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "Eight fishermen were rescued from the trawler Kestrel off Skerry Point.",
        "Families await news of the Kestrel's skipper.",
      ]),
    ]);
    const matched = (question: string) =>
      desk.index.search(question).ranked.flatMap((ranked) => ranked.matched);
    expect(matched("what was the height of the waves that hit the Kestrel")).not.toContain(
      "height",
    );
    expect(matched("did the Kestrel's skipper get away")).not.toContain("away");
  });
});

describe("word forms a question and the copy share", () => {
  it("keeps words the stemmer would fold into unrelated ones apart", () => {
    expect(termFor("several")).not.toBe(termFor("severance"));
    expect(termFor("authorities")).not.toBe(termFor("author"));
    expect(termFor("authorities")).toBe(termFor("authority"));
    expect(termFor("executives")).not.toBe(termFor("executed"));
    expect(termFor("execs")).toBe(termFor("executive"));
    expect(termFor("news")).not.toBe(termFor("new"));
  });

  it("does not match severance in a passage about several things", () => {
    const desk = openDesk([
      makeArticle("herald", "The Herald", [
        "Several board members of Pellam Foods resigned on Monday, the company said.",
      ]),
    ]);
    const matched = desk.index
      .search("how much severance did Pellam Foods pay")
      .ranked.flatMap((ranked) => ranked.matched);
    expect(matched).toContain("pellam");
    expect(matched).not.toContain("severance");
  });

  it("reads a verb's past form in -ied as the verb, and finds it in the noun derived from it", () => {
    useWordNet();
    const related = wordNetThesaurus()?.related("testified", "verb") ?? [];
    expect(related).toContainEqual({ word: "testimony", relation: "derived" });
    expect(
      wordNetThesaurus()
        ?.related("denied", "verb")
        .map((r) => r.word),
    ).toContain("denial");
    const desk = openDesk([
      makeArticle("courier", "The Courier", [
        "The inquest into the Harbour Road fire opened on Monday in Dunmere.",
        "The inquest heard testimony from eleven firefighters over two days.",
      ]),
    ]);
    const [best] = desk.index.search("how many firefighters testified at the inquest?").ranked;
    expect(best?.passage.text).toContain("testimony");
    expect(best?.matched).toContain("testified");
  });

  it("reads jurors as the jury, and 'how long' as the form of the question", () => {
    expect(
      readQuestion("how long was the jury out").concepts.find((c) => c.word === "long")?.salience,
    ).toBeLessThan(0.5);
    const desk = openDesk([
      makeArticle("ledger", "The Ledger", [
        "The trial of the three Brannock brothers ended on Thursday in Corvale.",
        "After four days of deliberation, jurors cleared the Brannock brothers of arson.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how long was the Brannock jury out deliberating?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});

describe("a clause of time after the question", () => {
  it("sets the scene, as a 'when' clause does", () => {
    const scene = (question: string) =>
      readQuestion(question)
        .concepts.filter((c) => c.scene)
        .map((c) => c.word);
    expect(scene("who did the new owner sack once she took over?")).toEqual(["take-over"]);
    // "After the verdict" names no scene of its own but the moment asked about.
    expect(scene("what did the mayor say after the verdict")).toEqual([]);
    expect(scene("after the verdict, what did the mayor say")).toEqual([]);
  });

  it("finds what was asked in copy that does not retell when", () => {
    const desk = openDesk([
      makeArticle("post", "The Post", [
        "Ilse Varga took over Corran Mills on Monday after a long bidding contest.",
        "Varga sacked the board and the finance chief, Tom Eade, on her first day.",
      ]),
    ]);
    const answer = answerQuestion(desk, "who did Varga sack once she took over?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});
