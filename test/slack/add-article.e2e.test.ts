import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DeskOnDuty, fixedNewsroom } from "../../src/desk/newsroom-view.js";
import { readDeskProfile } from "../../src/newsroom/desk-folders.js";
import { LiveDesk } from "../../src/newsroom/live-desk.js";
import { ArticleActions } from "../../src/render/blocks/article-preview-builder.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import type { FakeHandler, RecordedCall } from "../support/fake-slack-api.js";
import {
  FORM,
  type HttpDeskApp,
  startHttpDeskApp,
  TEST_BOT_TOKEN,
} from "../support/http-desk-app.js";
import { buttonClickBody, messageShortcutBody } from "../support/slack-interactions.js";
import { eventCallbackBody, nowSeconds, waitFor } from "../support/slack-requests.js";

const EDITOR = "U0EDITOR";
const PAGE = readFileSync("test/fixtures/slack/ferry-page.html");

let app: HttpDeskApp;
let live: LiveDesk;
let work: string;
let folder: string;

interface SentBlock {
  type: string;
  text?: { text: string };
  elements?: { text: { text: string } | string; action_id?: string; value?: string }[];
}

/** A made-up desk of one article, whose desk.yml names one editor. */
function writeDesk(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, "desk.yml"),
    `name: Island ferry\ncommand: /ferry\neditors: [${EDITOR}]\n`,
  );
  writeFileSync(
    path.join(dir, "island-courier-2025-06-02.txt"),
    [
      "---",
      "outlet: Island Courier",
      "headline: Ferry timetable changes for the summer",
      "published: 2025-06-02",
      "---",
      "The summer timetable for the island ferry starts next week, with an extra crossing on Saturdays, the operator said.",
      "",
      "Tickets for the early crossing can be booked online from Friday.",
    ].join("\n"),
  );
}

/** Slack's files.info for the shared page, and the page itself, downloaded with the bot token. */
const FILE_HANDLERS: Record<string, FakeHandler> = {
  "files.info": (call) => {
    const files = `http://${call.headers.host}/files/F0FERRY`;
    return {
      body: {
        ok: true,
        file: {
          id: call.params["file"],
          name: "ferry-page.html",
          filetype: "html",
          mimetype: "text/html",
          size: PAGE.byteLength,
          url_private: `${files}/ferry-page.html`,
          url_private_download: `${files}/download`,
        },
      },
    };
  },
  "/files/F0FERRY/download": (call) =>
    call.headers.authorization === `Bearer ${TEST_BOT_TOKEN}`
      ? { body: null, raw: { contentType: "text/html", data: PAGE } }
      : { status: 403, body: { ok: false } },
};

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), "story-desk-add-"));
  folder = path.join(work, "ferry");
  writeDesk(folder);
  const profile = await readDeskProfile({ id: "ferry", dir: folder }, () => {});
  live = (await LiveDesk.open(folder, () => {}, { cache: null, profile })).watch();
  const ferry: DeskOnDuty = {
    profile,
    get current() {
      return live.current;
    },
    folder,
  };
  app = await startHttpDeskApp({
    newsroom: fixedNewsroom([ferry]),
    env: { LOG_LEVEL: "error" },
    handlers: FILE_HANDLERS,
    feedbackFile: path.join(work, "feedback.jsonl"),
    editors: [],
  });
});

afterAll(async () => {
  await app?.stop();
  live?.close();
  rmSync(work, { recursive: true, force: true });
});

const post = (body: string, type = FORM) => app.post(body, type);
const postsIn = (channel: string) =>
  app.fake.callsTo("chat.postMessage").filter((call) => call.params["channel"] === channel);
const blocksOf = (call: RecordedCall | undefined) => (call?.params["blocks"] ?? []) as SentBlock[];
const textOf = (blocks: readonly SentBlock[]) =>
  blocks.map((block) => block.text?.text ?? JSON.stringify(block.elements ?? [])).join("\n");
const buttons = (blocks: readonly SentBlock[]) =>
  blocks.flatMap((block) => (block.type === "actions" ? (block.elements ?? []) : []));

/** Clicks the `actionId` button of `blocks` as `userId`; the app answers at response_url `name`. */
const click = (
  blocks: readonly SentBlock[],
  actionId: string,
  name: string,
  userId: string,
  channelId?: string,
) =>
  post(
    buttonClickBody(blocks, actionId, {
      responseUrl: app.fake.responseUrl(name),
      userId,
      ...(channelId ? { channelId } : {}),
    }),
  );

/** Uses the Add to desk shortcut on a message of `text`, as `userId`. */
const shortcut = (text: string, name: string, userId: string) =>
  post(
    messageShortcutBody({
      callbackId: "add_to_desk",
      text,
      responseUrl: app.fake.responseUrl(name),
      userId,
    }),
  );

function sendFile(user: string, channel: string) {
  return post(
    eventCallbackBody(`EvFile${user}${channel}`, {
      type: "message",
      subtype: "file_share",
      channel_type: "im",
      channel,
      user,
      text: "",
      ts: `${nowSeconds()}.${Math.floor(Math.random() * 1e6)}`,
      files: [{ id: "F0FERRY", name: "ferry-page.html", filetype: "html", mimetype: "text/html" }],
    }),
    "application/json",
  );
}

describe("adding an article from Slack", () => {
  let preview: SentBlock[] = [];

  it("previews an editor's HTML file privately: outlet, headline, date, paragraphs, what was left out, Add and Cancel", async () => {
    await sendFile(EDITOR, "D0EDITOR");
    await waitFor(() => postsIn("D0EDITOR").length === 1);
    preview = blocksOf(postsIn("D0EDITOR")[0]);
    const text = textOf(preview);
    expect(text).toContain(DeskTexts.previewTitle);
    expect(text).toContain("*Outlet:* Harbour Gazette");
    expect(text).toContain("*Headline:* Island ferry suspended after hull crack found");
    expect(text).toContain("*Date:* 2025-06-03");
    expect(text).toContain(DeskTexts.passageCounts(4, 0));
    expect(text).toContain("“Advertisement”");
    expect(text).toContain("“Share this article”");
    expect(
      buttons(preview).map((b) => (typeof b.text === "string" ? b.text : b.text.text)),
    ).toEqual([DeskTexts.addButton, DeskTexts.cancelButton]);
    // Downloaded with the bot token, once.
    expect(app.fake.callsTo("/files/F0FERRY/download")).toHaveLength(1);
  });

  it("tells anyone else politely that only desk editors can add, and downloads nothing", async () => {
    await sendFile("U0REPORTER", "D0REPORTER");
    await waitFor(() => postsIn("D0REPORTER").length === 1);
    expect(postsIn("D0REPORTER")[0]?.params["text"]).toBe(DeskTexts.onlyEditors);
    expect(app.fake.callsTo("/files/F0FERRY/download")).toHaveLength(1);
  });

  it("lets only the editor who sent it add it", async () => {
    await click(preview, ArticleActions.add, "not-mine", "U0OTHER", "D0EDITOR");
    await waitFor(() => app.replies("not-mine").length === 1);
    expect(app.replies("not-mine")[0]?.params["text"]).toBe(DeskTexts.notYourDraft);
  });

  it("on Add writes the file into the desk's folder, says when it is searchable, and the next question answers from it", async () => {
    await click(preview, ArticleActions.add, "add", EDITOR, "D0EDITOR");
    await waitFor(() => app.replies("add").length === 2, 30_000);
    const [added, searchable] = app.replies("add").map((call) => call.params);
    expect(added?.["replace_original"]).toBe(true);
    expect(String(added?.["text"])).toContain("harbour-gazette-2025-06-03.txt");
    expect(searchable?.["text"]).toBe(DeskTexts.searchable("Island ferry", "/ferry"));
    const written = readFileSync(path.join(folder, "harbour-gazette-2025-06-03.txt"), "utf8");
    expect(written).toContain("Nobody will sail on a vessel we are not sure of");
    expect(written).not.toContain("<p>");
    expect(readdirSync(folder).filter((name) => name.startsWith("."))).toEqual([]);

    await app.command("why is the ferry staying in port", "ask", { command: "/ferry" });
    await waitFor(() => app.replies("ask").length === 1);
    const answer = textOf(blocksOf(app.replies("ask")[0]));
    expect(answer).toContain("Harbour Gazette");
    expect(answer).toContain("found a crack in its hull");
  });

  it("never writes over an article: the same page again gets a name of its own", async () => {
    await sendFile(EDITOR, "D0EDITOR2");
    await waitFor(() => postsIn("D0EDITOR2").length === 1);
    const again = blocksOf(postsIn("D0EDITOR2")[0]);
    await click(again, ArticleActions.add, "add-again", EDITOR);
    await waitFor(() => app.replies("add-again").length >= 1);
    expect(String(app.replies("add-again")[0]?.params["text"])).toContain(
      "harbour-gazette-2025-06-03-2.txt",
    );
    // The first one is as it was; and a used preview adds nothing more.
    await click(again, ArticleActions.add, "add-twice", EDITOR);
    await waitFor(() => app.replies("add-twice").length === 1);
    expect(app.replies("add-twice")[0]?.params["text"]).toBe(DeskTexts.draftGone);
  });

  it("reads a page pasted in a message through the Add to desk shortcut; Cancel adds nothing", async () => {
    const pasted = [
      "Harbour Gazette",
      "Ferry crossings to resume on Friday",
      "June 12, 2025",
      "The island ferry will sail again on Friday after repairs to its hull were finished ahead of schedule, Kernow Sea Links said.",
      "Advertisement",
      "The first crossing leaves the mainland at 7 a.m. and tickets bought for cancelled sailings will be honoured, the company added.",
    ].join("\n\n");
    await shortcut(pasted.replace(/&/g, "&amp;"), "shortcut", EDITOR);
    await waitFor(() => app.replies("shortcut").length === 1);
    const shown = app.replies("shortcut")[0]?.params ?? {};
    expect(shown["response_type"]).toBe("ephemeral");
    const blocks = shown["blocks"] as SentBlock[];
    expect(textOf(blocks)).toContain("*Date:* 2025-06-12");
    expect(textOf(blocks)).toContain(DeskTexts.passageCounts(2, 0));
    const before = readdirSync(folder).sort();
    await click(blocks, ArticleActions.cancel, "cancel", EDITOR);
    await waitFor(() => app.replies("cancel").length === 1);
    expect(app.replies("cancel")[0]?.params["text"]).toBe(DeskTexts.cancelled);
    expect(readdirSync(folder).sort()).toEqual(before);

    await shortcut(pasted, "shortcut-reporter", "U0REPORTER");
    await waitFor(() => app.replies("shortcut-reporter").length === 1);
    expect(app.replies("shortcut-reporter")[0]?.params["text"]).toBe(DeskTexts.onlyEditors);
  });
});
