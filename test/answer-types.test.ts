import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import type { Passage } from "../src/ingest/article.js";
import { Tag, tagTokens } from "../src/search/answer-tagger.js";
import { analyseQuestion } from "../src/search/question-analysis.js";
import { matchTokens } from "../src/text/match-terms.js";
import { editDistance, nameVariantQuality, soundKey } from "../src/text/name-variants.js";
import { makeArticle } from "./support/make-article.js";

describe("reading what a question asks for", () => {
  it("names the answer type of each question form", () => {
    const cases: Array<[string, string]> = [
      ["who opened the new bridge", "person"],
      ["which company built the dam", "organisation"],
      ["where did the storm come ashore", "place"],
      ["which city will host the games", "place"],
      ["when was the mayor elected", "date"],
      ["what time did the polls close", "time"],
      ["how many homes lost power", "number"],
      ["how old is the goalkeeper", "number"],
      ["why did the minister resign", "reason"],
      ["what did the judge say about the sentence", "statement"],
      ["whats the nurses union saying", "statement"],
      ["what is the harbour board saying about the closure", "statement"],
      ["what words did the mayor use for the protest", "statement"],
      ["how did the fans react to the result", "reaction"],
      ["is the bridge open", "none"],
    ];
    for (const [question, type] of cases)
      expect(analyseQuestion(question).answerType, question).toBe(type);
  });

  it("says what a number should measure, and when a picture is asked about", () => {
    expect(analyseQuestion("how old is the mayor").unit).toBe("age");
    expect(analyseQuestion("how long did the trial last").unit).toBe("duration");
    expect(analyseQuestion("how high was the water").unit).toBe("height");
    expect(analyseQuestion("show me photos of the flooding").wantsPicture).toBe(true);
    expect(analyseQuestion("how high was the water").wantsPicture).toBe(false);
  });

  it("picks out the words that name one event: a day, a month, an ordinal", () => {
    expect(analyseQuestion("what happened in Saturday's storm").eventWords).toContain("saturday");
    expect(analyseQuestion("who won the second round").eventWords).toContain("second");
  });
});

describe("the answer tagger", () => {
  const tagsOf = (text: string) => {
    const tokens = matchTokens(text, "article", true);
    const tags = tagTokens(tokens);
    return (word: string) => tags[tokens.findIndex((token) => token.cased === word)] ?? 0;
  };

  it("finds people, places, organisations, dates, times and numbers", () => {
    const tag = tagsOf(
      "Mayor Ana Ruiz of Port Wella said on Tuesday that Norbeck Power Co. had restored 4,000 homes by 6 p.m. in Ohio.",
    );
    expect(tag("Ruiz") & Tag.person).toBeTruthy();
    expect(tag("Power") & Tag.organisation).toBeTruthy();
    expect(tag("Ohio") & Tag.place).toBeTruthy();
    expect(tag("Tuesday") & Tag.date).toBeTruthy();
    expect(tag("6") & Tag.time).toBeTruthy();
    expect(tag("4,000") & Tag.number).toBeTruthy();
    expect(tag("said") & Tag.statement).toBeTruthy();
  });

  it("reads a 'when' told in words as a date: 'next month', 'within a week', 'at a later date'", () => {
    expect(tagsOf("The pilot will be sentenced at a later date.")("date") & Tag.date).toBeTruthy();
    expect(tagsOf("A ruling is expected next month.")("month") & Tag.date).toBeTruthy();
    expect(tagsOf("A new chair will be named within a week.")("week") & Tag.date).toBeTruthy();
    expect(tagsOf("The strike lasted a week.")("week") & Tag.date).toBe(0);
  });

  it("does not take a sentence's first word for a name", () => {
    const tag = tagsOf("Officials closed the road. Flooding spread.");
    expect(tag("Flooding")).toBe(0);
  });
});

describe("a figure asked for", () => {
  it("is not answered by copy on the same event that gives no figure", () => {
    const desk = openDesk([
      makeArticle("post", "The Post", [
        "Nine people were hurt when a gas main blew up under Harrow Lane on Tuesday, fire officials said.",
      ]),
      makeArticle("tribune", "The Tribune", [
        "Residents of Harrow Lane were hurt and angry after the gas blast, which the council blamed on an old main.",
        "Repairs to the road will take a month.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how many people were hurt in the Harrow Lane gas blast?");
    expect(answer.sources.find((s) => s.source === "post")?.quote?.paragraph).toBe(1);
    expect(answer.sources.find((s) => s.source === "tribune")?.covered).toBe(false);
  });

  it("is not a figure counting another thing", () => {
    const desk = openDesk([
      makeArticle("tribune", "The Tribune", [
        "Crews sent 14 engines to the Harrow Lane gas blast, where residents were hurt.",
        "Nine were hurt in the Harrow Lane blast, the fire service said.",
      ]),
    ]);
    const answer = answerQuestion(desk, "how many people were hurt in the Harrow Lane gas blast?");
    expect(answer.sources[0]?.quote?.paragraph).toBe(2);
  });
});

describe("spelling variants of names", () => {
  it("are one or two letters apart and sound alike", () => {
    expect(editDistance("andersen", "anderson", 2)).toBe(1);
    expect(soundKey("mohammad")).toBe(soundKey("muhammad"));
    expect(nameVariantQuality("mohammad", "muhammad")).toBeGreaterThan(0);
    expect(nameVariantQuality("halverstam", "halvorstem")).toBeGreaterThan(0);
    expect(nameVariantQuality("morgan", "norman")).toBe(0);
    expect(nameVariantQuality("lee", "lea")).toBe(0);
  });

  it("find a name the question spells another way", () => {
    const desk = openDesk([
      makeArticle("wire", "The Wire", [
        "Prime Minister Mohammad Qarani resigned on Friday after the vote.",
        "The weather stayed dry across the region all week.",
      ]),
    ]);
    const answer = answerQuestion(desk, "when did Muhammad Qarani resign");
    expect(answer.quotes[0]?.paragraph).toBe(1);
  });
});

describe("ranking by the asked answer type", () => {
  const desk = openDesk([
    makeArticle("courier", "The Courier", [
      "The bridge reopened after months of repairs, the council said.",
      "The bridge reopened on Tuesday, March 4, after months of repairs.",
      "A photo shows the bridge reopened after months of repairs.",
    ]),
    makeArticle("herald", "The Herald", [
      "Crowds watched as the bridge reopened; a picture of the bridge reopened hangs in the hall.",
    ]),
  ]);

  it("puts the passage holding a date first for a when question", () => {
    expect(answerQuestion(desk, "when was the bridge reopened").quotes[0]?.paragraph).toBe(2);
  });

  it("scores 1 only a passage holding every question word and the asked answer", () => {
    const answer = answerQuestion(desk, "when was the bridge reopened");
    const byParagraph = (n: number) =>
      answer.sources.find((s) => s.source === "courier")?.quote?.paragraph === n;
    expect(byParagraph(2)).toBe(true);
    const undated = desk.index
      .search("when was the bridge reopened")
      .ranked.find((hit) => hit.passage.articleId === "courier" && hit.passage.paragraph === 1);
    expect(undated?.score ?? 0).toBeLessThan(1);
  });
});

describe("captions", () => {
  const article = makeArticle("post", "The Post", [
    "Firefighters saved the old mill from the blaze on Sunday.",
  ]);
  const caption: Passage = {
    id: "post#c1",
    articleId: "post",
    paragraph: 1,
    kind: "caption",
    text: "Firefighters saved the old mill from the blaze on Sunday. (Photo: staff)",
  };
  const desk = openDesk([{ ...article, passages: [...article.passages, caption] }]);

  it("rank below the body text unless the question asks about a picture", () => {
    const factual = answerQuestion(desk, "when did firefighters save the old mill");
    expect(factual.quotes[0]?.kind).toBe("paragraph");
    const picture = answerQuestion(desk, "is there a photo of firefighters at the old mill");
    expect(picture.quotes[0]?.kind).toBe("caption");
  });
});

describe("what caused a thing, not what it caused", () => {
  it("ranks the passage giving the blackout's cause above one telling what the blackout caused", () => {
    const desk = openDesk([
      makeArticle("wire", "The Wire", [
        "The blackout caused long queues at petrol stations across Tarrow.",
        "Engineers said the blackout was caused by a fallen pylon near the Tarrow substation.",
      ]),
    ]);
    const answer = answerQuestion(desk, "what caused the blackout");
    expect(answer.quotes[0]?.text).toContain("fallen pylon");
  });
});
