// The rule set's checks, its list of changes, the summary of changed combinations and the routing
// form, on the defaults every installation starts with.
import { describe, expect, it } from "vitest";
import { channels, REQUEST_TYPES } from "./reference-data";
import {
  changeText,
  defaultRuleSet,
  describeChanges,
  previewFor,
  summarizeChange,
  validateRuleSet,
  type RuleSetContent,
} from "./rule-sets";
import { readRoutingForm } from "./routing-form";

const requestTypes = REQUEST_TYPES.map((type) => ({
  key: type.key,
  title: type.title.de,
  allowedChannels: channels(type.allowed),
  isEmergency: type.isEmergency ?? false,
  externalUrl: type.externalUrl ?? null,
}));
const changeReport = requestTypes.find((type) => type.key === "change-report")!;

function withOrder(
  content: RuleSetContent,
  requestType: string,
  preference: "personal" | "mixed" | "digital",
  order: string,
): RuleSetContent {
  return {
    ...content,
    baseOrders: {
      ...content.baseOrders,
      [requestType]: { ...content.baseOrders[requestType], [preference]: channels(order) },
    },
  };
}

describe("validateRuleSet", () => {
  it("accepts the defaults", () => {
    expect(validateRuleSet(defaultRuleSet(), requestTypes)).toEqual([]);
  });

  it("refuses an order that leaves out in person, naming the request type and the preference", () => {
    const problems = validateRuleSet(withOrder(defaultRuleSet(), "change-report", "digital", "O V T O"), requestTypes);
    expect(problems.map((problem) => problem.message)).toEqual([
      "Änderung mitteilen, eher digital: „Online-Formular“ steht mehrmals in der Reihenfolge.",
      "Änderung mitteilen, eher digital: „Vor Ort“ fehlt. Der persönliche Kontakt muss immer angeboten werden.",
    ]);
    expect(problems[1].target).toEqual({ requestType: "change-report", preference: "digital" });
  });

  it("refuses a channel the request type does not allow and one it allows but the order forgot", () => {
    const messages = validateRuleSet(withOrder(defaultRuleSet(), "submit-documents", "mixed", "V P"), requestTypes).map(
      (problem) => problem.message,
    );
    expect(messages).toEqual([
      "Unterlagen einreichen, persönlich und digital: „Video“ ist für dieses Anliegen nicht erlaubt.",
      "Unterlagen einreichen, persönlich und digital: „Online-Formular“ fehlt in der Reihenfolge.",
    ]);
  });

  it("refuses turning the emergency step off", () => {
    const content = defaultRuleSet();
    const off = {
      ...content,
      situationSteps: content.situationSteps.map((step) =>
        step.key === "emergency" ? { ...step, enabled: false } : step,
      ),
    };
    expect(validateRuleSet(off, requestTypes)).toEqual([expect.objectContaining({ target: { step: "emergency" } })]);
    const otherOff = {
      ...content,
      situationSteps: content.situationSteps.map((step) =>
        step.key === "no-device" ? { ...step, enabled: false } : step,
      ),
    };
    expect(validateRuleSet(otherOff, requestTypes)).toEqual([]);
  });
});

describe("describeChanges and summarizeChange", () => {
  const before = defaultRuleSet();
  const after = withOrder(before, "change-report", "digital", "V O T P");

  it("lists a changed base order with its before and after, in German", () => {
    const changes = describeChanges(before, after);
    expect(changes).toEqual([
      {
        kind: "order",
        requestType: "change-report",
        preference: "digital",
        from: channels("O V T P"),
        to: channels("V O T P"),
      },
    ]);
    expect(changeText(changes[0], () => "Änderung mitteilen")).toBe(
      "Änderung mitteilen, eher digital: Online-Formular → Video → Rückruf → Vor Ort wird Video → Online-Formular → Rückruf → Vor Ort",
    );
    expect(describeChanges(before, before)).toEqual([]);
  });

  it("counts the combinations whose ranking changes: one of 33, its first channel too", () => {
    const summary = summarizeChange(requestTypes, before, after);
    expect(summary.combinations).toBe(33);
    expect(summary.changed).toEqual([
      {
        requestType: "change-report",
        preference: "digital",
        before: channels("O V T P"),
        after: channels("V O T P"),
        firstChanged: true,
      },
    ]);
  });

  it("counts a step turned off only where it moved a channel for the situation looked at", () => {
    const stepOff = {
      ...before,
      situationSteps: before.situationSteps.map((step) =>
        step.key === "help-needed" ? { ...step, enabled: false } : step,
      ),
    };
    expect(describeChanges(before, stepOff)).toEqual([{ kind: "step-enabled", step: "help-needed", enabled: false }]);
    expect(summarizeChange(requestTypes, before, stepOff).changed).toEqual([]);
    const helpOften = summarizeChange(requestTypes, before, stepOff, { helpNeed: "often" });
    // Every combination where the online form was not already last moves: all but those without a form or with it last already.
    expect(helpOften.changed.length).toBeGreaterThan(0);
    expect(
      helpOften.changed.every((change) => change.before.at(-1) === "online" && change.after.at(-1) !== "online"),
    ).toBe(true);
    expect(helpOften.changed.map((change) => `${change.requestType}/${change.preference}`)).toContain(
      "change-report/digital",
    );
  });

  it("previews one person before and after, with the reasons the citizen reads", () => {
    const preview = previewFor(changeReport, before, after, { preference: "digital", situation: {} });
    expect(preview.before.recommended).toBe("online");
    expect(preview.after.recommended).toBe("video");
    expect(preview.after.options[0].reasonKey).toBe("preference.digital");
    const emergency = previewFor(changeReport, before, after, {
      preference: "digital",
      situation: { emergency: true },
    });
    expect(emergency.after.options.map((option) => option.channel).slice(0, 2)).toEqual(["in_person", "phone"]);
  });
});

describe("readRoutingForm", () => {
  const current = defaultRuleSet();
  const stepPlaces = Object.fromEntries(
    current.situationSteps.flatMap((step, index) => [
      [`position-${step.key}`, String(index + 1)],
      [`step-${step.key}`, "on"],
    ]),
  );
  const order = (preference: string, codes: string) =>
    Object.fromEntries(channels(codes).map((channel, index) => [`${preference}-${index + 1}`, channel]));

  it("shows the rule set in force without a draft", () => {
    const form = readRoutingForm({ type: "change-report" }, current, requestTypes);
    expect(form).toMatchObject({ requestType: "change-report", hasDraft: false, problems: [] });
    expect(form.draft).toBe(current);
  });

  it("reads the places of each order and the steps' places into a draft", () => {
    const fields = {
      type: "change-report",
      draft: "1",
      basedOn: "4",
      ...order("personal", "P V T O"),
      ...order("mixed", "O P V T"),
      ...order("digital", "V O T P"),
      ...stepPlaces,
      "position-emergency": "7",
      "step-no-device": "",
    };
    const form = readRoutingForm(fields, current, requestTypes);
    expect(form.problems).toEqual([]);
    expect(form.basedOn).toBe(4);
    expect(describeChanges(current, form.draft).map((change) => change.kind)).toEqual([
      "order",
      "step-enabled",
      "step-order",
    ]);
    expect(form.draft.situationSteps.at(-1)?.key).toBe("emergency");
  });

  it("names an unknown channel, a place that is no number and two steps on one place", () => {
    const fields = {
      type: "change-report",
      draft: "1",
      ...order("personal", "P V T O"),
      ...order("mixed", "O P V T"),
      ...order("digital", "O V T P"),
      "digital-2": "fax",
      ...stepPlaces,
      "position-interpreter": "x",
      "position-no-device": "1",
      "person-language": "<b>",
    };
    const messages = readRoutingForm(fields, current, requestTypes).problems.map((problem) => problem.message);
    expect(messages).toEqual([
      "Sprache: bitte eine Sprache mit ihrem Namen angeben, z. B. Türkisch oder Arabisch.",
      "Unbekannter Weg an der 2. Stelle.",
      "Die Stelle eines Schritts ist eine Zahl ab 1 (Schritt „interpreter“).",
      "Jede Stelle der Schritte darf nur einmal vergeben sein.",
    ]);
  });
});

describe("describeChanges on stored params", () => {
  it("sees no change in params whose keys come back in another order (as jsonb returns them)", () => {
    const before = defaultRuleSet();
    const reordered = {
      ...before,
      situationSteps: before.situationSteps.map((step) => ({
        ...step,
        params: Object.fromEntries(Object.entries(step.params as object).reverse()),
      })),
    };
    expect(describeChanges(before, reordered)).toEqual([]);
    const moved = {
      ...before,
      situationSteps: before.situationSteps.map((step) =>
        step.key === "no-device" ? { ...step, params: { ...(step.params as object), move: "first" } } : step,
      ),
    };
    expect(describeChanges(before, moved)).toEqual([{ kind: "step-params", step: "no-device" }]);
  });
});
