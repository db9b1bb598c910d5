import type { DeskProfile } from "./desk-profile.js";
import type { StoryDesk } from "./story-desk.js";

/**
 * One desk as the transports see it: its profile and the desk to answer from now (a live desk
 * swaps `current` when its folder changes, so read it afresh for every question).
 */
export interface DeskOnDuty {
  readonly profile: DeskProfile;
  readonly current: StoryDesk;
  /** The desk's folder, where an article added from Slack is written; null for an in-memory desk. */
  readonly folder?: string | null;
}

/**
 * Every desk of the newsroom, read afresh for every question (desks come and go while the bot
 * runs). The transports (Slack, console, CLI) route with these and nothing else.
 */
export interface NewsroomView {
  /** The desks, by id. */
  readonly desks: readonly DeskOnDuty[];
  /** The desk for DMs and unbound channels: the one marked default, else the first by id. */
  readonly defaultDesk: DeskOnDuty | null;
}

/** A newsroom that does not change: tests, and one-shot command-line runs. */
export function fixedNewsroom(desks: readonly DeskOnDuty[]): NewsroomView {
  const sorted = [...desks].sort((a, b) => a.profile.id.localeCompare(b.profile.id));
  return Object.freeze({
    desks: sorted,
    defaultDesk: sorted.find((desk) => desk.profile.isDefault) ?? sorted[0] ?? null,
  });
}

const commandWord = (command: string): string => command.replace(/^\//, "").toLowerCase();

/** The desk that answers a slash command ("/storm" or "storm"), or null. */
export function deskForCommand(newsroom: NewsroomView, command: string): DeskOnDuty | null {
  const word = commandWord(command.trim());
  return newsroom.desks.find((desk) => commandWord(desk.profile.command) === word) ?? null;
}

/** The desk bound to a channel by its `channels`, or null. */
export function deskForChannel(newsroom: NewsroomView, channel: string): DeskOnDuty | null {
  return newsroom.desks.find((desk) => desk.profile.channels.includes(channel)) ?? null;
}

/**
 * The desk a mention or DM asks, and the question left once a leading command word is taken
 * off: `storm where …` or `/storm where …` asks that desk; else the channel's desk; else the default.
 */
export function routeQuestion(
  newsroom: NewsroomView,
  text: string,
  channel: string | null,
): { readonly desk: DeskOnDuty | null; readonly text: string } {
  const match = /^\s*\/?([\p{L}\p{N}_-]+)(?:\s+|$)/u.exec(text);
  if (match?.[1]) {
    const named = deskForCommand(newsroom, match[1]);
    if (named) return { desk: named, text: text.slice(match[0].length) };
  }
  const bound = channel === null ? null : deskForChannel(newsroom, channel);
  return { desk: bound ?? newsroom.defaultDesk, text };
}
