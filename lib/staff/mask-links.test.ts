import { describe, expect, it } from "vitest";
import { MASK, maskPrivateLinks } from "./mask-links";

const token = "Qm9va2luZ1Rva2VuLTMyLWJ5dGVzLWJhc2U2NHVybC14";

describe("maskPrivateLinks", () => {
  it("masks manage, calendar, status and draft links, with and without a language prefix", () => {
    expect(maskPrivateLinks(`Ändern oder absagen: https://zugang.example/appointments/manage/${token}\n`)).toBe(
      `Ändern oder absagen: https://zugang.example/appointments/manage/${MASK}\n`,
    );
    expect(maskPrivateLinks(`https://zugang.example/ar/appointments/manage/${token}/cancel`)).toBe(
      `https://zugang.example/ar/appointments/manage/${MASK}/cancel`,
    );
    expect(maskPrivateLinks(`Kalender: http://127.0.0.1:3000/api/v1/calendar/${token}.`)).toBe(
      `Kalender: http://127.0.0.1:3000/api/v1/calendar/${MASK}.`,
    );
    expect(maskPrivateLinks(`Stand: https://zugang.example/en/forms/status/short`)).toBe(
      `Stand: https://zugang.example/en/forms/status/${MASK}`,
    );
    expect(maskPrivateLinks(`/forms/draft/${token}/tasks`)).toBe(`/forms/draft/${MASK}/tasks`);
  });

  it("masks long tokens in any link and bare tokens, and leaves ordinary text alone", () => {
    expect(
      maskPrivateLinks(
        "https://meet.jit.si/zugang-0123456789abcdef0123456789abcdef?jwt=eyJhbGciOiJIUzI1NiJ9.eyJyb29tIjoieCJ9.c2lnbmF0dXJl",
      ),
    ).toBe(`https://meet.jit.si/${MASK}?jwt=${MASK}`);
    expect(maskPrivateLinks(`Code ${token} bitte aufheben`)).toBe(`Code ${MASK} bitte aufheben`);
    const plain =
      "Ihr Termin ist gebucht: Montag, 7. Dezember 2026, 09:30, Jobcenter Mitte.\nBuchungsnummer: ZG-4K7P-Q2\nWeiterbewilligungsantrag https://zugang.example/privacy";
    expect(maskPrivateLinks(plain)).toBe(plain);
  });
});
