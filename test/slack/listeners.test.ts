import { beforeAll, describe, expect, it } from "vitest";
import { fixedNewsroom } from "../../src/desk/newsroom-view.js";
import { openDesk, type StoryDesk } from "../../src/desk/story-desk.js";
import { AnswerActions, encodeButtonValue } from "../../src/render/blocks/answer-actions.js";
import { DeskTexts } from "../../src/render/blocks/desk-texts.js";
import { moreQuotesHandler } from "../../src/slack/listeners/actions/more-quotes.js";
import {
  type ButtonArgs,
  shareAnswerHandler,
} from "../../src/slack/listeners/actions/share-answer.js";
import {
  type CommandArgs,
  deskCommandHandler,
} from "../../src/slack/listeners/commands/desk-command.js";
import {
  appHomeOpenedHandler,
  type HomeOpenedArgs,
} from "../../src/slack/listeners/events/app-home-opened.js";
import {
  appMentionHandler,
  type MentionArgs,
} from "../../src/slack/listeners/events/app-mention.js";
import {
  directMessageHandler,
  type MessageArgs,
} from "../../src/slack/listeners/messages/direct-message.js";
import {
  brokenDesk,
  fakeClient,
  fakeLogger,
  fakeReplies,
  loadSeedDesk,
  makeDeps,
  onDuty,
} from "../support/listener-fakes.js";

let desk: StoryDesk;
beforeAll(async () => {
  desk = await loadSeedDesk();
});

const context = { botUserId: "UBOT", botId: "BBOT", isEnterpriseInstall: false };

function commandArgs(text: string, replies = fakeReplies()) {
  const { logger, errors } = fakeLogger();
  const command = {
    command: "/iraq",
    text,
    user_id: "U1",
    channel_id: "C1",
    response_url: "http://fake/respond",
  };
  const args = {
    ...replies,
    command,
    payload: command,
    body: command,
    logger,
    context,
  } as unknown as CommandArgs;
  return { args, replies, errors };
}

describe("the /iraq command", () => {
  it("acknowledges first, then answers privately with the cited answer", async () => {
    const { args, replies } = commandArgs("how many rockets were fired");
    await deskCommandHandler(makeDeps(desk))(args);
    expect(replies.steps).toEqual(["ack", "respond"]);
    const reply = replies.responses[0] ?? {};
    expect(reply["response_type"]).toBe("ephemeral");
    expect(JSON.stringify(reply["blocks"])).toContain("how many rockets were fired");
    expect(typeof reply["text"]).toBe("string");
  });

  it("shows usage for no text and for help", async () => {
    for (const text of ["", "help"]) {
      const { args, replies } = commandArgs(text);
      await deskCommandHandler(makeDeps(desk))(args);
      expect(String(replies.responses[0]?.["text"])).toContain("/iraq compare TOPIC");
    }
  });

  it("reads Slack's escaping back before answering, and escapes once when echoing", async () => {
    const { args, replies } = commandArgs("rockets &amp; launchers &lt;b&gt;");
    await deskCommandHandler(makeDeps(desk))(args);
    const sent = JSON.stringify(replies.responses[0]);
    expect(sent).toContain("rockets &amp; launchers &lt;b&gt;");
    expect(sent).not.toContain("&amp;amp;");
  });

  it("answers from the desk as it is now, when the desk is swapped for a reloaded one", async () => {
    const live = { ...onDuty(desk), current: desk };
    const deps = makeDeps(fixedNewsroom([live]));
    live.current = openDesk([]);
    const { args, replies } = commandArgs("sources");
    await deskCommandHandler(deps)(args);
    expect(replies.responses[0]?.["text"]).toBe(DeskTexts.noArticles);
  });

  it("on a failure, logs the details and tells the asker a short apology", async () => {
    const { args, replies, errors } = commandArgs("how many rockets were fired");
    await deskCommandHandler(makeDeps(brokenDesk(desk)))(args);
    expect(replies.steps).toEqual(["ack", "respond"]);
    expect(replies.responses[0]).toMatchObject({
      response_type: "ephemeral",
      text: DeskTexts.apology,
    });
    expect(errors.join("\n")).toContain("index unavailable");
  });
});

function mentionArgs(event: Record<string, unknown>, client = fakeClient()) {
  const { logger, errors } = fakeLogger();
  const args = {
    event,
    payload: event,
    body: { event },
    client: client.client,
    logger,
    context,
  } as unknown as MentionArgs;
  return { args, client, errors };
}

describe("mentions", () => {
  const mention = {
    type: "app_mention",
    user: "U1",
    text: "<@UBOT> how many rockets were fired",
    channel: "C1",
    ts: "10.1",
  };

  it("are answered in the message's thread, without the bot's own mention in the question", async () => {
    const { args, client } = mentionArgs(mention);
    await appMentionHandler(makeDeps(desk))(args);
    expect(client.posts).toHaveLength(1);
    expect(client.posts[0]).toMatchObject({ channel: "C1", thread_ts: "10.1" });
    expect(JSON.stringify(client.posts[0])).not.toContain("UBOT");
  });

  it("inside a thread are answered in that thread", async () => {
    const { args, client } = mentionArgs({ ...mention, ts: "10.2", thread_ts: "9.9" });
    await appMentionHandler(makeDeps(desk))(args);
    expect(client.posts[0]).toMatchObject({ thread_ts: "9.9" });
  });

  it("from bots, from the app itself, or edited, are ignored", async () => {
    const deps = makeDeps(desk);
    for (const event of [
      { ...mention, bot_id: "B2", ts: "11.1" },
      { ...mention, user: "UBOT", ts: "11.2" },
      { ...mention, edited: { user: "U1", ts: "11.4" }, ts: "11.3" },
    ]) {
      const { args, client } = mentionArgs(event);
      await appMentionHandler(deps)(args);
      expect(client.posts).toEqual([]);
    }
  });

  it("are answered once, even when the same message arrives twice", async () => {
    const deps = makeDeps(desk);
    const client = fakeClient();
    await appMentionHandler(deps)(mentionArgs({ ...mention, ts: "12.1" }, client).args);
    await appMentionHandler(deps)(mentionArgs({ ...mention, ts: "12.1" }, client).args);
    expect(client.posts).toHaveLength(1);
  });

  it("get an apology in the thread when answering fails", async () => {
    const client = fakeClient({ failPosts: ["invalid_blocks"] });
    const { args, errors } = mentionArgs({ ...mention, ts: "13.1" }, client);
    await appMentionHandler(makeDeps(desk))(args);
    expect(client.posts).toEqual([
      expect.objectContaining({ text: DeskTexts.apology, thread_ts: "13.1" }),
    ]);
    expect(errors.join("\n")).toContain("invalid_blocks");
  });
});

function messageArgs(message: Record<string, unknown>, client = fakeClient()) {
  const { logger } = fakeLogger();
  const args = {
    message,
    event: message,
    payload: message,
    body: { event: message },
    client: client.client,
    logger,
    context,
  } as unknown as MessageArgs;
  return { args, client };
}

describe("direct messages", () => {
  const dm = {
    type: "message",
    channel_type: "im",
    channel: "D1",
    user: "U1",
    text: "sources",
    ts: "20.1",
  };

  it("are answered in the DM", async () => {
    const { args, client } = messageArgs(dm);
    await directMessageHandler(makeDeps(desk))(args);
    expect(client.posts).toHaveLength(1);
    expect(client.posts[0]).toMatchObject({ channel: "D1" });
    expect(client.posts[0]?.["thread_ts"]).toBeUndefined();
  });

  it("only: channel messages, bot messages, edits and other subtypes are ignored", async () => {
    const deps = makeDeps(desk);
    for (const message of [
      { ...dm, channel_type: "channel", ts: "21.1" },
      { ...dm, subtype: "bot_message", bot_id: "B2", ts: "21.2" },
      { ...dm, bot_id: "B2", ts: "21.3" },
      { ...dm, user: "UBOT", ts: "21.4" },
      { ...dm, subtype: "message_changed", ts: "21.5" },
      { ...dm, subtype: "message_deleted", ts: "21.6" },
    ]) {
      const { args, client } = messageArgs(message);
      await directMessageHandler(deps)(args);
      expect(client.posts).toEqual([]);
    }
  });
});

describe("the App Home tab", () => {
  it("is published for whoever opened it", async () => {
    const client = fakeClient();
    const { logger } = fakeLogger();
    const event = { type: "app_home_opened", user: "U7", channel: "D7", tab: "home" };
    await appHomeOpenedHandler(makeDeps(desk))({
      event,
      client: client.client,
      logger,
      context,
    } as unknown as HomeOpenedArgs);
    expect(client.publishes).toHaveLength(1);
    expect(client.publishes[0]).toMatchObject({ user_id: "U7", view: { type: "home" } });
    await appHomeOpenedHandler(makeDeps(desk))({
      event: { ...event, tab: "messages" },
      client: client.client,
      logger,
      context,
    } as unknown as HomeOpenedArgs);
    expect(client.publishes).toHaveLength(1);
  });
});

function buttonArgs(
  actionId: string,
  value: string | undefined,
  client = fakeClient(),
  channel: string | null = "C5",
) {
  const replies = fakeReplies();
  const { logger } = fakeLogger();
  const action = {
    type: "button",
    action_id: actionId,
    block_id: "b",
    value,
    text: { type: "plain_text", text: "x" },
    action_ts: "1",
  };
  const body = {
    type: "block_actions",
    user: { id: "U9" },
    ...(channel ? { channel: { id: channel } } : {}),
    container: { type: "message" },
    actions: [action],
    response_url: "http://fake/r",
  };
  const args = {
    ...replies,
    action,
    body,
    payload: action,
    client: client.client,
    logger,
    context,
  } as unknown as ButtonArgs;
  return { args, replies, client };
}

describe("the answer's buttons", () => {
  const value = encodeButtonValue({
    question: "how many rockets were fired",
    mode: "ask",
    from: 0,
  });

  it("Share in channel posts the answer visibly, saying who asked", async () => {
    const { args, replies, client } = buttonArgs(AnswerActions.share, value);
    await shareAnswerHandler(makeDeps(desk))(args);
    expect(replies.steps[0]).toBe("ack");
    expect(client.posts).toHaveLength(1);
    expect(client.posts[0]).toMatchObject({ channel: "C5" });
    expect(JSON.stringify(client.posts[0])).toContain("<@U9> asked");
    expect(JSON.stringify(client.posts[0])).not.toContain(AnswerActions.share);
  });

  it("Share in channel explains when the bot cannot post there", async () => {
    const { args, replies } = buttonArgs(
      AnswerActions.share,
      value,
      fakeClient({ failPosts: ["not_in_channel"] }),
    );
    await shareAnswerHandler(makeDeps(desk))(args);
    expect(replies.responses).toEqual([
      expect.objectContaining({ text: DeskTexts.cannotPostHere }),
    ]);
  });

  it("a button this app did not write is answered as expired", async () => {
    const { args, replies, client } = buttonArgs(AnswerActions.share, "garbage");
    await shareAnswerHandler(makeDeps(desk))(args);
    expect(client.posts).toEqual([]);
    expect(replies.responses).toEqual([expect.objectContaining({ text: DeskTexts.staleButton })]);
  });

  it("More quotes on an expired button says so, privately", async () => {
    const { args, replies } = buttonArgs(AnswerActions.moreQuotes, "{}");
    await moreQuotesHandler(makeDeps(desk))(args);
    expect(replies.responses).toEqual([
      { response_type: "ephemeral", replace_original: false, text: DeskTexts.staleButton },
    ]);
  });

  it("More quotes answers privately with the next quotes", async () => {
    const more = encodeButtonValue({
      question: "how many rockets were fired",
      mode: "ask",
      from: 1,
    });
    const { args, replies } = buttonArgs(AnswerActions.moreQuotes, more);
    await moreQuotesHandler(makeDeps(desk))(args);
    expect(replies.steps).toEqual(["ack", "respond"]);
    expect(replies.responses[0]).toMatchObject({
      response_type: "ephemeral",
      replace_original: false,
    });
    expect(JSON.stringify(replies.responses[0])).toContain(DeskTexts.moreTitle);
  });
});
