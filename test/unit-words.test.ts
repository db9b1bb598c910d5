import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { SearchConfig } from "../src/search/search-config.js";
import { isUnitWord, statesCount, statesUnit } from "../src/search/unit-words.js";
import { makeArticle } from "./support/make-article.js";

describe("words that name the asked measure", () => {
  it("knows a share, a price and an age by the question's wording and the passage's figures", () => {
    expect(isUnitWord("share", "percentage")).toBe(true);
    expect(isUnitWord("money", "cost")).toBe(true);
    expect(isUnitWord("money", "money")).toBe(true);
    expect(isUnitWord("money", "funds")).toBe(true);
    expect(isUnitWord("age", "old")).toBe(true);
    expect(isUnitWord(null, "share")).toBe(false);
    expect(isUnitWord("money", "share")).toBe(false);
    expect(statesUnit("share", "The mayor took 61 per cent of the ballots.")).toBe(true);
    expect(statesUnit("share", "Turnout rose to 48%.")).toBe(true);
    expect(statesUnit("share", "The mayor took 6,100 ballots.")).toBe(false);
    expect(statesUnit("money", "The bridge will cost $2.4 million.")).toBe(true);
    expect(statesUnit("money", "The bridge will take 14 months.")).toBe(false);
    expect(statesUnit("age", "The 38-year-old engineer spoke first.")).toBe(true);
    expect(statesUnit("age", "Ms Okafor, 38, spoke first.")).toBe(true);
    expect(isUnitWord("duration", "long")).toBe(true);
    expect(isUnitWord("distance", "far")).toBe(true);
    expect(statesUnit("distance", "The probe is 1.5 million km from home.")).toBe(true);
    expect(statesUnit("distance", "Galaxies billions of light-years away.")).toBe(true);
    expect(statesUnit("distance", "The probe launched 12 years ago.")).toBe(false);
    expect(statesUnit("duration", "The road will stay shut for six weeks.")).toBe(true);
    expect(statesUnit("duration", "The road was shut on Monday.")).toBe(false);
    expect(
      statesUnit("duration", "The barge has been moored there since it was seized in 2019."),
    ).toBe(true);
    expect(statesUnit("duration", "It was seized in 2019. Since then the port has grown.")).toBe(
      false,
    );
    expect(isUnitWord("size", "big")).toBe(true);
    expect(statesUnit("size", "The 950-foot freighter sailed at dawn.")).toBe(true);
    expect(statesUnit("size", "A barge of 4,000 tonnes was towed in.")).toBe(true);
    expect(statesUnit("size", "The fire burned 300 acres of scrub.")).toBe(true);
    expect(statesUnit("size", "The freighter sailed at dawn with 22 crew.")).toBe(false);
    expect(isUnitWord("clock", "time")).toBe(true);
    expect(statesUnit("clock", "The alarm sounded at 11:05 pm.")).toBe(true);
    expect(statesUnit("clock", "Crews worked through the night.")).toBe(false);
    expect(isUnitWord("calendar", "year")).toBe(true);
    expect(statesUnit("calendar", "The dam was finished in 1962.")).toBe(true);
    expect(statesUnit("calendar", "The dam opened on March 4.")).toBe(true);
    expect(statesUnit("calendar", "The dam is old and leaking.")).toBe(false);
    expect(statesCount("Six were pulled from the water.")).toBe(true);
    expect(statesCount("Police made 31 arrests.")).toBe(true);
    expect(statesCount("Several were pulled from the water.")).toBe(false);
  });

  it("ranks a percentage of the thing asked about above a count of it, for 'what share'", () => {
    const herald = makeArticle("herald", "The Herald", [
      "Brandt thanked volunteers who had knocked on doors across the city.",
      "Mayor Ilse Brandt won a third term on Sunday, taking 61 per cent of the ballots cast in the run-off.",
    ]);
    const echo = makeArticle("echo", "The Echo", [
      "Brandt thanked volunteers after winning the run-off, in which about 48,000 ballots were cast.",
    ]);
    const question = "what share of the ballots did Brandt win";
    const answer = answerQuestion(openDesk([herald, echo]), question);
    expect(answer.quotes[0]).toMatchObject({ source: "herald", paragraph: 2 });
    const scoreOf = (source: string) => answer.quotes.find((q) => q.source === source)?.score ?? 0;
    expect(scoreOf("herald")).toBeGreaterThan(scoreOf("echo"));
    // Without the figure standing for "share", the percentage would rank no higher than the count.
    const literal = answerQuestion(
      openDesk([herald, echo], { ...SearchConfig, unitQuality: 0 }),
      question,
    );
    const literalScore = literal.quotes.find((q) => q.source === "herald")?.score ?? 0;
    expect(scoreOf("herald")).toBeGreaterThan(literalScore);
  });

  it("lets no word of the question's form ('since', 'last') outweigh its subject", () => {
    const times = makeArticle("times", "The Times", [
      "Rovers won the county cup in 1998, their only title.",
      "Rovers lost their last league match of the season on Saturday.",
      "The cup draw for the next round is on Friday evening.",
      "Cup tickets for the home tie sold out within the hour.",
      "The cup holders were knocked out in the first round by Rovers.",
    ]);
    const answer = answerQuestion(openDesk([times]), "when did Rovers last win the cup");
    expect(answer.quotes[0]).toMatchObject({ source: "times", paragraph: 1 });
  });

  it("counts the measure's word only where a figure in that measure stands", () => {
    const diary = makeArticle("diary", "The Diary", [
      "The long-awaited harbour bridge opened on Friday.",
      "Work on the harbour bridge took six years.",
    ]);
    const answer = answerQuestion(openDesk([diary]), "how long did the harbour bridge take");
    expect(answer.quotes[0]).toMatchObject({ source: "diary", paragraph: 2 });
    expect(answer.quotes.some((quote) => quote.paragraph === 1)).toBe(false);
  });

  it("reads a depth or a height only where the figure says so", () => {
    expect(isUnitWord("height", "deep")).toBe(true);
    expect(statesUnit("height", "The wreck lies two miles below the surface.")).toBe(true);
    expect(statesUnit("height", "The peak stands 8,000 feet high.")).toBe(true);
    expect(statesUnit("height", "Parts were found 500 feet from the hull.")).toBe(false);
  });

  it("answers 'how deep' from the passage that gives the depth, not another length", () => {
    const log = makeArticle("log", "The Log", [
      "Divers reached the sunken ferry, which lies 40 metres below the surface of the lake.",
      "Parts of the ferry's deck were found 300 metres from the wreck.",
    ]);
    const answer = answerQuestion(openDesk([log]), "how deep is the sunken ferry");
    expect(answer.quotes[0]).toMatchObject({ source: "log", paragraph: 1 });
  });

  it("answers 'what phone number' with a passage that gives one", () => {
    expect(statesUnit("phone", "Call the helpline on 1-800-555-0199 from 8 a.m.")).toBe(true);
    expect(statesUnit("phone", "Sales rose 12% in 2024-2025.")).toBe(false);
    const notice = makeArticle("notice", "The Notice", [
      "Customers with questions were told to phone the bank's branch in person.",
      "Worried savers can reach the lender at 1-888-555-0123 on weekdays.",
    ]);
    const answer = answerQuestion(openDesk([notice]), "what phone number should savers call");
    expect(answer.quotes[0]).toMatchObject({ source: "notice", paragraph: 2 });
  });
});
