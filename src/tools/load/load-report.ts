import { percentile } from "../bench/bench-questions.js";

/** The targets of a load run on this machine (from the hardening issue). */
export const LoadTargets = Object.freeze({
  /** Every command acknowledged within Slack's 3 seconds. */
  maxAckMs: 3_000,
  p99AckMs: 200,
  /** Growth of the app's memory (RSS after a full collection) over the run. */
  maxGrowthMb: 50,
});

export interface Timings {
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
}

/** What `npm run load -- --json` prints (a public interface: fields are only ever added). */
export interface LoadReport {
  readonly commands: number;
  readonly concurrency: number;
  /** Commands sent before measuring, so the app was warm. */
  readonly warmUpCommands: number;
  readonly acknowledged: number;
  /** Acknowledgements a second while the commands were being fired. */
  readonly acksPerSecond: number;
  /** Commands not acknowledged with 200, or not answered at their response_url. */
  readonly errors: number;
  readonly ackMs: Timings;
  readonly answered: number;
  readonly answerMs: Timings;
  readonly memory: {
    readonly rssStartMb: number;
    readonly rssEndMb: number;
    readonly rssPeakMb: number;
    readonly rssGrowthMb: number;
    readonly heapStartMb: number;
    readonly heapEndMb: number;
    readonly heapGrowthMb: number;
  };
  /** Error lines the app logged during the run. */
  readonly appErrors: number;
  /** Acknowledgement times as the app itself measured them (request in to response finished). */
  readonly appAckMs: Timings;
  /** The app's event-loop delay during the run: the longest any request could have waited. */
  readonly appLoopDelayMs: { readonly p99: number; readonly max: number };
  readonly targets: {
    readonly allAckedWithin3s: boolean;
    readonly p99Within200ms: boolean;
    readonly noErrors: boolean;
    readonly memoryGrowthUnder50Mb: boolean;
    readonly met: boolean;
  };
}

export function timings(values: readonly number[]): Timings {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    p50: round(percentile(sorted, 0.5)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

export function judge(report: Omit<LoadReport, "targets">): LoadReport["targets"] {
  const allAckedWithin3s =
    report.acknowledged === report.commands && report.ackMs.max <= LoadTargets.maxAckMs;
  const p99Within200ms = report.ackMs.p99 <= LoadTargets.p99AckMs;
  const noErrors = report.errors === 0 && report.appErrors === 0;
  const memoryGrowthUnder50Mb = report.memory.rssGrowthMb < LoadTargets.maxGrowthMb;
  return {
    allAckedWithin3s,
    p99Within200ms,
    noErrors,
    memoryGrowthUnder50Mb,
    met: allAckedWithin3s && p99Within200ms && noErrors && memoryGrowthUnder50Mb,
  };
}

export function renderLoadReport(report: LoadReport): string {
  const { ackMs, answerMs, memory, targets } = report;
  const mark = (ok: boolean) => (ok ? "ok" : "MISSED");
  return [
    `Load: ${report.commands} signed slash commands at concurrency ${report.concurrency}, HTTP mode on loopback (after ${report.warmUpCommands} to warm up)`,
    `  acknowledged  ${report.acknowledged}/${report.commands}; errors ${report.errors}; app error lines ${report.appErrors}; ${report.acksPerSecond} a second  [${mark(targets.noErrors)}]`,
    `  ack           p50 ${ackMs.p50} ms, p99 ${ackMs.p99} ms [${mark(targets.p99Within200ms)}: ≤ ${LoadTargets.p99AckMs}], max ${ackMs.max} ms [${mark(targets.allAckedWithin3s)}: ≤ ${LoadTargets.maxAckMs}]`,
    `  in the app    ack p50 ${report.appAckMs.p50} ms, p99 ${report.appAckMs.p99} ms, max ${report.appAckMs.max} ms`,
    `  app loop      delay p99 ${report.appLoopDelayMs.p99} ms, max ${report.appLoopDelayMs.max} ms`,
    `  answered      ${report.answered}/${report.commands}; p50 ${answerMs.p50} ms, p99 ${answerMs.p99} ms after sending`,
    `  memory        RSS ${memory.rssStartMb} → ${memory.rssEndMb} MB (peak ${memory.rssPeakMb}), growth ${memory.rssGrowthMb} MB [${mark(targets.memoryGrowthUnder50Mb)}: < ${LoadTargets.maxGrowthMb}]; heap ${memory.heapStartMb} → ${memory.heapEndMb} MB`,
    `  targets       ${targets.met ? "met" : "missed"}`,
  ].join("\n");
}

export function megabytes(bytes: number): number {
  return round(bytes / 1024 / 1024);
}

export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
