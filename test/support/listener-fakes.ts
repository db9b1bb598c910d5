import type { Logger } from "@slack/bolt";
import { vi } from "vitest";
import { type DeskProfile, defaultProfile } from "../../src/desk/desk-profile.js";
import { type DeskOnDuty, fixedNewsroom, type NewsroomView } from "../../src/desk/newsroom-view.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";
import { openDeskFolder } from "../../src/newsroom/open-desk-folder.js";
import { DeskWork } from "../../src/slack/desk-work.js";
import type { ListenerDeps } from "../../src/slack/listeners/listener-deps.js";
import { RecentKeys } from "../../src/slack/recent-keys.js";

/** Fakes for calling listener handlers directly, as the Bolt starter template's tests do. */

let seedDesk: Promise<StoryDesk> | null = null;
export function loadSeedDesk(): Promise<StoryDesk> {
  seedDesk ??= openDeskFolder("seeds/iraq", () => {});
  return seedDesk;
}

/** A desk on duty under the profile of desk `id` (command "/" + id unless overridden). */
export function onDuty(
  desk: StoryDesk,
  id = "iraq",
  profile: Partial<DeskProfile> = {},
): DeskOnDuty {
  return { profile: { ...defaultProfile(id), ...profile }, current: desk };
}

/** Listener deps over a newsroom, or over one desk answering /iraq. */
export function makeDeps(desk: StoryDesk | NewsroomView): ListenerDeps {
  const newsroom = "desks" in desk ? desk : fixedNewsroom([onDuty(desk)]);
  return { newsroom, work: new DeskWork(), answered: new RecentKeys() };
}

/** A desk whose search always fails, to see how listeners handle an error while answering. */
export function brokenDesk(desk: StoryDesk): StoryDesk {
  return {
    ...desk,
    index: {
      search: () => {
        throw new Error("index unavailable");
      },
    } as unknown as StoryDesk["index"],
  };
}

export function fakeLogger() {
  const errors: string[] = [];
  const logger = {
    debug: vi.fn(),
    info: vi.fn(),
    warn: vi.fn(),
    error: vi.fn((...msg: unknown[]) => errors.push(msg.join(" "))),
    setLevel: vi.fn(),
    getLevel: vi.fn(),
    setName: vi.fn(),
  } as unknown as Logger;
  return { logger, errors };
}

/** A WebClient stand-in with the two methods the listeners call; `failPost` makes a post fail with a Slack error. */
export function fakeClient(options: { failPosts?: string[] } = {}) {
  const failures = [...(options.failPosts ?? [])];
  const posts: Record<string, unknown>[] = [];
  const ephemerals: Record<string, unknown>[] = [];
  const publishes: Record<string, unknown>[] = [];
  const client = {
    chat: {
      postMessage: vi.fn(async (message: Record<string, unknown>) => {
        const failure = failures.shift();
        if (failure)
          throw Object.assign(new Error(`An API error occurred: ${failure}`), {
            data: { ok: false, error: failure },
          });
        posts.push(message);
        return { ok: true };
      }),
      postEphemeral: vi.fn(async (message: Record<string, unknown>) => {
        ephemerals.push(message);
        return { ok: true };
      }),
    },
    views: {
      publish: vi.fn(async (view: Record<string, unknown>) => {
        publishes.push(view);
        return { ok: true };
      }),
    },
  };
  return { client, posts, ephemerals, publishes };
}

/** ack and respond that record, in order, what a handler did. */
export function fakeReplies() {
  const steps: string[] = [];
  const responses: Record<string, unknown>[] = [];
  const ack = vi.fn(async () => {
    steps.push("ack");
  });
  const respond = vi.fn(async (message: Record<string, unknown> | string) => {
    steps.push("respond");
    responses.push(typeof message === "string" ? { text: message } : message);
    return new Response("ok");
  });
  return { ack, respond, steps, responses };
}
