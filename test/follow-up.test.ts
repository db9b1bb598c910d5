import { describe, expect, it } from "vitest";
import { readFollowUp, type ThreadTopic, topicOf } from "../src/commands/follow-up.js";

/** Three made-up outlets on a made-up desk. */
const outlets = [
  { source: "harbor-gazette-flood", outlet: "Harbor Gazette" },
  { source: "valley-courier-flood", outlet: "The Valley Courier" },
  { source: "coast-herald-flood", outlet: "Coast Herald" },
];
const topic: ThreadTopic = {
  desk: "flood",
  question: "how many homes were flooded",
  mode: "ask",
  quoted: ["harbor-gazette-flood", "valley-courier-flood"],
  nextFrom: 1,
};

describe("a reply in the bot's thread", () => {
  it("naming an outlet asks the thread's question of that outlet", () => {
    for (const reply of [
      "what did the Valley Courier say?",
      "and the Courier?",
      "valley courier",
      "What does The Valley Courier report",
    ]) {
      expect(readFollowUp(topic, reply, outlets)).toEqual({
        kind: "outlets",
        question: topic.question,
        outlets: ["valley-courier-flood"],
      });
    }
  });

  it("asking for the other outlet asks every outlet but the one quoted first", () => {
    expect(readFollowUp(topic, "and the other outlet?", outlets)).toEqual({
      kind: "outlets",
      question: topic.question,
      outlets: ["valley-courier-flood", "coast-herald-flood"],
    });
    const narrowed = { ...topic, outlets: ["coast-herald-flood"] };
    expect(readFollowUp(narrowed, "what about the others", outlets)).toMatchObject({
      outlets: ["harbor-gazette-flood", "valley-courier-flood"],
    });
  });

  it("saying more asks for the next quotes", () => {
    for (const reply of ["more", "More quotes please", "and more?", "what else"])
      expect(readFollowUp({ ...topic, nextFrom: 4 }, reply, outlets)).toEqual({
        kind: "more",
        question: topic.question,
        from: 4,
      });
  });

  it("a short question keeps the topic and changes what is asked", () => {
    expect(readFollowUp(topic, "when?", outlets)).toEqual({
      kind: "ask",
      question: "when homes were flooded",
    });
    expect(readFollowUp(topic, "and who said that?", outlets)).toEqual({
      kind: "ask",
      question: "who said homes were flooded",
    });
    expect(
      readFollowUp({ ...topic, question: "who ordered the evacuation" }, "How many?", outlets),
    ).toEqual({ kind: "ask", question: "how many ordered the evacuation" });
    expect(readFollowUp(topic, "when did the Coast Herald report it", outlets)).toEqual({
      kind: "outlets",
      question: "when homes were flooded",
      outlets: ["coast-herald-flood"],
    });
  });

  it("anything longer is a new question", () => {
    const reply = "why did the council close the bridge on Tuesday night";
    expect(readFollowUp(topic, reply, outlets)).toEqual({ kind: "ask", question: reply });
  });

  it("the topic of a question is what follows its question words", () => {
    expect(topicOf("How many rockets were fired?")).toBe("rockets were fired");
    expect(topicOf("who is blamed for the attack")).toBe("blamed for the attack");
    expect(topicOf("flood damage in the harbour")).toBe("flood damage in the harbour");
  });
});
