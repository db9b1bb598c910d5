import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { copyFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { IngestConfig, SkipReason } from "../src/ingest/ingest-config.js";
import { LiveDesk } from "../src/newsroom/live-desk.js";
import { formatLoadWarning, loadDesk } from "../src/newsroom/load-desk.js";
import { readRegularFile } from "../src/newsroom/read-regular-file.js";

const SEEDS = "seeds/iraq";
const servers: Server[] = [];

afterAll(() => {
  for (const server of servers) server.close();
});

async function deskWithSeeds(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "story-desk-special-"));
  for (const name of ["arkansas-democrat-gazette-iraq-attacks.txt", "press-tv-iraq-attacks.txt"]) {
    await copyFile(path.join(SEEDS, name), path.join(dir, name));
  }
  return dir;
}

function listenOn(socketPath: string): Promise<void> {
  const server = createServer();
  servers.push(server);
  return new Promise((resolve) => server.listen(socketPath, resolve));
}

describe("a seeds folder holding things that are not regular files", () => {
  it("never opens a FIFO, a device, a socket or a folder, links followed, and names each one skipped", async () => {
    const dir = await deskWithSeeds();
    execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
    execFileSync("mkfifo", [path.join(dir, ".hidden-pipe")]);
    symlinkSync(path.join(dir, ".hidden-pipe"), path.join(dir, "linked-pipe.txt"));
    symlinkSync("/dev/zero", path.join(dir, "zeros.txt"));
    symlinkSync("/dev/urandom", path.join(dir, "noise.md"));
    mkdirSync(path.join(dir, "folder.txt"));
    await listenOn(path.join(dir, "socket.txt"));
    const desk = await loadDesk(dir);
    expect(desk.articles).toHaveLength(2);
    const reasons = Object.fromEntries(desk.warnings.map((w) => [path.basename(w.file), w.reason]));
    expect(reasons).toEqual({
      "folder.txt": SkipReason.notRegular("folder"),
      "linked-pipe.txt": SkipReason.notRegular("named pipe (FIFO)"),
      "noise.md": SkipReason.notRegular("character device"),
      "pipe.txt": SkipReason.notRegular("named pipe (FIFO)"),
      "socket.txt": SkipReason.notRegular("socket"),
      "zeros.txt": SkipReason.notRegular("character device"),
    });
    for (const warning of desk.warnings) {
      expect(formatLoadWarning(warning)).toBe(
        `warning: skipped ${warning.file}: ${warning.reason}`,
      );
    }
  }, 10_000);

  it("refuses a FIFO handed to it directly without waiting for a writer", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "story-desk-fifo-"));
    const fifo = path.join(dir, "pipe");
    execFileSync("mkfifo", [fifo]);
    await expect(readRegularFile(fifo, 1024)).resolves.toEqual({
      ok: false,
      problem: "not-regular",
      kind: "named pipe (FIFO)",
    });
  }, 10_000);

  it("goes on reloading a live desk whose folder holds FIFOs and devices", async () => {
    const dir = await deskWithSeeds();
    for (const n of [1, 2, 3, 4, 5]) execFileSync("mkfifo", [path.join(dir, `pipe-${n}.txt`)]);
    symlinkSync("/dev/zero", path.join(dir, "zeros.txt"));
    const lines: string[] = [];
    const live = (await LiveDesk.open(dir, (line) => lines.push(line), { cache: null })).watch();
    try {
      writeFileSync(
        path.join(dir, "harbour.txt"),
        "Harbour pilots walked out over pay on Monday, the port authority said.\n",
      );
      const until = Date.now() + 8_000;
      while (!live.current.articles.some((article) => article.id === "harbour")) {
        if (Date.now() > until) throw new Error("the live desk stopped reloading");
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      // Said once each, at the first load, not again at every reload.
      expect(lines.filter((line) => line.includes("pipe-1.txt"))).toHaveLength(1);
      expect(lines.filter((line) => line.includes("zeros.txt"))).toHaveLength(1);
    } finally {
      live.close();
    }
  }, 15_000);

  it("stops at the size cap while reading, even for a file whose stat says it is empty", async () => {
    // Files under /proc report size 0 and still hold bytes, as a device or a growing file would.
    const read = await readRegularFile("/proc/self/status", 16);
    expect(read).toEqual({ ok: false, problem: "too-large", bytes: 17 });
    const whole = await readRegularFile("/proc/self/status", IngestConfig.maxFileBytes);
    expect(whole.ok && whole.bytes.toString("utf8")).toContain("Name:");
  });

  it("reads a regular file whole, links followed, and refuses one past the cap", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "story-desk-regular-"));
    const file = path.join(dir, "a.txt");
    const bytes = Buffer.alloc(200_000, "a");
    writeFileSync(file, bytes);
    symlinkSync(file, path.join(dir, "b.txt"));
    const read = await readRegularFile(path.join(dir, "b.txt"), 200_000);
    expect(read.ok && read.bytes.equals(bytes)).toBe(true);
    await expect(readRegularFile(file, 199_999)).resolves.toEqual({
      ok: false,
      problem: "too-large",
      bytes: 200_000,
    });
  });
});
