import type { DeskOnDuty, NewsroomView } from "../desk/newsroom-view.js";

const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** STORY_DESK_EDITORS: Slack user ids (comma- or space-separated) who may add to every desk. */
export function editorsFrom(env: NodeJS.ProcessEnv): string[] {
  return (env["STORY_DESK_EDITORS"] ?? "")
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => USER_ID.test(id));
}

/** The desks this user may add articles to: those whose desk.yml names them, or all for a newsroom editor. */
export function desksEditedBy(
  newsroom: NewsroomView,
  user: string,
  newsroomEditors: readonly string[],
): DeskOnDuty[] {
  const everywhere = newsroomEditors.includes(user);
  return newsroom.desks.filter((desk) => everywhere || desk.profile.editors.includes(user));
}
