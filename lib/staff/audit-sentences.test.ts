// The audit log's words: every named action reads as German words around the names, never as its key.
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_NAMES, auditDetailText, auditSentence } from "./audit-sentences";

describe("auditSentence", () => {
  it("puts the person's name inside the sentence", () => {
    expect(auditSentence("person.viewed").parts).toEqual([" hat die Personenseite von ", " geöffnet"]);
    expect(auditSentence("appointment.checked-in").parts).toEqual([" hat ", " eingecheckt"]);
  });

  it("names every action in words, without its key", () => {
    for (const action of Object.keys(AUDIT_ACTION_NAMES)) {
      const words = auditSentence(action).parts.join(" ");
      expect(words, action).not.toContain(action);
      expect(words.trim().length, action).toBeGreaterThan(3);
    }
  });

  it("an action without a name of its own keeps its key (so that a new one is noticed, not hidden)", () => {
    expect(auditSentence("something.new").parts).toEqual([": something.new"]);
  });
});

describe("auditDetailText", () => {
  const format = (instant: Date) => instant.toISOString().slice(0, 10);
  it("says a rebook's times, a closure's cancellations, a version; nothing for other details", () => {
    expect(
      auditDetailText("appointment.rebooked", { from: "2026-12-08T09:00:00Z", to: "2026-12-09T10:00:00Z" }, format),
    ).toBe("von 2026-12-08 auf 2026-12-09");
    expect(auditDetailText("location.closure-added", { cancelled: 2, reason: "x" }, format)).toBe(
      "2 gebuchte Termine abgesagt",
    );
    expect(auditDetailText("routing-rules.saved", { version: 7, changes: [] }, format)).toBe("Version 7");
    expect(auditDetailText("person.viewed", {}, format)).toBe("");
    expect(auditDetailText("person.viewed", null, format)).toBe("");
  });

  it("names the fields a correction changed in German, never their keys or values", () => {
    expect(auditSentence("person.corrected").parts).toEqual([" hat Kontaktdaten oder Sprache von ", " korrigiert"]);
    expect(auditDetailText("person.corrected", { fields: ["phone", "language"] }, format)).toBe("Telefon, Sprache");
    expect(auditDetailText("person.corrected", { fields: ["email", "constructor"] }, format)).toBe("E-Mail");
    expect(auditDetailText("person.corrected", { fields: [] }, format)).toBe("");
  });
});
