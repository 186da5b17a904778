// The request type form's checks and the texts' fallback, without a database: what is refused and
// why, what counts as a change, which languages are gaps, and that an empty language really shows
// the German text (the warning on the staff pages must say what the code does).
import { describe, expect, it } from "vitest";
import { UNIT_MINUTES } from "@/lib/booking/availability";
import {
  checkRequestTypeForm,
  gapText,
  languageGaps,
  PORTAL_LANGUAGES,
  settingChanges,
  SLOT_MINUTES,
  type RequestTypeFormFields,
  type RequestTypeSettings,
} from "./request-type-settings";
import { localized, requestTypeText, whatToBring } from "./texts";

const complete = (): RequestTypeFormFields => {
  const fields: RequestTypeFormFields = { basedOn: "1", slotMinutes: "30", channel: ["online", "in_person"] };
  for (const language of PORTAL_LANGUAGES) {
    fields[`title-${language}`] = `Titel ${language}`;
    fields[`description-${language}`] = `Erklärung ${language}`;
    fields[`bring-${language}`] = `Ausweis ${language}\r\n\r\n  Briefe ${language}  `;
  }
  return fields;
};
const problemsOf = (fields: RequestTypeFormFields, hasOnlineForm = true) => {
  const result = checkRequestTypeForm(fields, { hasOnlineForm });
  return result.ok ? {} : result.problems;
};

describe("checkRequestTypeForm", () => {
  it("reads a complete form: trimmed texts, one item per non-empty line, channels in their usual order", () => {
    const result = checkRequestTypeForm(
      { ...complete(), channel: ["phone", "in_person", "online", "fax"] },
      { hasOnlineForm: true },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings.allowedChannels).toEqual(["online", "in_person", "phone"]);
    expect(result.settings.whatToBring.ar).toEqual(["Ausweis ar", "Briefe ar"]);
    expect(result.settings.slotMinutes).toBe(30);
  });

  it("refuses a form without in person, however the other channels are ticked", () => {
    expect(problemsOf({ ...complete(), channel: ["online", "video", "phone"] })).toEqual({
      "channel-in_person": expect.stringContaining("„Vor Ort“ lässt sich nicht abschalten"),
    });
    expect(problemsOf({ ...complete(), channel: undefined })).toHaveProperty("channel-in_person");
  });

  it("refuses the online channel where no online form exists", () => {
    expect(problemsOf(complete(), false)).toEqual({
      "channel-online": expect.stringContaining("kein Online-Formular"),
    });
    expect(problemsOf({ ...complete(), channel: "in_person" }, false)).toEqual({});
  });

  it("needs a German title; other languages may be empty", () => {
    expect(problemsOf({ ...complete(), "title-de": "" })).toEqual({
      "title-de": expect.stringContaining("deutschen Titel"),
    });
    expect(problemsOf({ ...complete(), "title-en": "", "description-en": "", "bring-en": "" })).toEqual({});
  });

  it("bounds the slot length to quarter hours from 15 to 240 minutes", () => {
    expect(SLOT_MINUTES.step).toBe(UNIT_MINUTES);
    for (const ok of ["15", "45", "240"]) expect(problemsOf({ ...complete(), slotMinutes: ok })).toEqual({});
    for (const bad of ["0", "10", "20", "255", "480", "-15", "30.5", "1e2", ""])
      expect(problemsOf({ ...complete(), slotMinutes: bad })).toHaveProperty("slotMinutes");
  });

  it("refuses overlong texts, a line break in a title and too many things to bring", () => {
    const problems = problemsOf({
      ...complete(),
      "title-tr": "x".repeat(121),
      "title-uk": "Zwei\nZeilen",
      "description-bg": "y".repeat(401),
      "bring-ro": Array.from({ length: 13 }, (_, index) => `Ding ${index}`).join("\n"),
    });
    expect(Object.keys(problems).sort()).toEqual(["bring-ro", "description-bg", "title-tr", "title-uk"]);
    expect(problems["title-tr"]).toBe("Türkisch: Der Titel darf höchstens 120 Zeichen lang sein (jetzt 121).");
  });
});

const settings = (overrides: Partial<RequestTypeSettings> = {}): RequestTypeSettings => ({
  title: { de: "Krankmeldung", en: "Report sick" },
  description: { de: "Sie sind krank.", en: "You are ill." },
  whatToBring: { de: ["Ausweis"], en: ["ID"] },
  allowedChannels: ["online", "in_person"],
  slotMinutes: 15,
  ...overrides,
});

describe("settingChanges", () => {
  it("names each changed setting with its value before and after, and nothing else", () => {
    expect(settingChanges(settings(), settings())).toEqual({});
    expect(
      settingChanges(
        settings(),
        settings({
          title: { de: "Krank melden", en: "Report sick" },
          allowedChannels: ["online", "in_person", "phone"],
          whatToBring: { de: ["Ausweis"], en: [] },
        }),
      ),
    ).toEqual({
      "title.de": { from: "Krankmeldung", to: "Krank melden" },
      "whatToBring.en": { from: ["ID"], to: [] },
      allowedChannels: { from: ["online", "in_person"], to: ["online", "in_person", "phone"] },
    });
  });
});

describe("languages left empty", () => {
  it("are listed per language with the parts missing, in words that say the German text is shown", () => {
    const gaps = languageGaps(settings());
    expect(gaps.find((gap) => gap.language === "ar")).toEqual({
      language: "ar",
      parts: ["title", "description", "whatToBring"],
    });
    expect(gaps.find((gap) => gap.language === "en")).toBeUndefined();
    expect(gapText({ language: "ar", parts: ["title", "whatToBring"] })).toBe(
      "Arabisch: Titel und Mitbringen fehlen – wer das Portal in dieser Sprache liest, sieht dort den deutschen Text.",
    );
  });

  it("show the German text and list, as the warning says; a filled language shows its own", () => {
    const type = {
      title: { de: "Krankmeldung", en: "Report sick", ar: "  " },
      description: { de: "Sie sind krank." },
      whatToBring: { de: ["Ausweis"], ar: [] },
    };
    expect(requestTypeText(type, "ar")).toEqual({
      title: "Krankmeldung",
      description: "Sie sind krank.",
      titleLanguage: "de",
      descriptionLanguage: "de",
    });
    expect(requestTypeText(type, "en").title).toBe("Report sick");
    expect(requestTypeText(type, "de-x-ls").titleLanguage).toBe("de");
    expect(whatToBring(type, "ar")).toEqual(["Ausweis"]);
    expect(localized({}, "en")).toBe("");
  });
});
