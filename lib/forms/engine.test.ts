// The engine's navigation: conditional pages, next and previous steps, task-list sections, resume.
import { describe, expect, it } from "vitest";
import { changeReport } from "./definitions/change-report";
import { continuedBenefits } from "./definitions/continued-benefits";
import { activePages, nextStep, previousStep, readPageAnswers, resumeStep, sectionStates } from "./engine";

const context = { today: "2026-06-15" };

describe("form engine", () => {
  it("shows only the detail page of what changed", () => {
    expect(activePages(changeReport, { changeKind: "bank" }).map((page) => page.key)).toEqual([
      "kind",
      "since",
      "bank",
      "documents",
      "contact",
    ]);
    expect(nextStep(changeReport, { changeKind: "bank" }, "since")).toBe("bank");
    expect(nextStep(changeReport, { changeKind: "bank" }, "contact")).toBe("check");
    expect(previousStep(changeReport, { changeKind: "bank" }, "documents")).toBe("bank");
    expect(previousStep(changeReport, {}, "kind")).toBeNull();
  });

  it("reads only the page's own fields from a post, trims text and keeps ticked boxes as a list", () => {
    const data = new FormData();
    data.append("changeKind", "  bank ");
    data.append("fullName", "should be ignored");
    const page = changeReport.pages[0];
    expect(readPageAnswers(page, data)).toEqual({ changeKind: "bank" });
    const boxes = new FormData();
    boxes.append("incomeSources", "employment");
    boxes.append("incomeSources", "pension");
    boxes.append("incomeAmount", "");
    const incomePage = continuedBenefits.pages.find((candidate) => candidate.key === "incomeDetails")!;
    expect(readPageAnswers(incomePage, boxes)).toEqual({ incomeSources: ["employment", "pension"] });
  });

  it("resumes at the first page not done yet, or the check page", () => {
    expect(resumeStep(changeReport, {}, [], context)).toBe("kind");
    expect(resumeStep(changeReport, { changeKind: "bank", changeDate: "2026-06-01" }, ["kind", "since"], context)).toBe(
      "bank",
    );
  });

  it("goes back to the task list at the end of a section and tracks each section", () => {
    expect(nextStep(continuedBenefits, { householdSame: "yes" }, "household")).toBe("tasks");
    expect(nextStep(continuedBenefits, { householdSame: "no" }, "household")).toBe("householdChanges");
    expect(previousStep(continuedBenefits, {}, "household")).toBe("tasks");
    const states = sectionStates(continuedBenefits, { householdSame: "no" }, ["household"], context);
    expect(states.find((entry) => entry.section === "household")?.state).toBe("inProgress");
    expect(states.find((entry) => entry.section === "income")?.state).toBe("notStarted");
    const done = sectionStates(continuedBenefits, { householdSame: "yes" }, ["household", "documents"], context);
    expect(done.find((entry) => entry.section === "household")?.state).toBe("completed");
    expect(done.find((entry) => entry.section === "documents")?.state).toBe("completed");
  });
});
