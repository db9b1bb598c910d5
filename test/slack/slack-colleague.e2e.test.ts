import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixedNewsroom } from "../../src/desk/newsroom-view.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";
import { readDeskProfile } from "../../src/newsroom/desk-folders.js";
import { openDeskFolder } from "../../src/newsroom/open-desk-folder.js";
import { AnswerActions, decodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { FeedbackView } from "../../src/render/blocks/feedback-modal-builder.js";
import type { FakeHandler, RecordedCall } from "../support/fake-slack-api.js";
import { FORM, type HttpDeskApp, JSON_TYPE, startHttpDeskApp } from "../support/http-desk-app.js";
import { runTool } from "../support/run-tool.js";
import { buttonClickBody, viewSubmissionBody } from "../support/slack-interactions.js";
import { eventCallbackBody, nowSeconds, waitFor } from "../support/slack-requests.js";

const RECALL = "test/fixtures/desks/recall";

let app: HttpDeskApp;
let work: string;
let feedbackFile: string;
let desk: StoryDesk;
let posted = 0;
const postedTs = new Map<RecordedCall, string>();

interface SentBlock {
  type: string;
  text?: { text: string };
  elements?: { text: string | { text: string }; action_id?: string; value?: string }[];
}

/** Slack gives every posted message its own ts: follow-ups in a DM reply in its thread. */
const postMessage: FakeHandler = (call) => {
  posted += 1;
  postedTs.set(call, `1800000000.${String(posted).padStart(6, "0")}`);
  return {
    body: {
      ok: true,
      channel: call.params["channel"],
      ts: postedTs.get(call),
    },
  };
};

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "story-desk-feedback-"));
  feedbackFile = path.join(work, ".story-desk", "feedback.jsonl");
  const profile = await readDeskProfile({ id: "recall", dir: RECALL }, () => {});
  desk = await openDeskFolder(RECALL, () => {}, { cache: null, profile });
  app = await startHttpDeskApp({
    newsroom: fixedNewsroom([{ profile, current: desk }]),
    env: { LOG_LEVEL: "error" },
    handlers: { "chat.postMessage": postMessage },
    feedbackFile,
    editors: [],
  });
});

afterAll(async () => {
  await app?.stop();
  rmSync(work, { recursive: true, force: true });
});

const post = (body: string) => app.post(body, FORM);
const buttonsOf = (blocks: readonly SentBlock[]) =>
  blocks.flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []));
const labelOf = (element: { text: string | { text: string } }) =>
  typeof element.text === "string" ? element.text : element.text.text;

async function ask(question: string, name: string): Promise<SentBlock[]> {
  await app.command(question, name, { command: "/recall" });
  await waitFor(() => app.replies(name).length === 1);
  return app.replies(name)[0]?.params["blocks"] as SentBlock[];
}

function feedbackLines(): Record<string, unknown>[] {
  try {
    return readFileSync(feedbackFile, "utf8")
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  } catch {
    return [];
  }
}

describe("an answer in Slack, like a colleague's", () => {
  let blocks: SentBlock[] = [];
  /** Clicks a button of the answer; the app answers at response_url `name`. */
  const click = (actionId: string, name: string, userId?: string) =>
    post(
      buttonClickBody(blocks, actionId, {
        responseUrl: app.fake.responseUrl(name),
        ...(userId ? { userId } : {}),
      }),
    );

  it("is short: the question, the best quote, one line per other outlet, three comparison lines, as of, five buttons", async () => {
    blocks = await ask("how many heaters are being recalled", "layout");
    expect(blocks.length).toBeLessThanOrEqual(10);
    expect(blocks[0]?.type).toBe("header");
    const texts = blocks.map((block) =>
      block.text ? block.text.text : (block.elements ?? []).map((e) => labelOf(e)).join(" "),
    );
    expect(texts[1]).toContain("how many heaters are being recalled");
    expect(texts[2]?.startsWith(">")).toBe(true);
    const others = texts.find((text) => text.startsWith(DeskTexts.otherOutlets)) ?? "";
    // Six outlets cover it: the best one quoted in full, the five others one line each.
    expect(others.split("\n").filter((line) => line.startsWith("• "))).toHaveLength(5);
    // Whole sentences, or, for one sentence longer than the line, cut between words.
    for (const line of others.split("\n").slice(1)) {
      const [, outlet, paragraph, words] = /^• \*(.+?)\*.*¶(\d+): “(.+)”$/.exec(line) ?? [];
      const article = desk.articles.find((a) => a.metadata.outlet === outlet);
      const passage = article?.passages.find((p) => p.paragraph === Number(paragraph));
      const shown = String(words).replace(/…$/, "").replace(/&amp;/g, "&");
      const at = passage?.text.indexOf(shown) ?? -1;
      expect(at).toBeGreaterThanOrEqual(0);
      expect(passage?.text.charAt(at + shown.length) ?? "").toMatch(/^(?:\s|)$/);
    }
    const differences = texts.find((text) => text.startsWith(DeskTexts.differences)) ?? "";
    const lines = differences.split("\n").slice(1);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(texts.join("\n")).toMatch(/6 articles on this desk, newest 2025-03-\d\d/);
    expect(texts.join("\n")).not.toContain("undated");
    expect(buttonsOf(blocks).map(labelOf)).toEqual([
      DeskTexts.shareButton,
      DeskTexts.moreButton,
      DeskTexts.differButton,
      DeskTexts.rightButton,
      DeskTexts.wrongButton,
    ]);
  });

  it("opens How they differ in a modal with every comparison line", async () => {
    await click(AnswerActions.howTheyDiffer, "differ");
    await waitFor(() => app.fake.callsTo("views.open").length === 1);
    const view = app.fake.callsTo("views.open")[0]?.params["view"] as {
      title: { text: string };
      blocks: SentBlock[];
    };
    expect(view.title.text).toBe(DeskTexts.differTitle);
    const all = view.blocks.map((block) => block.text?.text ?? "").join("\n");
    const inline = (
      blocks.find((b) => b.text?.text.startsWith(DeskTexts.differences))?.text?.text ?? ""
    )
      .split("\n")
      .slice(1);
    for (const line of inline) expect(all).toContain(line.replace(/…$/, ""));
    expect(all.split("\n").filter((line) => line.startsWith("• ")).length).toBeGreaterThan(
      inline.length,
    );
  });

  it("keeps Right as one line in feedback.jsonl, with the user only as a hash", async () => {
    await click(AnswerActions.right, "right", "U0RIGHTER");
    await waitFor(() => app.replies("right").length === 1);
    expect(app.replies("right")[0]?.params["text"]).toBe(DeskTexts.thanksRight);
    const [line] = feedbackLines();
    expect(line?.["desk"]).toBe("recall");
    expect(line?.["question"]).toBe("how many heaters are being recalled");
    expect(line?.["verdict"]).toBe("right");
    expect(line?.["shown"]).toHaveLength(6);
    expect(typeof line?.["at"]).toBe("string");
    expect(readFileSync(feedbackFile, "utf8")).not.toContain("U0RIGHTER");
  });

  it("asks what was wrong in a modal, keeps the verdict with the outlet and the note, and the summary prints it as a question-set entry", async () => {
    await click(AnswerActions.wrong, "wrong");
    await waitFor(() => app.fake.callsTo("views.open").length === 2);
    const modal = app.fake.callsTo("views.open")[1]?.params["view"] as {
      callback_id: string;
      private_metadata: string;
      blocks: { element?: { options?: { value: string; text: { text: string } }[] } }[];
    };
    expect(modal.callback_id).toBe(FeedbackView.callbackId);
    expect(decodeButtonValue(modal.private_metadata)?.question).toBe(
      "how many heaters are being recalled",
    );
    const options = modal.blocks.flatMap((block) => block.element?.options ?? []);
    const pick = options.find((option) => option.value.startsWith("wrong-quote:valley6"));
    expect(pick?.text.text).toContain("quote from");
    const response = await post(
      viewSubmissionBody({
        callbackId: FeedbackView.callbackId,
        privateMetadata: modal.private_metadata,
        values: {
          [FeedbackView.whatBlock]: {
            [FeedbackView.whatAction]: {
              type: "static_select",
              selected_option: { value: pick?.value, text: { type: "plain_text", text: "x" } },
            },
          },
          [FeedbackView.noteBlock]: {
            [FeedbackView.noteAction]: { type: "plain_text_input", value: "the count is old" },
          },
        },
      }),
    );
    expect(response.status).toBe(200);
    const ack = (await response.json()) as { response_action?: string };
    expect(ack.response_action).toBe("update");
    const lines = feedbackLines();
    expect(lines).toHaveLength(2);
    expect(lines[1]?.["verdict"]).toBe("wrong");
    expect(lines[1]?.["what"]).toEqual({
      kind: "wrong-quote",
      source: "valley6-thermaloft-heater-warning",
    });
    expect(lines[1]?.["note"]).toBe("the count is old");

    const summary = runTool("src/cli/feedback.ts", ["--json", "--file", feedbackFile]);
    expect(summary.status).toBe(0);
    const json = JSON.parse(summary.stdout) as {
      desks: { desk: string; right: number; wrong: number; wrongOnes: { entry: string }[] }[];
    };
    expect(json.desks).toHaveLength(1);
    expect(json.desks[0]).toMatchObject({ desk: "recall", right: 1, wrong: 1 });
    const entry = json.desks[0]?.wrongOnes[0]?.entry ?? "";
    expect(entry).toContain("question: how many heaters are being recalled");
    expect(entry).toContain("valley6-thermaloft-heater-warning:");
    expect(entry).toContain("#   note: the count is old");
    const text = runTool("src/cli/feedback.ts", ["--file", feedbackFile, "--desk", "recall"]);
    expect(text.stdout).toContain("recall: 2 verdicts, 1 right, 1 wrong");
    const other = runTool("src/cli/feedback.ts", ["--file", feedbackFile, "--desk", "elsewhere"]);
    expect(other.stdout).toContain("No feedback yet");
  });
});

describe("a follow-up in the bot's thread", () => {
  const mention = (id: string, text: string, ts: string, threadTs?: string) =>
    app.post(
      eventCallbackBody(id, {
        type: "app_mention",
        user: "U0REPORTER",
        text,
        channel: "C0THREAD",
        ts,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      }),
      JSON_TYPE,
    );
  const postsIn = (channel: string) =>
    app.fake.callsTo("chat.postMessage").filter((call) => call.params["channel"] === channel);
  const citations = (call: { params: Record<string, unknown> } | undefined) =>
    ((call?.params["blocks"] ?? []) as SentBlock[])
      .filter((block) => block.type === "context")
      .map((block) => JSON.stringify(block))
      .filter((text) => /paragraph \d+/.test(text));

  it("naming an outlet answers the thread's question for that outlet, in the thread", async () => {
    const ts = `${nowSeconds()}.000100`;
    await mention("EvThread1", "<@UBOT> how many heaters are being recalled", ts);
    await waitFor(() => postsIn("C0THREAD").length === 1);
    const first = postsIn("C0THREAD")[0];
    expect(first?.params["thread_ts"]).toBe(ts);
    expect(citations(first).length).toBe(1);

    await mention(
      "EvThread2",
      "<@UBOT> and what did Valley 6 News say?",
      `${nowSeconds()}.000200`,
      ts,
    );
    await waitFor(() => postsIn("C0THREAD").length === 2);
    const followUp = postsIn("C0THREAD")[1];
    expect(followUp?.params["thread_ts"]).toBe(ts);
    expect(String(followUp?.params["text"])).toContain("how many heaters are being recalled");
    const cited = citations(followUp);
    expect(cited.length).toBeGreaterThan(0);
    for (const citation of cited) expect(citation).toContain("Valley 6 News");
  });

  it("in a DM, any reply in the answer's thread follows up: more, then a short question", async () => {
    const dm = (id: string, text: string, threadTs?: string) =>
      app.post(
        eventCallbackBody(id, {
          type: "message",
          channel_type: "im",
          channel: "D0FOLLOW",
          user: "U0REPORTER",
          text,
          ts: `${nowSeconds()}.${Math.floor(Math.random() * 1e6)}`,
          ...(threadTs ? { thread_ts: threadTs } : {}),
        }),
        JSON_TYPE,
      );
    await dm("EvDm1", "how many fires have been reported");
    await waitFor(() => postsIn("D0FOLLOW").length === 1);
    const answerTs = postedTs.get(postsIn("D0FOLLOW")[0] as RecordedCall) ?? "";
    await dm("EvDm2", "more", answerTs);
    await waitFor(() => postsIn("D0FOLLOW").length === 2);
    const more = postsIn("D0FOLLOW")[1];
    expect(more?.params["thread_ts"]).toBe(answerTs);
    expect(JSON.stringify(more?.params["blocks"])).toContain(DeskTexts.moreTitle);

    await dm("EvDm3", "who said so?", answerTs);
    await waitFor(() => postsIn("D0FOLLOW").length === 3);
    const who = postsIn("D0FOLLOW")[2];
    expect(String(who?.params["text"])).toContain("who said so");
    expect(citations(who).length).toBe(1);
  });
});
