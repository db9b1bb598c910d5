import type { DeskWarn } from "./open-desk-folder.js";

/** Past this many remembered warnings, a failing desk's memory of them starts afresh. */
const MAX_REMEMBERED = 10_000;

/**
 * Says each warning of a reload once: a file that stays broken across reloads is not warned about
 * again, but a new broken version of it is, and so is a file that breaks again after it was fixed.
 * Each reload's warnings are compared with those of the last reload that finished.
 */
export class ReloadWarnings {
  private said = new Set<string>();
  private now = new Set<string>();

  constructor(private readonly warn: (line: string) => void) {}

  /** Says a warning unless the last reload said it too (about the same version of the file). */
  readonly say: DeskWarn = (line, version = "") => {
    const key = `${version}\u0000${line}`;
    if (this.now.has(key)) return;
    this.now.add(key);
    if (!this.said.has(key)) this.warn(line);
  };

  /**
   * A reload is over. When it finished, what it did not say may be said again next time; when it
   * failed part way, nothing is forgotten.
   */
  endReload(finished: boolean): void {
    const kept = finished ? this.now : new Set([...this.said, ...this.now]);
    this.said = kept.size > MAX_REMEMBERED ? new Set() : kept;
    this.now = new Set();
  }
}
