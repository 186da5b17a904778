// The questionnaire's sheet without a database: which questions a sheet asks, moving through them,
// the signed cookie (changed, foreign-keyed or expired is no sheet), and the sheet to store.
import { describe, expect, it } from "vitest";
import {
  answerQuestion,
  MAX_QUESTIONS,
  newState,
  openState,
  questionsFor,
  responseOf,
  sealState,
} from "./questionnaire";

const now = new Date("2026-12-04T10:00:00Z");

describe("the questionnaire's sheet", () => {
  it("asks the type only when the journey brought none", () => {
    expect(questionsFor(newState("digital", now)).map((question) => question.key)).toEqual([
      "item_11_3",
      "item_11_7",
      "item_11_6",
      "item_11_8",
      "item_18",
      "devices",
      "help",
      "distance",
      "german",
      "age",
      "school",
      "training",
    ]);
    expect(questionsFor(newState("nobody", now))[0]).toEqual({
      key: "type",
      kind: "type",
      values: ["personal", "mixed", "digital"],
    });
    expect(MAX_QUESTIONS).toBe(13);
  });

  it("keeps an answer, drops a skipped one, and refuses what the question does not offer", () => {
    const state = newState("mixed", now);
    const first = answerQuestion(state, 1, "next", "3", now);
    expect(first).toMatchObject({ ok: true, next: 2, state: { answers: { item_11_3: "3" } } });
    if (!first.ok) return;
    expect(answerQuestion(first.state, 1, "skip", null, now)).toMatchObject({ ok: true, state: { answers: {} } });
    expect(answerQuestion(state, 1, "next", "0", now)).toEqual({ ok: false, problem: "invalid" });
    expect(answerQuestion(state, 1, "next", null, now)).toEqual({ ok: false, problem: "required" });
    expect(answerQuestion(state, 12, "next", "degree", now)).toMatchObject({ ok: true, next: "send" });
    expect(answerQuestion(state, 13, "next", "1", now)).toEqual({ ok: false, problem: "invalid" });
  });

  it("opens only a cookie sealed with the same key, unchanged and not expired", () => {
    const state = newState("personal", now);
    const sealed = sealState(state, "key-one");
    expect(openState(sealed, "key-one", now)).toEqual(state);
    expect(openState(sealed, "key-two", now)).toBeNull();
    expect(openState(`${sealed}x`, "key-one", now)).toBeNull();
    expect(openState("not.a-cookie", "key-one", now)).toBeNull();
    expect(openState(sealed, "key-one", new Date(state.expiresAt + 1))).toBeNull();
  });

  it("makes the sheet to store with numbers for the items, and none without a type", () => {
    const state = { ...newState(null, now), answers: { type: "digital", item_18: "5", school: "realschule" } };
    expect(responseOf(state)).toEqual({
      type: "digital",
      age: null,
      school: "realschule",
      training: null,
      german: null,
      devices: null,
      distance: null,
      help: null,
      item_11_3: null,
      item_11_6: null,
      item_11_7: null,
      item_11_8: null,
      item_18: 5,
    });
    expect(responseOf({ ...state, answers: { item_18: "5" } })).toBeNull();
  });
});
