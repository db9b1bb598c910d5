import { describe, expect, it } from "vitest";
import { answerQuestion } from "../src/answer/answer-question.js";
import { openDesk } from "../src/desk/story-desk.js";
import { articleFromParagraphs } from "../src/ingest/article.js";
import { answerJson } from "../src/render/answer-json.js";
import { renderAnswerText } from "../src/render/answer-text.js";

/** Made-up articles: two dated, one not. */
const desk = openDesk([
  articleFromParagraphs("valley-courier-bridge", ["The council voted to close the old bridge."], {
    outlet: "Valley Courier",
    published: "2024-05-01",
  }),
  articleFromParagraphs(
    "harbor-gazette-bridge",
    ["The old bridge closes next week, officials said."],
    {
      outlet: "Harbor Gazette",
      published: "2024-05-03",
    },
  ),
  articleFromParagraphs("coast-herald-bridge", ["Ferries will run while the bridge is shut."], {
    outlet: "Coast Herald",
  }),
]);

describe("as of", () => {
  it("every answer says how many articles the desk holds and the newest date, in JSON as asOf", () => {
    const answer = answerQuestion(desk, "who closed the bridge");
    expect(answerJson(answer).asOf).toEqual({ articles: 3, newest: "2024-05-03" });
    expect(renderAnswerText(answer)).toContain("3 articles on this desk, newest 2024-05-03");
  });

  it("a desk with no dated article gives newest null and no date in the text", () => {
    const undated = openDesk([articleFromParagraphs("a", ["Ferries will run while it is shut."])]);
    const answer = answerQuestion(undated, "ferries");
    expect(answerJson(answer).asOf).toEqual({ articles: 1, newest: null });
    expect(renderAnswerText(answer)).toContain("1 article on this desk");
    expect(renderAnswerText(answer)).not.toContain("undated");
  });
});
