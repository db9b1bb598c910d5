import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { hideTokens } from "../../../render/blocks/hide-tokens.js";
import { buildHomeView } from "../../../render/blocks/home-view-builder.js";
import { describeError } from "../../redacting-logger.js";
import type { ListenerDeps } from "../listener-deps.js";

export type HomeOpenedArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<"app_home_opened">;

/** The App Home tab, published each time a person opens it: every desk as it is now. */
export function appHomeOpenedHandler(deps: ListenerDeps) {
  return async ({ event, client, logger }: HomeOpenedArgs): Promise<void> => {
    if (event.tab !== undefined && event.tab !== "home") return;
    const view = hideTokens(
      buildHomeView(
        deps.newsroom.desks.map((desk) => ({
          profile: desk.profile,
          articles: desk.current.articles,
        })),
      ),
    );
    try {
      await client.views.publish({
        user_id: event.user,
        view: { type: "home", blocks: [...view.blocks] },
      });
    } catch (error) {
      logger.error(`publishing the Home tab failed: ${describeError(error)}`);
    }
  };
}
