import { randomBytes } from "node:crypto";
import { link, unlink, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Writing an article added from Slack into its desk's folder: under a name made from its outlet
 * and date, never over a file already there; live reload then takes it in.
 */

export const AddArticleLimits = Object.freeze({
  /** Names tried ("…-2", "…-3") before giving up. */
  attempts: 50,
});

/**
 * Writes `text` into `folder` as `<stem>.txt`, or `<stem>-2.txt` and so on when that name is
 * taken: the whole file appears at once (written aside under a hidden name, then linked into
 * place, which never replaces a file), so a reload never reads half of it. Returns the file's path.
 */
export async function writeArticleFile(
  folder: string,
  stem: string,
  text: string,
  extension = ".txt",
): Promise<string> {
  const aside = path.join(folder, `.adding-${randomBytes(6).toString("hex")}.tmp`);
  await writeFile(aside, text, { encoding: "utf8", flag: "wx", mode: 0o644 });
  try {
    for (let attempt = 1; attempt <= AddArticleLimits.attempts; attempt += 1) {
      const name = `${stem}${attempt === 1 ? "" : `-${attempt}`}${extension}`;
      const target = path.join(folder, name);
      try {
        await link(aside, target);
        return target;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
    }
    throw new Error(
      `every name from ${stem}${extension} to -${AddArticleLimits.attempts} is taken`,
    );
  } finally {
    await unlink(aside).catch(() => undefined);
  }
}
