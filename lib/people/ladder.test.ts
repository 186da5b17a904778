// The channel ladder: each rule on its own, from what is known about a person.
import { describe, expect, it } from "vitest";
import { channelLadder, ladderLine, type LadderInput } from "./ladder";

const known: LadderInput = {
  preference: null,
  helpNeed: null,
  devices: null,
  language: null,
  interpreter: null,
  accessibility: null,
  helper: null,
  hasEmail: true,
  hasPhone: true,
  unreachedCallbacks: 0,
  noShows: 0,
};

describe("the channel ladder", () => {
  it("follows the stated preference when nothing else is known", () => {
    expect(channelLadder({ ...known, preference: "personal" }).offer.slice(0, 2)).toEqual(["in_person", "phone"]);
    expect(channelLadder({ ...known, preference: "digital" }).offer.slice(0, 2)).toEqual(["online", "email"]);
    expect(channelLadder({ ...known, preference: "digital" }).never).toEqual([]);
  });

  it("puts assisted ways first and online last for someone who needs help often", () => {
    const ladder = channelLadder({ ...known, preference: "digital", helpNeed: "often" });
    expect(ladder.offer.slice(0, 2)).toEqual(["in_person", "phone"]);
    expect(ladder.offer.at(-1)).toBe("email");
    expect(ladder.never[0]).toContain("Online-Formulare");
  });

  it("never relies on e-mail without an address: letters or a call", () => {
    const ladder = channelLadder({ ...known, hasEmail: false });
    expect(ladder.offer).not.toContain("email");
    expect(ladder.never).toContain("Keine E-Mail-Adresse: Briefe senden oder anrufen");
  });

  it("drops every digital way for someone without a device", () => {
    const ladder = channelLadder({ ...known, preference: "digital", devices: "none" });
    expect(ladder.offer).toEqual(["phone", "in_person", "letter"]);
    expect(ladder.never.join()).toContain("Kein Gerät");
  });

  it("without a phone number, and after unreached callbacks, does not rely on calls", () => {
    expect(channelLadder({ ...known, hasPhone: false }).offer).not.toContain("phone");
    const hard = channelLadder({ ...known, preference: "personal", unreachedCallbacks: 2 });
    expect(hard.offer.at(-1)).toBe("phone");
    expect(hard.never.join()).toContain("2 Rückrufe ohne Erfolg");
  });

  it("offers an interpreter and in person first when one is needed; a language alone is a note", () => {
    const ladder = channelLadder({ ...known, preference: "digital", interpreter: "tr", language: "tr" });
    expect(ladder.offer[0]).toBe("in_person");
    expect(ladder.never.join()).toContain("Dolmetschung (Türkisch)");
    expect(channelLadder({ ...known, language: "ar" }).notes.join()).toContain("Spricht Arabisch");
  });

  it("moves video above in person for limited mobility", () => {
    const ladder = channelLadder({ ...known, preference: "personal", accessibility: "mobility" });
    expect(ladder.offer.indexOf("video")).toBeLessThan(ladder.offer.indexOf("in_person"));
  });

  it("says it in one line for the callback queue", () => {
    expect(ladderLine(channelLadder({ ...known, preference: "personal", hasEmail: false }))).toBe(
      "Zuerst: persönlich vor Ort, Anruf · Nicht: Keine E-Mail-Adresse",
    );
  });
});
