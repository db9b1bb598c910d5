import { describe, expect, it } from "vitest";
import { EngineGate } from "../src/newsroom/postgres/engine-gate.js";

/** A promise and the function that settles it. */
function later<T>(): { promise: Promise<T>; settle: (value: T) => void } {
  let settle: (value: T) => void = () => {};
  const promise = new Promise<T>((resolve) => {
    settle = resolve;
  });
  return { promise, settle };
}

describe("the engine gate of an archive desk", () => {
  it("updates the engine only once the questions in flight are done, then swaps the new version in", async () => {
    const engine = { version: 1 };
    const gate = new EngineGate({ name: "first", engine });
    const lookup = later<void>();
    const seen: string[] = [];
    const inFlight = gate.hold(async (desk) => {
      await lookup.promise;
      seen.push(`${desk.name} answered on version ${desk.engine.version}`);
    });
    const update = gate.swap(() => {
      engine.version = 2;
      seen.push("updated");
      return { name: "second", engine };
    });
    await Promise.resolve();
    expect(gate.questionsInFlight).toBe(1);
    expect(gate.updateWaiting).toBe(true);
    // A question asked while the update waits is answered from the new version.
    const meanwhile = gate.hold(async (desk) => {
      seen.push(`${desk.name} answered on version ${desk.engine.version}`);
    });
    lookup.settle();
    await Promise.all([inFlight, update, meanwhile]);
    expect(seen).toEqual([
      "first answered on version 1",
      "updated",
      "second answered on version 2",
    ]);
    expect(gate.desk.name).toBe("second");
    expect(gate.updateWaiting).toBe(false);
  });

  it("makes one update at a time, in the order they came, and keeps serving after a failed one", async () => {
    const gate = new EngineGate(0);
    const order: number[] = [];
    const failed = gate.swap(() => {
      throw new Error("the update failed");
    });
    const first = gate.swap(() => {
      order.push(1);
      return 1;
    });
    const second = gate.swap(() => {
      order.push(2);
      return 2;
    });
    await expect(failed).rejects.toThrow("the update failed");
    await Promise.all([first, second]);
    expect(order).toEqual([1, 2]);
    expect(await gate.hold(async (desk) => desk)).toBe(2);
  });
});
