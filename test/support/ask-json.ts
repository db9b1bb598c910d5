import { answerQuestion } from "../../src/answer/answer-question.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";
import { chooseDesk, openChosenDesk } from "../../src/newsroom/desk-choice.js";
import type { FoundDesk } from "../../src/newsroom/desk-folders.js";
import { answerJson } from "../../src/render/answer-json.js";

const opened = new Map<string, Promise<{ found: FoundDesk; desk: StoryDesk }>>();
const quiet = () => {};

async function openOnce(dir: string, deskId: string | undefined) {
  const found = await chooseDesk(dir, deskId, quiet);
  return { found, desk: await openChosenDesk(found, quiet, { cache: null }) };
}

/**
 * What `npm run ask -- --json --seeds DIR [--desk ID] QUESTION` prints, parsed: computed in this
 * process by the same steps (choose the desk, open it, answer, the CLI's JSON), without starting
 * a process, for tests about the answer rather than the process (cli.test.ts runs the process).
 * Each desk folder is opened once per test file; change its files and the answer does not follow.
 */
export async function askJson(dir: string, question: string, deskId?: string): Promise<unknown> {
  const key = `${dir}\n${deskId ?? ""}`;
  const desk = opened.get(key) ?? openOnce(dir, deskId);
  opened.set(key, desk);
  const { found, desk: story } = await desk;
  const answer = answerQuestion(story, question.trim());
  return JSON.parse(JSON.stringify({ ...answerJson(answer), desk: found.id }));
}
