/** Why a long-running `npm start` is stopping. */
export type StopReason = "SIGTERM" | "SIGINT" | "SIGHUP" | "parent exited";

const SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"] as const;

/**
 * Resolves on the first SIGTERM, SIGINT or SIGHUP. Under npm (`npm start`) it also resolves when
 * the parent process goes away: npm itself dies on SIGTERM without passing it on, which would
 * otherwise leave the app running, orphaned, on its port.
 */
export function untilStop(env: NodeJS.ProcessEnv = process.env): Promise<StopReason> {
  return new Promise((resolve) => {
    const parent = process.ppid;
    const watch = env["npm_lifecycle_event"]
      ? setInterval(() => process.ppid !== parent && stop("parent exited"), 500)
      : undefined;
    watch?.unref();
    function stop(reason: StopReason) {
      clearInterval(watch);
      for (const signal of SIGNALS) process.off(signal, stop);
      resolve(reason);
    }
    for (const signal of SIGNALS) process.once(signal, stop);
  });
}
