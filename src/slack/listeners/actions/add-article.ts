import type { Logger } from "@slack/bolt";
import type { DeskOnDuty, NewsroomView } from "../../../desk/newsroom-view.js";
import { articleIdFor } from "../../../ingest/read-article.js";
import { writeArticleFile } from "../../../newsroom/add-article.js";
import { decodeDraftValue } from "../../../render/blocks/article-preview-builder.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { escapeMrkdwn } from "../../../render/blocks/mrkdwn.js";
import { desksEditedBy } from "../../desk-editors.js";
import { deskById } from "../../desk-routing.js";
import { describeError } from "../../redacting-logger.js";
import type { ListenerDeps } from "../listener-deps.js";
import type { ButtonClickArgs as ButtonArgs } from "./button-args.js";

/** How long to wait for live reload to take an added article in, and how often to look. */
export const SearchableWait = Object.freeze({ timeoutMs: 60_000, everyMs: 250 });

/**
 * Add: the draft's article file is written into the desk's folder (never over another file), the
 * preview says so, and once live reload has taken it in the editor is told it is searchable.
 */
export function addArticleHandler(deps: ListenerDeps) {
  return async ({ ack, action, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const say = (text: string, replace: boolean) =>
      respond({ response_type: "ephemeral", replace_original: replace, text }).catch(
        (error: unknown) => logger.error(`could not reply to Add: ${describeError(error)}`),
      );
    const value = decodeDraftValue(action.value);
    const draft = value ? (deps.drafts?.get(value.draft) ?? null) : null;
    if (!value || !draft) return void (await say(DeskTexts.draftGone, false));
    if (draft.editor !== body.user.id) return void (await say(DeskTexts.notYourDraft, false));
    const desk = value.desk ? deskById(deps.newsroom, value.desk) : null;
    const edits = desksEditedBy(deps.newsroom, body.user.id, deps.editors ?? []);
    if (!desk || !edits.some((d) => d.profile.id === desk.profile.id))
      return void (await say(desk ? DeskTexts.onlyEditors : DeskTexts.deskGone, false));
    const folder = desk.folder;
    if (!folder) return void (await say(DeskTexts.deskTakesNoFiles, false));
    if (!deps.drafts?.take(draft.id)) return void (await say(DeskTexts.draftGone, false));
    await deps.work.track(
      (async () => {
        let file: string;
        try {
          file = await writeArticleFile(folder, draft.stem, draft.text, draft.extension);
        } catch (error) {
          logger.error(
            `an article for ${desk.profile.id} could not be written: ${describeError(error)}`,
          );
          await say(DeskTexts.addFailed, false);
          return;
        }
        const name = escapeMrkdwn(desk.profile.name);
        const base = file.split(/[\\/]/).pop() ?? file;
        logger.info(`${body.user.id} added ${base} to the ${desk.profile.id} desk`);
        await say(DeskTexts.added(escapeMrkdwn(base), name), true);
        const searchable = await untilSearchable(
          deps.newsroom,
          desk.profile.id,
          articleIdFor(base),
        );
        await say(
          searchable
            ? DeskTexts.searchable(name, escapeMrkdwn(desk.profile.command))
            : DeskTexts.notYetSearchable(name),
          false,
        );
      })(),
    );
  };
}

/** Cancel: the draft is dropped and the preview says nothing was added. */
export function cancelArticleHandler(deps: ListenerDeps) {
  return async ({ ack, action, body, respond, logger }: ButtonArgs): Promise<void> => {
    await ack();
    const value = decodeDraftValue(action.value);
    const draft = value ? (deps.drafts?.get(value.draft) ?? null) : null;
    const mine = draft !== null && draft.editor === body.user.id;
    if (mine) deps.drafts?.take(draft.id);
    await respond({
      response_type: "ephemeral",
      replace_original: mine,
      text: mine ? DeskTexts.cancelled : draft ? DeskTexts.notYourDraft : DeskTexts.draftGone,
    }).catch((error: unknown) => logError(logger, error));
  };
}

function logError(logger: Logger, error: unknown): void {
  logger.error(`could not reply to Cancel: ${describeError(error)}`);
}

/** Waits until the desk (as the newsroom has it now) holds the article; false after the timeout. */
async function untilSearchable(
  newsroom: NewsroomView,
  deskId: string,
  articleId: string,
): Promise<boolean> {
  const deadline = Date.now() + SearchableWait.timeoutMs;
  const holds = (desk: DeskOnDuty | null) =>
    desk?.current.articles.some((article) => article.id === articleId) ?? false;
  while (Date.now() < deadline) {
    if (holds(deskById(newsroom, deskId))) return true;
    await new Promise((resolve) => setTimeout(resolve, SearchableWait.everyMs));
  }
  return holds(deskById(newsroom, deskId));
}
