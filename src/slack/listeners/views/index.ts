import type { App, ViewSubmitAction } from "@slack/bolt";
import { FeedbackView } from "../../../render/blocks/feedback-modal-builder.js";
import type { ListenerDeps } from "../listener-deps.js";
import { feedbackViewHandler } from "./feedback-view.js";

export function register(app: App, deps: ListenerDeps): void {
  app.view<ViewSubmitAction>(FeedbackView.callbackId, feedbackViewHandler(deps));
}
