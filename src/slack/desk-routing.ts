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
