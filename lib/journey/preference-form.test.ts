import { describe, expect, it } from "vitest";
import {
  errorsFromQuery,
  parsePreferenceForm,
  preferenceFormQuery,
  readPreferenceForm,
  valuesFromJourney,
} from "./preference-form";

const form = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return readPreferenceForm(data);
};

describe("preference form", () => {
  it("turns the answers into the engine's input", () => {
    const values = form([
      ["forWhom", "other"],
      ["preference", "digital"],
      ["helpNeed", "always"],
      ["devices", "smartphone-only"],
      ["language", "tr"],
      ["needs", "interpreter"],
      ["needs", "mobility"],
      ["distance", "far"],
    ]);
    expect(parsePreferenceForm(values, { requirePreference: true })).toEqual({
      ok: true,
      value: {
        preference: "digital",
        forSomeoneElse: true,
        situation: {
          helpNeed: "always",
          devices: "smartphone-only",
          language: "tr",
          interpreter: true,
          mobility: true,
          distance: "far",
        },
      },
    });
  });
  it("skipped questions leave the situation empty; 'none' means no stated preference", () => {
    expect(
      parsePreferenceForm(
        form([
          ["preference", "none"],
          ["helpNeed", ""],
        ]),
        { requirePreference: true },
      ),
    ).toEqual({
      ok: true,
      value: { preference: null, forSomeoneElse: false, situation: {} },
    });
  });
  it("asks for the preference when it is missing", () => {
    expect(parsePreferenceForm(form([]), { requirePreference: true })).toEqual({
      ok: false,
      errors: { preference: "required" },
    });
    expect(parsePreferenceForm(form([]), { requirePreference: false }).ok).toBe(true);
  });
  it("rejects values no question offers", () => {
    const result = parsePreferenceForm(
      form([
        ["preference", "fax"],
        ["devices", "pager"],
        ["needs", "x"],
        ["language", "<script>"],
      ]),
      { requirePreference: true },
    );
    expect(result).toEqual({
      ok: false,
      errors: { preference: "invalid", devices: "invalid", needs: "invalid", language: "invalid" },
    });
  });
  it("names an answer with a control character, and leaves it out of the query string", () => {
    const values = form([
      ["preference", "mixed\u0000"],
      ["language", "t\u0001r"],
      ["needs", "emergency"],
      ["needs", "mobility\u007f"],
      ["distance", "near"],
    ]);
    const result = parsePreferenceForm(values, { requirePreference: true });
    expect(result).toEqual({
      ok: false,
      errors: { preference: "invalidCharacters", language: "invalidCharacters", needs: "invalidCharacters" },
    });
    if (result.ok) return;
    const query = new URLSearchParams(preferenceFormQuery(values, result.errors));
    expect([...query.keys()]).toEqual(["distance", "needs", "errors"]);
    expect(errorsFromQuery(query.get("errors") ?? undefined)).toEqual(result.errors);
  });
  it("round-trips the answers and errors through the query string", () => {
    const values = form([
      ["preference", "mixed"],
      ["needs", "emergency"],
      ["distance", "near"],
    ]);
    const query = new URLSearchParams(preferenceFormQuery(values, { helpNeed: "invalid" }));
    expect(readPreferenceForm(query)).toEqual(values);
    expect(errorsFromQuery(query.get("errors") ?? undefined)).toEqual({ helpNeed: "invalid" });
    expect(errorsFromQuery("bogus:thing,preference:required")).toEqual({ preference: "required" });
  });
  it("gives a stored journey's answers back as form values", () => {
    expect(
      valuesFromJourney({ preference: null, forSomeoneElse: true, situation: { interpreter: true, distance: "far" } }),
    ).toEqual({
      forWhom: "other",
      preference: "none",
      helpNeed: undefined,
      devices: undefined,
      language: undefined,
      distance: "far",
      needs: ["interpreter"],
    });
  });
});
