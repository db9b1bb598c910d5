import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PackedCodes, packCodes } from "../src/search/packed-codes.js";

const codesArbitrary = fc.array(
  fc.array(fc.oneof(fc.integer({ min: -2, max: 300 }), fc.integer({ min: -2, max: 2 ** 28 - 3 })), {
    maxLength: 20,
  }),
  { maxLength: 40 },
);

describe("packed token codes", () => {
  it("give back every passage's codes as they were packed, and the highest of all", () => {
    fc.assert(
      fc.property(codesArbitrary, (passages) => {
        const packed = packCodes(passages);
        expect(packed.passageCount).toBe(passages.length);
        passages.forEach((codes, id) => {
          expect([...packed.codesOf(id)]).toEqual(codes);
        });
        expect(packed.highest()).toBe(Math.max(-2, ...passages.flat()));
        // Read again from its two arrays alone (as a cache gives them), it says the same.
        const again = new PackedCodes(
          Uint8Array.from(packed.bytes),
          Uint32Array.from(packed.offsets),
        );
        expect(again.highest()).toBe(packed.highest());
      }),
    );
  });

  it("take a byte for a stop word or a common term and more only for later terms", () => {
    const packed = packCodes([[-1, -2, 0, 125], [126, 16_381], [16_382]]);
    expect([...packed.offsets]).toEqual([0, 4, 8, 11]);
    // Four bytes at most: a code past that is no term of any desk.
    expect(() => packCodes([[2 ** 28]])).toThrow(RangeError);
  });

  it("are refused when bytes run past a passage's end or offsets do not fit the bytes", () => {
    const packed = packCodes([[5, 700], [3]]);
    const cut = Uint8Array.from(packed.bytes);
    // The first passage's last byte says another follows: its code runs into the next passage.
    cut[(packed.offsets[1] ?? 1) - 1] = (cut[(packed.offsets[1] ?? 1) - 1] ?? 0) | 0x80;
    expect(new PackedCodes(cut, packed.offsets).highest()).toBe(Number.POSITIVE_INFINITY);
    expect(new PackedCodes(packed.bytes, Uint32Array.of(0, 2)).highest()).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(new PackedCodes(packed.bytes, Uint32Array.of(0, 4, 3)).highest()).toBe(
      Number.POSITIVE_INFINITY,
    );
    expect(new PackedCodes(new Uint8Array(7).fill(0xff), Uint32Array.of(0, 7)).highest()).toBe(
      Number.POSITIVE_INFINITY,
    );
  });
});
