import { constants, type Stats } from "node:fs";
import { open, stat } from "node:fs/promises";

/** What reading a file of a desk's folder gave: its bytes, or why it was not read. */
export type RegularFileRead =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly problem: "not-regular"; readonly kind: FileKind }
  | { readonly ok: false; readonly problem: "too-large"; readonly bytes: number };

/** What a path that is not a regular file turned out to be (links followed). */
export type FileKind =
  | "folder"
  | "named pipe (FIFO)"
  | "character device"
  | "block device"
  | "socket"
  | "special file";

/** Read in pieces of this size, so the size cap holds whatever the file says its size is. */
const CHUNK_BYTES = 64 * 1024;

/**
 * Opening without blocking: a FIFO put in place after the check opens at once instead of waiting
 * for a writer, and is then refused by the check on the opened handle. (Not on Windows.)
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/**
 * Reads a file of a desk's folder, links followed, only if it is a regular file, and never more
 * than `maxBytes`: a FIFO, device, socket or folder is never read (checked before opening, and
 * again on the opened handle), and a file that grows while read, or says it is empty (as a device
 * does), still stops at the cap. Errors from the file system (ENOENT, EACCES…) are thrown.
 */
export async function readRegularFile(file: string, maxBytes: number): Promise<RegularFileRead> {
  const before = await stat(file);
  if (!before.isFile()) return { ok: false, problem: "not-regular", kind: kindOf(before) };
  if (before.size > maxBytes) return { ok: false, problem: "too-large", bytes: before.size };
  const handle = await open(file, OPEN_FLAGS);
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return { ok: false, problem: "not-regular", kind: kindOf(opened) };
    if (opened.size > maxBytes) return { ok: false, problem: "too-large", bytes: opened.size };
    const chunks: Buffer[] = [];
    let total = 0;
    // One byte past the cap is enough to know the file is too large.
    while (total <= maxBytes) {
      const want = Math.min(CHUNK_BYTES, maxBytes + 1 - total);
      const chunk = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(chunk, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(bytesRead === want ? chunk : chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > maxBytes) return { ok: false, problem: "too-large", bytes: total };
    return { ok: true, bytes: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) };
  } finally {
    await handle.close();
  }
}

function kindOf(info: Stats): FileKind {
  if (info.isDirectory()) return "folder";
  if (info.isFIFO()) return "named pipe (FIFO)";
  if (info.isCharacterDevice()) return "character device";
  if (info.isBlockDevice()) return "block device";
  if (info.isSocket()) return "socket";
  return "special file";
}
