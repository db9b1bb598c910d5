import type { App } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { openDesk } from "../../src/desk/story-desk.js";
import { DESK_COMMANDS, deskCommandPattern } from "../../src/slack/listeners/commands/index.js";
import { registerListeners } from "../../src/slack/listeners/index.js";
import { DIRECT_MESSAGE_EVENT } from "../../src/slack/listeners/messages/direct-message.js";
import { SlackSurface } from "../../src/slack/slack-surface.js";
import { makeDeps } from "../support/listener-fakes.js";

/** An App stand-in that records what the listeners register. */
function recordingApp() {
  const registered = {
    commands: [] as (string | RegExp)[],
    events: [] as string[],
    actions: [] as string[],
    views: [] as string[],
    shortcuts: [] as string[],
    messages: 0,
  };
  const app = {
    command: (name: string | RegExp) => registered.commands.push(name),
    event: (name: string) => registered.events.push(name),
    action: (id: string) => registered.actions.push(id),
    view: (id: string) => registered.views.push(id),
    shortcut: (id: string) => registered.shortcuts.push(id),
    message: () => {
      registered.messages += 1;
    },
  } as unknown as App;
  return { app, registered };
}

describe("the Slack surface", () => {
  it("lists exactly the commands, bot events and actions the listeners register", () => {
    const { app, registered } = recordingApp();
    registerListeners(app, makeDeps(openDesk([])));
    // One listener takes every desk's command, whatever desks there are now or later.
    expect(registered.commands).toEqual([DESK_COMMANDS]);
    expect(registered.messages).toBe(1);
    const events = [...registered.events, DIRECT_MESSAGE_EVENT].sort();
    expect(events).toEqual([...SlackSurface.botEvents].sort());
    expect([...registered.actions].sort()).toEqual([...SlackSurface.actions].sort());
    expect([...registered.views].sort()).toEqual([...SlackSurface.views].sort());
    expect([...registered.shortcuts].sort()).toEqual([...(SlackSurface.shortcuts ?? [])].sort());
    expect(SlackSurface.webApiMethods).toEqual(
      expect.arrayContaining(["auth.test", "chat.postMessage", "views.publish"]),
    );
  });
});

describe("the desks' command listener", () => {
  it("takes any slash command, so that a desk added while the bot runs is answered", () => {
    for (const command of ["/flood", "/council-vote", "/a"])
      expect(DESK_COMMANDS.test(command)).toBe(true);
    expect(DESK_COMMANDS.test("flood")).toBe(false);
  });

  it("leaves the app's own fixed commands to their listeners", () => {
    const pattern = deskCommandPattern(["/storydesk", "/add.article"]);
    expect(pattern.test("/storydesk")).toBe(false);
    expect(pattern.test("/add.article")).toBe(false);
    expect(pattern.test("/addxarticle")).toBe(true);
    expect(pattern.test("/storydesk-flood")).toBe(true);
    expect(pattern.test("/flood")).toBe(true);
  });
});
