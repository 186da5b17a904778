// The status rule: received → in review → needs information ⇄ in review → done; nothing skips or goes back from done.
import { describe, expect, it } from "vitest";
import { canChangeStatus, nextStatuses, submissionStatuses } from "./status";

describe("submission status transitions", () => {
  it("allows exactly the forward steps", () => {
    const allowed = submissionStatuses.flatMap((from) =>
      submissionStatuses.filter((to) => canChangeStatus(from, to)).map((to) => `${from}->${to}`),
    );
    expect(allowed).toEqual([
      "received->in_review",
      "in_review->needs_info",
      "in_review->done",
      "needs_info->in_review",
    ]);
  });
  it("never skips review, never leaves done, never stays in place", () => {
    expect(canChangeStatus("received", "done")).toBe(false);
    expect(canChangeStatus("received", "needs_info")).toBe(false);
    expect(canChangeStatus("done", "in_review")).toBe(false);
    for (const status of submissionStatuses) expect(canChangeStatus(status, status)).toBe(false);
    expect(nextStatuses("done")).toEqual([]);
  });
});
