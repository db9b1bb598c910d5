/**
 * Every passage's token codes in one array of bytes: each code (a term id, or below zero for a
 * stop word: no term) is written plus two, seven bits a byte, low bits first, the high bit saying
 * another byte follows. Terms are numbered in the order a reader meets them, so the common words
 * come first and take one or two bytes, where a plain array of 32-bit codes takes four for each
 * (a million passages hold tens of millions of codes). `offsets[id]` is where passage `id`'s
 * bytes start; one more offset than passages.
 */
export class PackedCodes {
  constructor(
    readonly bytes: Uint8Array,
    readonly offsets: Uint32Array,
  ) {}

  /** How many passages the codes are of. */
  get passageCount(): number {
    return Math.max(0, this.offsets.length - 1);
  }

  /** A passage's codes, as they were packed. */
  codesOf(id: number): Int32Array {
    const { bytes } = this;
    const end = this.offsets[id + 1] ?? 0;
    const start = this.offsets[id] ?? end;
    let count = 0;
    for (let at = start; at < end; at++) if ((bytes[at] as number) < 0x80) count++;
    const codes = new Int32Array(count);
    let at = start;
    for (let i = 0; i < count; i++) {
      let byte = bytes[at++] as number;
      let value = byte & 0x7f;
      for (let scale = 0x80; byte >= 0x80; scale *= 0x80) {
        byte = bytes[at++] as number;
        value += (byte & 0x7f) * scale;
      }
      codes[i] = value - OFFSET;
    }
    return codes;
  }

  /**
   * The highest code of all, when every passage's bytes read as whole codes (none running past
   * its passage's end, none longer than four bytes, offsets ascending, ending at the last byte);
   * infinity when they do not.
   */
  highest(): number {
    const { bytes, offsets } = this;
    const count = this.passageCount;
    if ((offsets[count] ?? 0) !== bytes.length || (offsets[0] ?? 0) !== 0)
      return Number.POSITIVE_INFINITY;
    // Each passage's bytes end a code: the byte before each passage's start ends one.
    for (let id = 1; id <= count; id++) {
      const start = offsets[id] as number;
      if (start < (offsets[id - 1] as number)) return Number.POSITIVE_INFINITY;
      if (start > 0 && (bytes[start - 1] as number) >= 0x80) return Number.POSITIVE_INFINITY;
    }
    // Then all the codes in one run, as passages' boundaries fall between codes.
    let highest = 0;
    let value = 0;
    let shift = 0;
    for (let at = 0; at < bytes.length; at++) {
      const byte = bytes[at] as number;
      if (byte < 0x80) {
        value |= byte << shift;
        if (value > highest) highest = value;
        value = 0;
        shift = 0;
      } else {
        value |= (byte & 0x7f) << shift;
        shift += 7;
        if (shift >= 7 * MAX_BYTES) return Number.POSITIVE_INFINITY;
      }
    }
    return bytes.length === 0 ? -OFFSET : highest - OFFSET;
  }
}

/** What a code is stored plus: the stop-word codes (-1, -2) are stored as 1 and 0. */
const OFFSET = 2;
/** A stored code takes at most four bytes (below 2^28): more than that are no code. */
const MAX_BYTES = 4;

/** Packs passages' codes one passage after another (see `PackedCodes`). */
export class PackedCodesBuilder {
  private bytes: Uint8Array;
  private readonly offsets: number[] = [0];
  private length = 0;

  constructor(expectedBytes = 1024) {
    this.bytes = new Uint8Array(Math.max(16, expectedBytes));
  }

  /** Adds the next passage's codes (each at least -2). */
  add(codes: ArrayLike<number>): void {
    if (this.length + codes.length * MAX_BYTES > this.bytes.length) {
      const grown = new Uint8Array(
        Math.max(this.bytes.length * 2, this.length + codes.length * MAX_BYTES),
      );
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    const { bytes } = this;
    let at = this.length;
    for (let i = 0; i < codes.length; i++) {
      let rest = (codes[i] as number) + OFFSET;
      if (!(rest >= 0 && rest < 2 ** (7 * MAX_BYTES))) throw new RangeError("no token code");
      while (rest >= 0x80) {
        bytes[at++] = (rest & 0x7f) | 0x80;
        rest = Math.floor(rest / 0x80);
      }
      bytes[at++] = rest;
    }
    if (at > 0xffffffff) throw new RangeError("too many token codes for one index");
    this.length = at;
    this.offsets.push(at);
  }

  /** The codes packed so far, in arrays of their own size. */
  finish(): PackedCodes {
    return new PackedCodes(this.bytes.slice(0, this.length), Uint32Array.from(this.offsets));
  }
}

/** Packs passages' codes, one list a passage. */
export function packCodes(passages: Iterable<ArrayLike<number>>): PackedCodes {
  const builder = new PackedCodesBuilder();
  for (const codes of passages) builder.add(codes);
  return builder.finish();
}
