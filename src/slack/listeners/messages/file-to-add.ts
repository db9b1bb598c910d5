import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from "@slack/bolt";
import { SkipReason } from "../../../ingest/ingest-config.js";
import type { SlackMessage } from "../../../render/blocks/block-kit.js";
import { DeskTexts } from "../../../render/blocks/desk-texts.js";
import { escapeMrkdwn } from "../../../render/blocks/mrkdwn.js";
import { draftReply, shortReply } from "../../add-article-reply.js";
import { desksEditedBy } from "../../desk-editors.js";
import { describeError } from "../../redacting-logger.js";
import {
  downloadSlackFile,
  isArticleFile,
  type SharedFile,
  SlackFileLimits,
} from "../../slack-file.js";
import { deliverReply } from "../deliver-reply.js";
import type { ListenerDeps } from "../listener-deps.js";

export type FileShareArgs = AllMiddlewareArgs & SlackEventMiddlewareArgs<"message">;

/** The fields of a `file_share` message this listener reads. */
interface FileShareMessage {
  readonly channel: string;
  readonly user?: string;
  readonly ts: string;
  readonly files?: readonly SharedFile[];
}

/**
 * A file sent to the bot in a DM: from a desk editor, a text, Markdown or HTML file is
 * downloaded (with the bot token, at most 2 MiB), read, and previewed with Add and Cancel; anyone
 * else is told that only desk editors can add articles. Nothing is written before Add.
 */
export async function fileToAdd(deps: ListenerDeps, args: FileShareArgs): Promise<void> {
  const { context, client, logger } = args;
  const message = args.message as unknown as FileShareMessage;
  const user = message.user;
  if (!user || user === context.botUserId) return;
  if (!(await deps.answered.firstTime(`${message.channel}:${message.ts}`))) return;
  const post = (reply: SlackMessage) =>
    client.chat.postMessage({
      channel: message.channel,
      text: reply.text,
      blocks: [...reply.blocks],
      unfurl_links: false,
      unfurl_media: false,
    });
  await deps.work.track(
    deliverReply(
      {
        context: `a file sent by ${user} in ${message.channel}`,
        answer: async () => {
          const desks = desksEditedBy(deps.newsroom, user, deps.editors ?? []);
          if (desks.length === 0) return shortReply(escapeMrkdwn(DeskTexts.onlyEditors));
          const file = (message.files ?? []).find(isArticleFile);
          if (!file) return shortReply(escapeMrkdwn(DeskTexts.notAPage));
          const described = await describeFile(client, file, logger);
          const size = described.size ?? 0;
          if (size > SlackFileLimits.maxBytes)
            return shortReply(
              escapeMrkdwn(
                DeskTexts.cannotRead(SkipReason.tooLarge(size, SlackFileLimits.maxBytes)),
              ),
            );
          const url = described.url_private_download ?? described.url_private;
          const token = context.botToken;
          if (!url || !token) return shortReply(escapeMrkdwn(DeskTexts.cannotDownload));
          const download = await downloadSlackFile(url, token, client.slackApiUrl);
          if (!download.ok) {
            if (download.reason === "too-large")
              return shortReply(
                escapeMrkdwn(
                  DeskTexts.cannotRead(
                    SkipReason.tooLarge(SlackFileLimits.maxBytes + 2, SlackFileLimits.maxBytes),
                  ),
                ),
              );
            logger.warn(`a file from ${user} could not be downloaded (${download.reason})`);
            return shortReply(escapeMrkdwn(DeskTexts.cannotDownload));
          }
          return deps.work.answer(() =>
            draftReply(deps.drafts, user, desks, described.name ?? null, download.bytes),
          );
        },
        send: post,
        tellAsker: [(text) => client.chat.postMessage({ channel: message.channel, text })],
      },
      logger,
    ),
  );
}

/** What files.info says of the file (its size and download address); what the message said if it cannot. */
async function describeFile(
  client: FileShareArgs["client"],
  file: SharedFile,
  logger: FileShareArgs["logger"],
): Promise<SharedFile> {
  if (!file.id) return file;
  try {
    const info = await client.files.info({ file: file.id });
    return { ...file, ...(info.file as SharedFile | undefined) };
  } catch (error) {
    logger.warn(`files.info failed for a shared file: ${describeError(error)}`);
    return file;
  }
}
