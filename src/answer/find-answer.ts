import type { CandidateStore, StoryDesk } from "../desk/story-desk.js";
import type { Answer } from "./answer.js";
import { answerFromRanked, answerQuestion } from "./answer-question.js";

/**
 * Answers a question the way the desk keeps its candidates: from its own index, or, when a
 * store keeps them (the PostgreSQL archive), from the store's candidates and typo lookalikes
 * ranked by the desk's engine in process. When the store fails (it says so in its log), the
 * desk answers from what it holds in process: the articles it last loaded.
 */
export async function findAnswer(desk: StoryDesk, question: string): Promise<Answer> {
  const { store } = desk;
  if (!store) return answerQuestion(desk, question);
  // A store whose reloads update the engine in place holds it for the whole question.
  return store.hold
    ? store.hold((now) => storeOrInProcess(now, question))
    : storeOrInProcess(desk, question);
}

/** The store's answer, or (when the store fails) the desk's own in process. */
async function storeOrInProcess(desk: StoryDesk, question: string): Promise<Answer> {
  try {
    return desk.store
      ? await answerFromStore(desk, desk.store, question)
      : answerQuestion(desk, question);
  } catch {
    return answerQuestion(desk, question);
  }
}

/**
 * Answers from a store's candidates: the lookalikes of the question's words the desk lacks, and
 * the postings of the terms the engine selects candidates by; the engine ranks them as in
 * process, so the answer is the one the desk gives in process. A store failure is thrown.
 */
export async function answerFromStore(
  desk: StoryDesk,
  store: CandidateStore,
  question: string,
): Promise<Answer> {
  const started = performance.now();
  const query = question.trim();
  const { index } = desk;
  const typos = index.typoWords(query);
  if (typos.length === 0) {
    const postings = await store.postings(index.candidateTerms(query));
    return answerFromRanked(desk, query, index.search(query, postings).ranked, started);
  }
  // The lookalikes and the postings of the words the desk knows are read side by side; then
  // the postings of the corrections, if they add terms.
  const known = index.candidateTerms(query, new Map(typos.map((word) => [word, []])));
  const [lookalikes, knownPostings] = await Promise.all([
    store.lookalikes(typos),
    store.postings(known),
  ]);
  const read = new Set(known);
  const more = index.candidateTerms(query, lookalikes).filter((term) => !read.has(term));
  const postings =
    more.length === 0
      ? knownPostings
      : new Map([...knownPostings, ...(await store.postings(more))]);
  const { ranked } = index.search(query, postings, lookalikes);
  return answerFromRanked(desk, query, ranked, started);
}
