import { describe, expect, it } from "vitest";
import { cachedReachability } from "./database-state";

function clockedCheck(answers: boolean[]) {
  let time = 0;
  let calls = 0;
  const check = async () => answers[Math.min(calls++, answers.length - 1)];
  const reachable = cachedReachability(check, { intervalMs: 1000, now: () => time });
  return { reachable, advance: (ms: number) => (time += ms), calls: () => calls };
}

describe("cachedReachability", () => {
  it("asks at most once a second, and again after that", async () => {
    const state = clockedCheck([true, false, true]);
    expect(await state.reachable()).toBe(true);
    state.advance(999);
    expect(await state.reachable()).toBe(true);
    expect(state.calls()).toBe(1);
    state.advance(1);
    expect(await state.reachable()).toBe(false);
    state.advance(500);
    expect(await state.reachable()).toBe(false);
    state.advance(500);
    expect(await state.reachable()).toBe(true);
    expect(state.calls()).toBe(3);
  });

  it("shares one check between concurrent requests", async () => {
    const state = clockedCheck([true]);
    expect(await Promise.all([state.reachable(), state.reachable(), state.reachable()])).toEqual([true, true, true]);
    expect(state.calls()).toBe(1);
  });

  it("counts a check that throws as unreachable", async () => {
    const reachable = cachedReachability(() => Promise.reject(new Error("connection refused")));
    expect(await reachable()).toBe(false);
  });
});
