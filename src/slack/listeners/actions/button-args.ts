import type {
  AllMiddlewareArgs,
  BlockAction,
  ButtonAction,
  SlackActionMiddlewareArgs,
} from "@slack/bolt";

/** What Bolt gives a button's listener. */
export type ButtonClickArgs = AllMiddlewareArgs &
  SlackActionMiddlewareArgs<BlockAction<ButtonAction>>;
