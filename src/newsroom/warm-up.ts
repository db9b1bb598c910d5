import v8 from "node:v8";
import vm from "node:vm";
import { answerQuestion } from "../answer/answer-question.js";
import { prepareComparison } from "../compare/compare-sources.js";
import { openDesk, type StoryDesk } from "../desk/story-desk.js";
import { WARM_UP_QUESTIONS, warmUpArticles } from "./warm-up-sample.js";

const WARM_UP_OPENERS = ["who", "how many", "what did"];
/** Past this many articles, the first question would meet cold code in more places: warm up longer. */
const WARM_UP_LARGE_DESK = 200;
/** Warming up stops after this long: on an archive each question costs more, and start-up waits. */
const WARM_UP_BUDGET_MS = 1500;

/**
 * Does now what the first question would pay for: reads the desk for the comparison, and answers
 * a few questions made of the desk's own words, so that the first real question runs on warm code
 * (a one-question command-line run reports its time; a Slack reply has 3 seconds). Returns the desk.
 */
export function warmUpDesk(desk: StoryDesk): StoryDesk {
  warmUpOnSample(desk);
  try {
    prepareComparison(desk);
  } catch {
    // Reading ahead only saves the first question time; a page it fails on must not close the desk.
  }
  const count = desk.articles.length > WARM_UP_LARGE_DESK ? 12 : 3;
  const openings = desk.articles.slice(0, count).flatMap((article) => article.passages.slice(0, 1));
  const started = performance.now();
  for (const [i, passage] of openings.entries()) {
    if (performance.now() - started > WARM_UP_BUDGET_MS) break;
    const words = passage.text.match(/\p{L}{5,}/gu)?.slice(0, 3) ?? [];
    const opener = WARM_UP_OPENERS[i % WARM_UP_OPENERS.length];
    if (words.length > 0) answerQuestion(desk, `${opener} ${words.join(" ")}`);
  }
  collectGarbage();
  return desk;
}

/**
 * Answers the built-in sample story's questions on a desk of its own, with this desk's settings:
 * the language tagger and the comparison then meet real sentences (names, quotations, counts)
 * before a reporter's first question does, whatever this desk's own opening passages hold.
 */
function warmUpOnSample(desk: StoryDesk): void {
  const sample = openDesk(warmUpArticles(), desk.settings);
  for (const question of WARM_UP_QUESTIONS) answerQuestion(sample, question);
}

/**
 * Collects what opening the desk left behind (a large desk's reading makes much garbage) before
 * the first question, which would otherwise pay for the collection of the old generation.
 */
function collectGarbage(): void {
  try {
    v8.setFlagsFromString("--expose-gc");
    (vm.runInNewContext("gc") as () => void)();
  } catch {
    // A runtime that does not allow it collects when it needs to, as before.
  }
}
