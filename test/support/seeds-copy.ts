import { copyFileSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";

/** The seeds desk's folder, as the tests name it. */
export const SEEDS_DESK_DIR = path.join("seeds", "iraq");

/** Copies the seeds desk's files into `dir` (made if need be), to change or damage freely. */
export function copySeedsDesk(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(SEEDS_DESK_DIR))
    copyFileSync(path.join(SEEDS_DESK_DIR, name), path.join(dir, name));
}
