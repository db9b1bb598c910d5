import type { Answer } from "../answer/answer.js";
import { parseDeskCommand } from "../commands/desk-command.js";
import { type FollowUp, readFollowUp, type ThreadTopic } from "../commands/follow-up.js";
import { type DeskOnDuty, type NewsroomView, routeQuestion } from "../desk/newsroom-view.js";
import { outletName } from "../ingest/article.js";
import { AnswerLayout } from "../render/blocks/answer-blocks-builder.js";
import type { SlackMessage } from "../render/blocks/block-kit.js";
import { buildHelpBlocks } from "../render/blocks/help-blocks-builder.js";
import { findAnsweredReply, findDeskReply } from "./desk-reply.js";
import { deskById, replyOptionsFor } from "./desk-routing.js";

/** A reply in a conversation, and what its thread is about from now on (null: as it was). */
export interface ConversationAnswer {
  readonly message: SlackMessage;
  readonly topic: ThreadTopic | null;
}

/**
 * What the bot says to a mention or a DM. In a thread it answered (`prior`), the message is read
 * against the thread's question (an outlet named, "more", a short question: see follow-up.ts),
 * from the desk that answered it; a desk's command word, help, sources or compare are taken as
 * they are. Elsewhere it is routed as any question: a leading command word, the channel's desk,
 * the default desk.
 */
export async function conversationAnswer(
  newsroom: NewsroomView,
  question: string,
  where: { readonly channel: string | null; readonly prior: ThreadTopic | null },
): Promise<ConversationAnswer> {
  const routed = routeQuestion(newsroom, question, where.channel);
  const namesDesk = routed.text !== question;
  const priorDesk = where.prior ? deskById(newsroom, where.prior.desk) : null;
  if (where.prior && priorDesk && !namesDesk) {
    const command = parseDeskCommand(question);
    if (command.kind === "ask") {
      const outlets = priorDesk.current.articles.map((article) => ({
        source: article.id,
        outlet: outletName(article),
      }));
      return followUpAnswer(priorDesk, where.prior, readFollowUp(where.prior, question, outlets));
    }
  }
  if (routed.desk === null)
    return { message: buildHelpBlocks({ asked: null, desks: [] }), topic: null };
  const command = parseDeskCommand(routed.text);
  const options = replyOptionsFor(newsroom, routed.desk, false);
  if (command.kind === "ask" || command.kind === "compare") {
    const mode = command.kind;
    const text = command.kind === "ask" ? command.question : command.topic;
    const { answer, message } = await findAnsweredReply(routed.desk.current, text, mode, {
      desk: routed.desk.profile.id,
    });
    return { message, topic: topicOf(routed.desk, answer, mode) };
  }
  return { message: await findDeskReply(routed.desk.current, command, options), topic: null };
}

async function followUpAnswer(
  desk: DeskOnDuty,
  prior: ThreadTopic,
  follow: FollowUp,
): Promise<ConversationAnswer> {
  const current = desk.current;
  const id = desk.profile.id;
  switch (follow.kind) {
    case "more": {
      const { message } = await findAnsweredReply(current, follow.question, prior.mode, {
        from: Math.max(1, follow.from),
        desk: id,
      });
      return {
        message,
        topic: { ...prior, nextFrom: Math.max(1, follow.from) + AnswerLayout.quotesPerMessage },
      };
    }
    case "outlets": {
      const { answer, message } = await findAnsweredReply(current, follow.question, "ask", {
        outlets: follow.outlets,
        desk: id,
      });
      return {
        message,
        topic: { ...topicOf(desk, answer, "ask"), outlets: follow.outlets },
      };
    }
    case "ask": {
      const { answer, message } = await findAnsweredReply(current, follow.question, "ask", {
        desk: id,
      });
      return { message, topic: topicOf(desk, answer, "ask") };
    }
  }
}

/** What a thread remembers of an answer: the desk, the question, the outlets quoted best first. */
function topicOf(desk: DeskOnDuty, answer: Answer, mode: "ask" | "compare"): ThreadTopic {
  const quoted = [...new Set(answer.quotes.map((quote) => quote.source))];
  return { desk: desk.profile.id, question: answer.query, mode, quoted, nextFrom: 1 };
}
