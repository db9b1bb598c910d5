import { PackedCodesBuilder } from "./packed-codes.js";
import type { PassageStore } from "./passage-store.js";
import { type PostingParts, TermPostings } from "./term-postings.js";
import type { TermTable } from "./term-table.js";

/** The ids of the terms live passages hold, in the order a reader of the desk meets them. */
export function termsInDeskOrder(store: PassageStore, table: TermTable): number[] {
  const seen = new Uint8Array(table.size);
  const terms: number[] = [];
  for (const id of store.idsInDeskOrder()) {
    for (const code of store.codesOf(id)) {
      if (code < 0 || seen[code] === 1) continue;
      seen[code] = 1;
      terms.push(code);
    }
  }
  return terms;
}

/** An index's arrays built again from its live passages, as a fresh build gives them. */
export interface CompactIndex {
  readonly terms: ReturnType<TermTable["toJSON"]>;
  /** The passages' token codes, packed (see PackedCodes), and where each passage's start. */
  readonly codes: Uint8Array;
  readonly offsets: Uint32Array;
  readonly postings: PostingParts;
}

/**
 * The live passages' codes in desk order, with terms numbered as a fresh build numbers them (in
 * the order they are first met) and terms no passage holds any more left out.
 */
export function compactIndex(store: PassageStore, table: TermTable): CompactIndex {
  const order = termsInDeskOrder(store, table);
  const renumbered = new Int32Array(table.size).fill(-1);
  order.forEach((old, next) => {
    renumbered[old] = next;
  });
  const builder = new PackedCodesBuilder();
  for (const id of store.idsInDeskOrder())
    builder.add(store.codesOf(id).map((code) => (code < 0 ? code : (renumbered[code] ?? -1))));
  const packed = builder.finish();
  return {
    terms: {
      terms: order.map((old) => table.terms[old] ?? ""),
      documentFrequency: order.map((old) => table.documentFrequency[old] ?? 0),
      isNumber: order.map((old) => table.isNumber[old] ?? false),
    },
    codes: packed.bytes,
    offsets: packed.offsets,
    postings: TermPostings.fromCodes(packed, order.length).parts(),
  };
}
