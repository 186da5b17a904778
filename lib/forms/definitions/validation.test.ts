// Each form's rules: required fields, IBAN, postal codes, and dates that must lie in the past or
// the future. "Today" is fixed (Monday 15 June 2026) so the date rules are tested, not the calendar.
import { describe, expect, it } from "vitest";
import { validateForm, validatePage } from "../engine";
import type { Answers, FormDefinition, StoredFile } from "../types";
import { absence } from "./absence";
import { callback } from "./callback";
import { changeReport } from "./change-report";
import { contactDetails } from "./contact-details";
import { continuedBenefits } from "./continued-benefits";
import { decisionQuestion } from "./decision-question";
import { sickNote } from "./sick-note";
import { submitDocuments } from "./submit-documents";

const context = { today: "2026-06-15" };
const contact: Answers = {
  fullName: "Ayşe Yılmaz",
  dateOfBirth: "1985-03-02",
  customerNumber: "123D456789",
  email: "ayse@example.org",
  phone: "0621 123456",
};
const photo: StoredFile = {
  id: "f1",
  storageKey: "2026/06/00000000-0000-4000-8000-000000000001",
  originalName: "a.jpg",
  mimeType: "image/jpeg",
  sizeBytes: 1000,
  sha256: "x",
};

/** Errors of one page for the given answers (empty object = valid). */
function errorsOf(form: FormDefinition, pageKey: string, answers: Answers, files: StoredFile[] = []) {
  const page = form.pages.find((candidate) => candidate.key === pageKey)!;
  const result = validatePage(page, answers, context, files);
  return result.ok ? {} : result.errors;
}

describe("contact page (shared)", () => {
  it("needs a name and a date of birth; the rest is optional", () => {
    expect(errorsOf(changeReport, "contact", { fullName: "A B", dateOfBirth: "1990-01-01" })).toEqual({});
    expect(errorsOf(changeReport, "contact", {})).toEqual({ fullName: ["required"], dateOfBirth: ["required"] });
  });
  it("refuses a birth date in the future, an impossible date, a bad e-mail and phone", () => {
    expect(errorsOf(changeReport, "contact", { ...contact, dateOfBirth: "2027-01-01" }).dateOfBirth).toEqual([
      "dateTooRecent",
    ]);
    expect(errorsOf(changeReport, "contact", { ...contact, dateOfBirth: "1990-02-30" }).dateOfBirth).toEqual([
      "invalidDate",
    ]);
    expect(errorsOf(changeReport, "contact", { ...contact, email: "not-an-address" }).email).toEqual(["invalidEmail"]);
    expect(errorsOf(changeReport, "contact", { ...contact, phone: "call me" }).phone).toEqual(["invalidPhone"]);
    expect(errorsOf(changeReport, "contact", { ...contact, customerNumber: "12" }).customerNumber).toEqual([
      "invalidCustomerNumber",
    ]);
  });
});

describe("change-report", () => {
  const base: Answers = {
    changeKind: "bank",
    changeDate: "2026-06-01",
    iban: "DE89 3704 0044 0532 0130 00",
    accountHolder: "Ayşe Yılmaz",
    ...contact,
  };
  it("accepts a complete bank change and stores the IBAN without spaces", () => {
    const result = validateForm(changeReport, base, context, []);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.answers.iban).toBe("DE89370400440532013000");
  });
  it("refuses an IBAN with a wrong check digit and an empty one", () => {
    expect(errorsOf(changeReport, "bank", { iban: "DE88 3704 0044 0532 0130 00", accountHolder: "A" }).iban).toEqual([
      "invalidIban",
    ]);
    expect(errorsOf(changeReport, "bank", { accountHolder: "A" }).iban).toEqual(["required"]);
  });
  it("accepts a foreign IBAN that is valid", () => {
    expect(errorsOf(changeReport, "bank", { iban: "AT611904300234573201", accountHolder: "A" })).toEqual({});
  });
  it("allows a change date up to three months ahead, not further", () => {
    expect(errorsOf(changeReport, "since", { changeDate: "2026-09-10" })).toEqual({});
    expect(errorsOf(changeReport, "since", { changeDate: "2026-12-01" }).changeDate).toEqual(["dateTooFarAhead"]);
  });
  it("asks only the detail pages of what changed", () => {
    const result = validateForm(
      changeReport,
      {
        changeKind: "address",
        changeDate: "2026-06-01",
        street: "Hauptstr. 1",
        postalCode: "68159",
        city: "Mannheim",
        ...contact,
      },
      context,
    );
    expect(result.ok).toBe(true);
  });
  it("refuses a postal code that is not five digits", () => {
    expect(errorsOf(changeReport, "address", { street: "A 1", postalCode: "6815", city: "M" }).postalCode).toEqual([
      "invalidPostalCode",
    ]);
    expect(errorsOf(changeReport, "address", { street: "A 1", postalCode: "ABCDE", city: "M" }).postalCode).toEqual([
      "invalidPostalCode",
    ]);
  });
  it("requires the kind of change", () => {
    expect(errorsOf(changeReport, "kind", {}).changeKind).toEqual(["chooseOne"]);
    expect(errorsOf(changeReport, "kind", { changeKind: "lottery" }).changeKind).toEqual(["chooseOne"]);
  });
  it("checks an income amount when given", () => {
    expect(errorsOf(changeReport, "income", { incomeKind: "newJob", incomeAmount: "1.250,50" })).toEqual({});
    expect(errorsOf(changeReport, "income", { incomeKind: "newJob", incomeAmount: "a lot" }).incomeAmount).toEqual([
      "invalidAmount",
    ]);
  });
});

describe("submit-documents", () => {
  it("needs at least one kind and at least one file", () => {
    expect(errorsOf(submitDocuments, "kinds", {}).documentKinds).toEqual(["chooseAtLeastOne"]);
    expect(errorsOf(submitDocuments, "documents", {}, [])).toEqual({ files: ["filesRequired"] });
    expect(validateForm(submitDocuments, { documentKinds: ["payslip"], ...contact }, context, [photo]).ok).toBe(true);
  });
});

describe("sick-note", () => {
  it("refuses an illness starting in the future and an end before the start", () => {
    expect(errorsOf(sickNote, "period", { sickFrom: "2026-06-16", sickUntil: "2026-06-20" }).sickFrom).toEqual([
      "dateInFuture",
    ]);
    expect(errorsOf(sickNote, "period", { sickFrom: "2026-06-12", sickUntil: "2026-06-10" }).sickUntil).toEqual([
      "endBeforeStart",
    ]);
    expect(errorsOf(sickNote, "period", { sickFrom: "2026-06-15", sickUntil: "2026-06-19" })).toEqual({});
  });
  it("asks for the certificate photo only when the person has one to upload", () => {
    const answers = { sickFrom: "2026-06-15", sickUntil: "2026-06-19", missedAppointment: "no", ...contact };
    expect(validateForm(sickNote, { ...answers, hasCertificate: "later" }, context).ok).toBe(true);
    const withCertificate = validateForm(sickNote, { ...answers, hasCertificate: "yes" }, context);
    expect(withCertificate.ok).toBe(false);
    if (!withCertificate.ok) expect(withCertificate.firstInvalidPage).toBe("documents");
  });
});

describe("contact-details", () => {
  it("needs at least one thing to change, then that thing", () => {
    expect(errorsOf(contactDetails, "what", {}).contactChanges).toEqual(["chooseAtLeastOne"]);
    const result = validateForm(contactDetails, { contactChanges: ["email"], ...contact }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.newEmail).toEqual(["required"]);
    expect(
      validateForm(contactDetails, { contactChanges: ["email"], newEmail: "neu@example.org", ...contact }, context).ok,
    ).toBe(true);
  });
  it("checks the new address and the moving day", () => {
    const page = { street: "Q5 1", postalCode: "68161", city: "Mannheim", movedOn: "2026-07-01" };
    expect(errorsOf(contactDetails, "newAddress", page)).toEqual({});
    expect(errorsOf(contactDetails, "newAddress", { ...page, movedOn: "2027-06-01" }).movedOn).toEqual([
      "dateTooFarAhead",
    ]);
    expect(errorsOf(contactDetails, "newAddress", { ...page, postalCode: "123456" }).postalCode).toEqual([
      "tooLong",
      "invalidPostalCode",
    ]);
  });
});

describe("absence", () => {
  it("asks before the trip: the start cannot lie in the past, the end not before the start", () => {
    expect(errorsOf(absence, "period", { awayFrom: "2026-06-10", awayUntil: "2026-06-20" }).awayFrom).toEqual([
      "dateInPast",
    ]);
    expect(errorsOf(absence, "period", { awayFrom: "2026-07-10", awayUntil: "2026-07-01" }).awayUntil).toEqual([
      "endBeforeStart",
    ]);
    expect(errorsOf(absence, "period", { awayFrom: "2026-07-01", awayUntil: "2026-07-14" })).toEqual({});
  });
  it("requires the destination", () => {
    expect(errorsOf(absence, "destination", {}).destination).toEqual(["required"]);
  });
});

describe("decision-question", () => {
  it("the decision letter's date cannot lie in the future; a message is required", () => {
    expect(
      errorsOf(decisionQuestion, "decision", { decisionDate: "2026-06-20", decisionTopic: "amount" }).decisionDate,
    ).toEqual(["dateInFuture"]);
    expect(errorsOf(decisionQuestion, "decision", { decisionDate: "2026-06-01", decisionTopic: "amount" })).toEqual({});
    expect(errorsOf(decisionQuestion, "message", {}).message).toEqual(["required"]);
    expect(errorsOf(decisionQuestion, "message", { message: "x".repeat(4001) }).message).toEqual(["tooLong"]);
  });
});

describe("callback", () => {
  it("needs a phone number, a working day within two weeks, a window and a language", () => {
    expect(errorsOf(callback, "number", { callbackPhone: "+49 621 123456" })).toEqual({});
    expect(errorsOf(callback, "number", { callbackPhone: "12" }).callbackPhone).toEqual(["invalidPhone"]);
    expect(errorsOf(callback, "time", { callbackDate: "2026-06-16", callbackWindow: "10-12" })).toEqual({});
    expect(errorsOf(callback, "time", { callbackDate: "2026-06-20", callbackWindow: "10-12" }).callbackDate).toEqual([
      "weekdayOnly",
    ]);
    expect(errorsOf(callback, "time", { callbackDate: "2026-06-12", callbackWindow: "10-12" }).callbackDate).toEqual([
      "dateInPast",
    ]);
    expect(errorsOf(callback, "time", { callbackDate: "2026-07-15", callbackWindow: "10-12" }).callbackDate).toEqual([
      "dateTooFarAhead",
    ]);
    expect(errorsOf(callback, "time", { callbackDate: "2026-06-16", callbackWindow: "20-22" }).callbackWindow).toEqual([
      "chooseOne",
    ]);
    expect(errorsOf(callback, "language", {}).callbackLanguage).toEqual(["chooseOne"]);
  });
});

describe("continued-benefits", () => {
  const complete: Answers = {
    householdSame: "yes",
    hasIncome: "yes",
    incomeSources: ["employment", "childBenefit"],
    incomeAmount: "850",
    rentCold: "420",
    serviceCharges: "110,50",
    heatingCosts: "0",
    housingChanged: "no",
    iban: "DE02120300000000202051",
    accountHolder: "Ayşe Yılmaz",
    ...contact,
  };
  it("accepts a complete application", () => {
    expect(validateForm(continuedBenefits, complete, context).ok).toBe(true);
  });
  it("refuses an invalid IBAN and missing housing costs", () => {
    const result = validateForm(
      continuedBenefits,
      { ...complete, iban: "DE02120300000000202052", rentCold: undefined as never },
      context,
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.iban).toEqual(["invalidIban"]);
      expect(result.errors.rentCold).toEqual(["required"]);
      expect(result.firstInvalidPage).toBe("housing");
    }
  });
  it("asks about household changes only when the household changed, with a date not far ahead", () => {
    const changed = validateForm(continuedBenefits, { ...complete, householdSame: "no" }, context);
    expect(changed.ok).toBe(false);
    if (!changed.ok) expect(changed.errors.householdDetails).toEqual(["required"]);
    expect(
      errorsOf(continuedBenefits, "householdChanges", {
        householdDetails: "Sohn ausgezogen",
        householdChangeDate: "2027-06-01",
      }).householdChangeDate,
    ).toEqual(["dateTooFarAhead"]);
  });
  it("needs income details only when there is income", () => {
    const withoutIncome = Object.fromEntries(
      Object.entries(complete).filter(([name]) => name !== "incomeSources" && name !== "incomeAmount"),
    );
    expect(validateForm(continuedBenefits, { ...withoutIncome, hasIncome: "no" }, context).ok).toBe(true);
    expect(validateForm(continuedBenefits, { ...withoutIncome, hasIncome: "yes" }, context).ok).toBe(false);
  });
});
