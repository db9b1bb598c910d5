import { cpSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { RECALL_DESK } from "./written-desk.js";

export { RECALL_DESK };

/**
 * A newsroom folder in a temp folder with two desks: a copy of the seeds desk (`iraq`) and a copy
 * of the written recall desk (`recall`). Returns the newsroom's folder.
 */
export function twoDeskNewsroom(prefix = "story-desk-newsroom-"): string {
  const root = path.join(mkdtempSync(path.join(tmpdir(), prefix)), "seeds");
  mkdirSync(root);
  cpSync(path.join("seeds", "iraq"), path.join(root, "iraq"), { recursive: true });
  cpSync(RECALL_DESK, path.join(root, "recall"), { recursive: true });
  return root;
}
