import type { FileHandle } from "node:fs/promises";
import { crc32 } from "node:zlib";

/**
 * A cache file is a magic word, then frames, each read and checked on its own: a header (its
 * kind, the length of its body, the CRC-32 of its body), then the body. No frame is larger than
 * `MAX_FRAME_BYTES`, so that a desk of any size is written and read a piece at a time, never as
 * one buffer (Node cannot read a file of more than 2 GiB into one).
 */
export const CACHE_MAGIC = Buffer.from("SDCACHE9", "latin1");
const FRAME_HEADER_BYTES = 40;
export const MAX_FRAME_BYTES = 16 * 1024 * 1024;

/**
 * A frame body's checksum: CRC-32, which catches damage on disk as surely as a cryptographic
 * hash would (a cache is never a defence against someone who can write it) at a tenth of the
 * cost: a million-passage desk's cache is most of a gigabyte to check at every start.
 */
function checksum(body: Uint8Array): number {
  return crc32(body);
}

/** What is wrong with a cache file, in the words of `CacheProblems`. */
export type FrameTrouble = "truncated" | "corrupted" | "notACachePart" | "unparsable";

/** A cache file that cannot be used, and why. */
export class FrameFailure extends Error {
  override readonly name = "FrameFailure";
  constructor(readonly trouble: FrameTrouble) {
    super(trouble);
  }
}

/** Writes frames one after the other to an open file. */
export class FrameWriter {
  private position = 0;

  /** `frameBytes`: the largest frame body written (smaller ones only in tests). */
  constructor(
    private readonly file: FileHandle,
    private readonly frameBytes = MAX_FRAME_BYTES,
  ) {}

  async start(): Promise<void> {
    await this.writeBytes(CACHE_MAGIC);
  }

  /** Writes one frame; `body` must not exceed MAX_FRAME_BYTES. */
  async frame(kind: number, body: Uint8Array): Promise<void> {
    if (body.byteLength > this.frameBytes) throw new RangeError("a cache frame is too large");
    const header = Buffer.alloc(FRAME_HEADER_BYTES);
    header.writeUInt8(kind, 0);
    header.writeUInt32LE(body.byteLength, 4);
    header.writeUInt32LE(checksum(body), 8);
    await this.writeBytes(header);
    await this.writeBytes(body);
  }

  /** Writes a typed array's bytes as frames of one kind, as many as it takes. */
  async array(kind: number, array: ArrayBufferView): Promise<void> {
    const bytes = new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
    const step = Math.max(8, this.frameBytes - (this.frameBytes % 8));
    for (let at = 0; at < bytes.byteLength || at === 0; at += step) {
      await this.frame(kind, bytes.subarray(at, Math.min(bytes.byteLength, at + step)));
      if (bytes.byteLength === 0) break;
    }
  }

  private async writeBytes(bytes: Uint8Array): Promise<void> {
    let done = 0;
    while (done < bytes.byteLength) {
      const { bytesWritten } = await this.file.write(
        bytes,
        done,
        bytes.byteLength - done,
        this.position,
      );
      done += bytesWritten;
      this.position += bytesWritten;
    }
  }
}

/** Reads a cache file's frames in order, checking each one's checksum. */
export class FrameReader {
  private position = 0;
  private readonly header = Buffer.alloc(FRAME_HEADER_BYTES);
  private pending: { kind: number; length: number; sum: Buffer } | null = null;

  constructor(private readonly file: FileHandle) {}

  /** Checks the magic word; a file too short for it is cut short, another one is no cache file. */
  async start(): Promise<void> {
    const magic = Buffer.alloc(CACHE_MAGIC.length);
    const got = await this.readInto(magic);
    if (!magic.subarray(0, got).equals(CACHE_MAGIC.subarray(0, got)))
      throw new FrameFailure("notACachePart");
    if (got < CACHE_MAGIC.length) throw new FrameFailure("truncated");
  }

  /** The kind of the next frame, without reading its body. */
  async peek(): Promise<number> {
    if (!this.pending) {
      const got = await this.readInto(this.header);
      if (got < FRAME_HEADER_BYTES) throw new FrameFailure("truncated");
      this.pending = {
        kind: this.header.readUInt8(0),
        length: this.header.readUInt32LE(4),
        sum: Buffer.from(this.header.subarray(8)),
      };
      if (this.pending.length > MAX_FRAME_BYTES) throw new FrameFailure("corrupted");
    }
    return this.pending.kind;
  }

  /** The next frame's body, which must be of `kind`. */
  async frame(kind: number): Promise<Buffer> {
    const length = await this.expect(kind);
    const body = Buffer.alloc(length);
    await this.bodyInto(body);
    return body;
  }

  /**
   * Reads frames of `kind` straight into `target` (its bytes, from the start) until it is full;
   * their bodies must fill it exactly.
   */
  async arrayInto(kind: number, target: ArrayBufferView): Promise<void> {
    const bytes = new Uint8Array(target.buffer, target.byteOffset, target.byteLength);
    let filled = 0;
    do {
      const length = await this.expect(kind);
      if (filled + length > bytes.byteLength) throw new FrameFailure("unparsable");
      await this.bodyInto(bytes.subarray(filled, filled + length));
      filled += length;
    } while (filled < bytes.byteLength);
  }

  private async expect(kind: number): Promise<number> {
    if ((await this.peek()) !== kind) throw new FrameFailure("unparsable");
    return this.pending?.length ?? 0;
  }

  private async bodyInto(body: Uint8Array): Promise<void> {
    const pending = this.pending;
    this.pending = null;
    if (!pending) throw new FrameFailure("unparsable");
    if ((await this.readInto(body)) < body.byteLength) throw new FrameFailure("truncated");
    const sum = Buffer.alloc(FRAME_HEADER_BYTES - 8);
    sum.writeUInt32LE(checksum(body), 0);
    if (!sum.equals(pending.sum)) throw new FrameFailure("corrupted");
  }

  /** Fills `target` from the file as far as it goes; returns how many bytes it got. */
  private async readInto(target: Uint8Array): Promise<number> {
    let got = 0;
    while (got < target.byteLength) {
      const { bytesRead } = await this.file.read(
        target,
        got,
        target.byteLength - got,
        this.position,
      );
      if (bytesRead === 0) break;
      got += bytesRead;
      this.position += bytesRead;
    }
    return got;
  }
}
