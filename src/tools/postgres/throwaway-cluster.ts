import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";

/** Where Debian and the PATH put the server programs. */
const DEBIAN_ROOT = "/usr/lib/postgresql";
const SUPERUSER = "storydesk";

export const ClusterMessage = Object.freeze({
  noServer:
    "PostgreSQL server programs (initdb, pg_ctl) not found: install them (apt-get install -y postgresql)",
  noUser: "running as root, and there is no postgres or nobody user to run the server as",
  failed: (step: string, output: string) =>
    `PostgreSQL ${step} failed: ${output.trim().split("\n").slice(-3).join(" | ")}`,
});

/** A PostgreSQL cluster of its own in a temporary folder, reached only by its Unix socket. */
export interface ThrowawayCluster {
  /** A database URL for the cluster's `postgres` database (or `database`). */
  url(database?: string): string;
  /** Creates a database and returns its URL. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (its connections cut), keeping its data: a database lost while the bot runs. */
  halt(): void;
  /** Starts a halted server again on the same socket, with the same data. */
  resume(): void;
  /** Stops the server at once and removes the folder. */
  stop(): void;
}

/** The folder holding initdb, pg_ctl and postgres: Debian's newest version, else the PATH's. */
export function postgresBinDir(): string {
  if (existsSync(DEBIAN_ROOT)) {
    const versions = readdirSync(DEBIAN_ROOT)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const dir = path.join(DEBIAN_ROOT, version, "bin");
      if (existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) return dir;
    }
  }
  const found = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" });
  const pgCtl = found.stdout.trim();
  if (found.status === 0 && pgCtl && existsSync(path.join(path.dirname(pgCtl), "initdb")))
    return path.dirname(pgCtl);
  throw new Error(ClusterMessage.noServer);
}

/** PostgreSQL refuses to run as root: as root, the server runs as `postgres` (else `nobody`). */
function serverUser(): { name: string; uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  for (const name of ["postgres", "nobody"]) {
    const uid = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const gid = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (uid.status === 0 && gid.status === 0)
      return { name, uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  }
  throw new Error(ClusterMessage.noUser);
}

/**
 * Starts a throwaway cluster: `initdb` into a temporary folder, `pg_ctl start` listening on a
 * Unix socket in that folder only (no TCP), trust authentication, durability off (it is thrown
 * away). Takes a few seconds.
 */
export function startThrowawayCluster(): ThrowawayCluster {
  const bin = postgresBinDir();
  const user = serverUser();
  const dir = mkdtempSync(path.join(os.tmpdir(), "story-desk-pg-"));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = path.join(dir, "data");
  const run = (step: string, program: string, args: string[]) => {
    const command = user
      ? ["runuser", ["-u", user.name, "--", path.join(bin, program), ...args]]
      : [path.join(bin, program), args];
    const result = spawnSync(command[0] as string, command[1] as string[], {
      encoding: "utf8",
      cwd: dir,
      timeout: 60_000,
    });
    if (result.status !== 0)
      throw new Error(ClusterMessage.failed(step, `${result.stderr}${result.stdout}`));
  };
  const start = () =>
    run("start", "pg_ctl", [
      "-D",
      data,
      "-o",
      `-k ${dir} -c listen_addresses= -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      "-w",
      "-t",
      "30",
      "-l",
      path.join(dir, "server.log"),
      "start",
    ]);
  // "fast" for a halt (what was committed is kept), "immediate" for the end.
  const halt = (mode: "fast" | "immediate" = "fast") => {
    try {
      const pgCtl = path.join(bin, "pg_ctl");
      const args = ["-D", data, "-m", mode, "-w", "stop"];
      if (user)
        execFileSync("runuser", ["-u", user.name, "--", pgCtl, ...args], { stdio: "ignore" });
      else execFileSync(pgCtl, args, { stdio: "ignore" });
    } catch {
      // Already gone.
    }
  };
  try {
    run("initdb", "initdb", [
      "-D",
      data,
      "-U",
      SUPERUSER,
      "-A",
      "trust",
      "-E",
      "UTF8",
      "--locale=C",
      "--no-sync",
    ]);
    start();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const url = (database = "postgres") =>
    `postgresql://${SUPERUSER}@localhost/${database}?host=${encodeURIComponent(dir)}`;
  let stopped = false;
  return {
    url,
    async createDatabase(name) {
      const { default: pg } = await import("pg");
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    halt: () => halt("fast"),
    resume() {
      if (!stopped) start();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      halt("immediate");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
