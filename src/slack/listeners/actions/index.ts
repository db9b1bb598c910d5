import type { App, BlockAction, ButtonAction } from "@slack/bolt";
import { AnswerActions } from "../../../render/blocks/answer-actions.js";
import { ArticleActions } from "../../../render/blocks/article-preview-builder.js";
import type { ListenerDeps } from "../listener-deps.js";
import { addArticleHandler, cancelArticleHandler } from "./add-article.js";
import { feedbackRightHandler, feedbackWrongHandler } from "./feedback-buttons.js";
import { howTheyDifferHandler } from "./how-they-differ.js";
import { moreQuotesHandler } from "./more-quotes.js";
import { shareAnswerHandler } from "./share-answer.js";

export function register(app: App, deps: ListenerDeps): void {
  app.action<BlockAction<ButtonAction>>(AnswerActions.share, shareAnswerHandler(deps));
  app.action<BlockAction<ButtonAction>>(AnswerActions.moreQuotes, moreQuotesHandler(deps));
  app.action<BlockAction<ButtonAction>>(AnswerActions.howTheyDiffer, howTheyDifferHandler(deps));
  app.action<BlockAction<ButtonAction>>(AnswerActions.right, feedbackRightHandler(deps));
  app.action<BlockAction<ButtonAction>>(AnswerActions.wrong, feedbackWrongHandler(deps));
  app.action<BlockAction<ButtonAction>>(ArticleActions.add, addArticleHandler(deps));
  app.action<BlockAction<ButtonAction>>(ArticleActions.cancel, cancelArticleHandler(deps));
}
