import { readFile } from "node:fs/promises";
import { afterAll, beforeAll } from "vitest";
import { parse } from "yaml";
import type { Answer } from "../../src/answer/answer.js";
import { answerQuestion } from "../../src/answer/answer-question.js";
import type { Comparison, SourceComparison } from "../../src/compare/comparison.js";
import { foldPhrase } from "../../src/compare/word-forms.js";
import type { StoryDesk } from "../../src/desk/story-desk.js";

/**
 * The comparison checks a desk editor would make (the format of
 * test/fixtures/desks/recall/comparison.yml), run through the ask path: one result per expected
 * item, so a desk's share of checks right can be reported (and split tuned / held out).
 */

export interface CheckResult {
  /** What kind of check: "figures", "attribution", "onlyIn", … */
  readonly kind: string;
  readonly question: string;
  /** The article ids the check is about (to split held-out outlets from tuned ones). */
  readonly sources: readonly string[];
  readonly ok: boolean;
  /** What was expected and what was found, for a miss. */
  readonly detail: string;
}

type Loose = Record<string, unknown>;

export async function readComparisonChecks(file: string): Promise<Loose> {
  return (parse(await readFile(file, "utf8")) ?? {}) as Loose;
}

const fold = (text: unknown) => foldPhrase(String(text ?? "").replace(/^the\s+/i, ""));
const list = (value: unknown): Loose[] => (Array.isArray(value) ? (value as Loose[]) : []);
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value == null ? [] : [String(value)];

/** Runs every check against the desk; answers are asked once per question. */
export function runComparisonChecks(desk: StoryDesk, checks: Loose): CheckResult[] {
  const answers = new Map<string, Answer>();
  const ask = (question: string): Comparison => {
    const known = answers.get(question);
    if (known) return known.comparison;
    const answer = answerQuestion(desk, question);
    answers.set(question, answer);
    return answer.comparison;
  };
  const headlineOf = (id: string) =>
    desk.articles.find((a) => a.id === id)?.metadata.headline ?? id.replace(/-/g, " ");
  const results: CheckResult[] = [];
  const push = (kind: string, question: string, sources: string[], ok: boolean, detail: string) =>
    results.push({ kind, question, sources, ok, detail });

  for (const check of list(checks["sameCopy"])) {
    const page = String(check["page"]);
    const carries = String(check["carries"]);
    const question = String(check["question"] ?? headlineOf(carries));
    const copies = ask(question).sameCopy;
    const ok = copies.some((copy) => {
      const ids = copy.sources.map((s) => s.source);
      return ids.includes(page) && ids.includes(carries);
    });
    push("sameCopy", question, [page, carries], ok, `${page} carries ${carries}: ${json(copies)}`);
  }
  for (const check of list(checks["changedQuotes"])) {
    const question = String(check["question"]);
    const source = String(check["source"]);
    const original = String(check["original"]);
    const changes = ask(question).quoteChanges.filter((c) => c.source === source);
    const ok = changes.some(
      (change) =>
        change.original.source === original &&
        list(check["swapped"]).every((s) =>
          change.swapped.some(
            (w) => fold(w.from) === fold(s["from"]) && fold(w.to) === fold(s["to"]),
          ),
        ) &&
        strings(check["dropped"]).every((d) => change.dropped.some((w) => fold(w) === fold(d))) &&
        strings(check["added"]).every((d) => change.added.some((w) => fold(w) === fold(d))) &&
        (check["origin"] === undefined || fold(change.origin) === fold(check["origin"])),
    );
    push("changedQuotes", question, [source, original], ok, `${source}: ${json(changes)}`);
  }
  for (const check of list(checks["unchangedQuotes"])) {
    const question = String(check["question"]);
    const quote = fold(check["quote"]);
    for (const source of strings(check["sources"])) {
      const wrong = ask(question).quoteChanges.filter(
        (c) =>
          c.source === source && (fold(c.quoted).includes(quote) || quote.includes(fold(c.quoted))),
      );
      push("unchangedQuotes", question, [source], wrong.length === 0, `${source}: ${json(wrong)}`);
    }
  }
  for (const check of list(checks["attribution"])) {
    const question = String(check["question"]);
    for (const [source, expected] of Object.entries((check["expect"] ?? {}) as Loose)) {
      const want = expected as Loose;
      const found = sideOf(ask(question), source)?.attributions ?? [];
      const ok = found.some(
        (a) =>
          fold(a.who) === fold(want["who"]) &&
          (want["kind"] === undefined || a.kind === want["kind"]) &&
          (want["named"] === undefined || a.named === want["named"]) &&
          (want["anonymous"] === undefined || a.anonymous === want["anonymous"]) &&
          (want["role"] === undefined || fold(a.role) === fold(want["role"])),
      );
      push("attribution", question, [source], ok, `${source} ${json(want)}: ${json(found)}`);
    }
  }
  for (const check of list(checks["hedges"])) {
    const question = String(check["question"]);
    const source = String(check["source"]);
    const found = sideOf(ask(question), source)?.hedgeVoices ?? [];
    const ok = found.some(
      (h) =>
        // The hedging words alone (`words`); `text` holds them with the claim they hedge.
        fold(h.words) === fold(check["hedge"]) &&
        (check["voice"] === undefined || h.voice === check["voice"]),
    );
    push("hedges", question, [source], ok, `${source} ${check["hedge"]}: ${json(found)}`);
  }
  for (const check of list(checks["disputes"])) {
    const question = String(check["question"]);
    const cue = fold(check["cue"]);
    for (const source of strings(check["sources"])) {
      const side = sideOf(ask(question), source);
      const words = [...(side?.hedgeVoices.map((h) => h.text) ?? []), ...(side?.hedges ?? [])];
      const ok = words.some((w) => fold(w).includes(cue));
      push("disputes", question, [source], ok, `${source} ${cue}: ${json(words)}`);
    }
  }
  for (const check of list(checks["figures"])) {
    const question = String(check["question"]);
    const figures = ask(question).figures;
    const wanted = Object.entries((check["values"] ?? {}) as Loose);
    // The figure of the check: the one holding most of the expected values.
    const score = (figure: (typeof figures)[number]) =>
      wanted.filter(([source, v]) => valueMatches(figure, source, v as Loose)).length;
    const best = [...figures].sort((a, b) => score(b) - score(a))[0];
    for (const [source, value] of wanted) {
      const ok =
        best !== undefined && score(best) >= 2 && valueMatches(best, source, value as Loose);
      push("figures", question, [source], ok, `${source} ${json(value)}: ${json(best?.values)}`);
    }
  }
  for (const check of list(checks["onlyIn"])) {
    const question = String(check["question"]);
    const source = String(check["source"]);
    const facts = ask(question).onlyIn.find((o) => o.source === source)?.facts ?? [];
    const ok = facts.some((f) => fold(f.text).includes(fold(check["fact"])));
    push(
      "onlyIn",
      question,
      [source],
      ok,
      `${source} ${check["fact"]}: ${json(facts.map((f) => f.text))}`,
    );
  }
  for (const check of list(checks["notOnlyIn"])) {
    const question = String(check["question"]);
    const fact = fold(check["fact"]);
    const words = new Set(fact.split(" ").filter((w) => w.length > 3 || /\d/.test(w)));
    for (const source of strings(check["sources"])) {
      const facts = ask(question).onlyIn.find((o) => o.source === source)?.facts ?? [];
      // Wrong: a fact listed as only this outlet's that is the checked fact (shares its words).
      const wrong = facts.filter((f) =>
        fold(f.text)
          .split(" ")
          .some((w) => words.has(w)),
      );
      push(
        "notOnlyIn",
        question,
        [source],
        wrong.length === 0,
        `${source}: ${json(wrong.map((f) => f.text))}`,
      );
    }
  }
  return results;
}

function valueMatches(figure: Comparison["figures"][number], source: string, want: Loose): boolean {
  return figure.values.some(
    (v) =>
      v.source === source &&
      String(v.value) === String(want["value"]) &&
      (want["qualifier"] === undefined || (v.qualifier ?? null) === (want["qualifier"] ?? null)),
  );
}

function sideOf(comparison: Comparison, source: string): SourceComparison | undefined {
  return comparison.sources.find((side) => side.source === source);
}

function json(value: unknown): string {
  return JSON.stringify(value)?.slice(0, 400) ?? "";
}

/** A desk to run checks against, and how to remove what was made for it (a temporary folder). */
export interface CheckedDesk {
  readonly desk: StoryDesk;
  readonly cleanUp?: () => Promise<void>;
}

/**
 * The results of the checks in `file` (a comparison.yml) against the desk `open` gives: run once
 * in the calling test file's beforeAll (the list is empty until then), cleaned up in its afterAll.
 */
export function comparisonChecksOf(
  file: string,
  open: () => Promise<CheckedDesk>,
): readonly CheckResult[] {
  const results: CheckResult[] = [];
  let opened: CheckedDesk | undefined;
  beforeAll(async () => {
    opened = await open();
    results.push(...runComparisonChecks(opened.desk, await readComparisonChecks(file)));
  });
  afterAll(async () => {
    await opened?.cleanUp?.();
  });
  return results;
}

/** The share of the checks that came out right, from 0 to 1 (0 for no checks). */
export function shareRight(results: readonly CheckResult[]): number {
  return results.length > 0 ? results.filter((r) => r.ok).length / results.length : 0;
}

/** "comparison checks: 37 of 41 right (90%)". */
export function checksLine(label: string, results: readonly CheckResult[]): string {
  const right = results.filter((r) => r.ok).length;
  const share = Math.round(shareRight(results) * 100);
  return `${label}: ${right} of ${results.length} comparison checks right (${share}%)`;
}

export function checkMisses(results: readonly CheckResult[]): string {
  return results
    .filter((r) => !r.ok)
    .map((r) => `${r.kind} · ${r.question} · ${r.detail}`)
    .join("\n");
}
