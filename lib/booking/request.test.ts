// The one booking request and the shapes derived from it: what the gate refuses, with which code,
// and that every code the pages can show has a message.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appointmentBody, inEnglish } from "./api-schemas";
import { DRAFT_ERROR_CODES } from "./drafts";
import { detailsForm, pageErrors } from "./form-schema";
import { bookingRequest } from "./request";

const valid = {
  requestType: "change-report",
  channel: "in_person",
  locationId: "6f1c2b8e-3d4a-4c5b-9e6f-7a8b9c0d1e2f",
  start: new Date("2026-12-01T08:00:00Z"),
  person: { name: "Erika Muster", email: "erika@example.org" },
  language: "de",
};

/** The codes by field of a refused request. */
function codes(
  input: unknown,
  schema: {
    safeParse(input: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  } = bookingRequest,
) {
  const parsed = schema.safeParse(input);
  return Object.fromEntries((parsed.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("the booking request", () => {
  it("takes a valid request; blank answers become null, a journey id that is none is dropped", () => {
    const parsed = bookingRequest.parse({
      ...valid,
      person: { ...valid.person, phone: "  ", customerNumber: "" },
      note: "line one\nline two",
      journeyId: "not-a-journey",
    });
    expect(parsed.person).toEqual({
      name: "Erika Muster",
      email: "erika@example.org",
      phone: null,
      customerNumber: null,
    });
    expect(parsed).toMatchObject({ note: "line one\nline two", journeyId: null, interpreter: null });
  });

  it("refuses control characters, impossible contacts, long texts and a missing way to reach the person", () => {
    expect(codes({ ...valid, person: { name: "Nul\u0000Byte", email: "not-an-email" } })).toEqual({
      "person.name": "invalidCharacters",
      "person.email": "email",
    });
    expect(codes({ ...valid, person: { name: "E".repeat(201), phone: "call me maybe" } })).toEqual({
      "person.name": "tooLong",
      "person.phone": "phone",
    });
    expect(codes({ ...valid, person: { name: "" } })).toEqual({ "person.name": "name", "person.email": "contact" });
    expect(codes({ ...valid, note: "tab\tok, bell\u0007 not", interpreter: "t\nr" })).toEqual({
      note: "invalidCharacters",
      interpreter: "invalidCharacters",
    });
    expect(codes({ ...valid, requestType: "change\u0000report", start: new Date("soon") })).toEqual({
      requestType: "invalidCharacters",
      start: "notBookable",
    });
  });

  it("takes a phone number only whole: text before or after the digits is refused", () => {
    const withPhone = (phone: string) => codes({ ...valid, person: { name: "Erika Muster", phone } });
    expect(withPhone("0621 555 0101")).toEqual({});
    expect(withPhone("+49 621 555 0101")).toEqual({});
    expect(withPhone("0621 555 0101 abc")).toEqual({ "person.phone": "phone" });
    expect(withPhone("0621 555 0101, ab 18 Uhr")).toEqual({ "person.phone": "phone" });
    expect(withPhone("Tel. 0621 555 0101")).toEqual({ "person.phone": "phone" });
  });

  it("asks for consent to a video call", () => {
    expect(codes({ ...valid, channel: "video", videoConsent: false })).toEqual({ videoConsent: "consent" });
    expect(codes({ ...valid, channel: "video", videoConsent: true })).toEqual({});
  });
});

describe("the shapes derived from it", () => {
  it("the web form takes the start as the page sends it, with the same rules", () => {
    const form = { ...valid, start: "2026-12-01T09:00:00+01:00", person: { name: "", email: "", phone: "" } };
    expect(codes(form, detailsForm)).toEqual({ "person.name": "name", "person.email": "contact" });
    expect(codes({ ...form, start: "2026-02-30T09:00:00+01:00" }, detailsForm)).toMatchObject({ start: "notBookable" });
  });

  it("the API body takes channels as in URLs and answers in English", () => {
    const body = {
      ...valid,
      channel: "in-person",
      start: "2026-12-01T09:00:00+01:00",
      person: { name: "Nul\u0000Byte" },
    };
    expect(codes(body, appointmentBody)).toEqual({ "person.name": "invalidCharacters", "person.email": "contact" });
    expect(codes({ ...body, channel: "in_person" }, appointmentBody)).toHaveProperty("channel");
    expect(inEnglish({ "person.email": ["contact"], start: ["This time cannot be booked."] })).toEqual({
      "person.email": ["Give an e-mail address or a phone number."],
      start: ["This time cannot be booked."],
    });
  });

  it("the details page shows errors at their fields, and hidden fields' errors once for the form", () => {
    expect(
      pageErrors({
        "person.name": ["name", "tooLong"],
        "person.email": ["contact"],
        start: ["This time cannot be booked."],
        requestType: ["notBookable"],
      }),
    ).toEqual({
      name: "name",
      email: "contact",
      form: "notBookable",
    });
  });

  it("every message a draft can carry exists in booking.errors", () => {
    const errors = (
      JSON.parse(readFileSync(path.join(process.cwd(), "messages", "de", "booking.json"), "utf8")) as {
        errors: Record<string, string>;
      }
    ).errors;
    expect(DRAFT_ERROR_CODES.filter((code) => !errors[code])).toEqual([]);
  });
});

describe("who books", () => {
  const staff = { kind: "staff", staffUserId: "0b9c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4", assistance: "counter" };

  it("is the person themselves unless said; only staff may leave out the contact", () => {
    expect(bookingRequest.parse(valid).actor).toEqual({ kind: "citizen" });
    const withoutContact = { ...valid, person: { name: "Erika Muster" } };
    expect(codes(withoutContact)).toEqual({ "person.email": "contact" });
    expect(bookingRequest.parse({ ...withoutContact, actor: staff }).actor).toEqual({ ...staff, citizenId: null });
    expect(codes({ ...withoutContact, actor: { ...staff, assistance: "kiosk" } })).toHaveProperty("actor.assistance");
  });

  it("cannot be claimed through the API's body or the web form: their shapes have no actor", () => {
    const body = {
      ...valid,
      channel: "in-person",
      start: "2026-12-01T09:00:00+01:00",
      person: { name: "Erika Muster" },
      actor: staff,
    };
    expect(codes(body, appointmentBody)).toEqual({ "person.email": "contact" });
    expect(appointmentBody.parse({ ...body, person: valid.person })).not.toHaveProperty("actor");
    expect(detailsForm.parse({ ...valid, start: "2026-12-01T09:00:00+01:00", actor: staff })).not.toHaveProperty(
      "actor",
    );
  });
});
