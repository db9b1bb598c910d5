import type { DeskProfile } from "../desk/desk-profile.js";
import type { DeskOnDuty, NewsroomView } from "../desk/newsroom-view.js";
import type { ReplyOptions } from "./desk-reply.js";

/** The desk with this id, or null (a desk removed since its button was made). */
export function deskById(newsroom: NewsroomView, id: string): DeskOnDuty | null {
  return newsroom.desks.find((desk) => desk.profile.id === id) ?? null;
}

/**
 * The desk a button answers from: the one whose id it carries (null when that desk is gone);
 * a button made before buttons carried a desk answers from the default desk.
 */
export function deskOfButton(
  newsroom: NewsroomView,
  deskId: string | undefined,
): DeskOnDuty | null {
  return deskId === undefined ? newsroom.defaultDesk : deskById(newsroom, deskId);
}

/** How a reply from `desk` names itself and lists the newsroom's desks (in help). */
export function replyOptionsFor(
  newsroom: NewsroomView,
  desk: DeskOnDuty,
  shareable: boolean,
): ReplyOptions {
  return {
    shareable,
    profile: desk.profile,
    desks: newsroom.desks.map((onDuty) => onDuty.profile),
    defaultDesk: newsroom.defaultDesk?.profile ?? null,
  };
}

/** Every desk's profile, for help and for a command no desk answers. */
export function deskProfiles(newsroom: NewsroomView): DeskProfile[] {
  return newsroom.desks.map((desk) => desk.profile);
}

/** Articles over all desks, as they are now (the health check). */
export function newsroomArticles(newsroom: NewsroomView): number {
  return newsroom.desks.reduce((sum, desk) => sum + desk.current.articles.length, 0);
}

/** How many desks the start log names one by one before it says how many more there are. */
export const DESKS_NAMED_AT_START = 8;

/**
 * What the start log says the bot serves: the count of desks and articles, then each desk's
 * command, name and articles ("2 desks, 7 articles: /harbour Harbour strike (4), /vote Council
 * vote (3)"), the first few by id and "… and N more" past them.
 */
export function servingLine(newsroom: NewsroomView): string {
  const { desks } = newsroom;
  const articles = newsroomArticles(newsroom);
  const count = `${counted(desks.length, "desk")}, ${counted(articles, "article")}`;
  if (desks.length === 0) return count;
  const named = desks
    .slice(0, DESKS_NAMED_AT_START)
    .map(
      (desk) => `${desk.profile.command} ${desk.profile.name} (${desk.current.articles.length})`,
    );
  const more = desks.length - named.length;
  return `${count}: ${named.join(", ")}${more > 0 ? ` and ${more} more` : ""}`;
}

const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? "" : "s"}`;
