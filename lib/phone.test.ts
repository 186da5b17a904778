import { describe, expect, it } from "vitest";
import { isPhoneNumber, phoneForDisplay, toE164 } from "./phone";

describe("toE164", () => {
  it.each([
    ["0621 5550101", "+496215550101"],
    ["0621/555 01 01", "+496215550101"],
    ["+49 621 555 0101", "+496215550101"],
    ["+49 621 5550101", "+496215550101"],
    ["0049621 5550101", "+496215550101"],
    ["+49 (0)621 555-0101", "+496215550101"],
    ["(0621) 555 01 01", "+496215550101"],
    ["06214567890", "+496214567890"],
    ["0151 23456789", "+4915123456789"],
    ["+90 212 555 01 01", "+902125550101"],
  ])("reads %s as %s", (typed, stored) => {
    expect(toE164(typed)).toBe(stored);
  });

  it.each(["12ab", "12", "", "   ", "0621 555 01 01 x", "++49 621 5550101", "0000000"])("cannot read %j", (typed) => {
    expect(toE164(typed)).toBeNull();
    expect(isPhoneNumber(typed)).toBe(false);
  });
});

describe("phoneForDisplay", () => {
  it("shows German numbers in the national format and others internationally", () => {
    expect(phoneForDisplay("+496215550101")).toBe("0621 5550101");
    expect(phoneForDisplay("+4915123456789")).toBe("01512 3456789");
    expect(phoneForDisplay("+902125550101")).toBe("+90 212 555 01 01");
  });

  it("shows a stored value it cannot read as it was stored, and nothing for none", () => {
    expect(phoneForDisplay("bitte anrufen")).toBe("bitte anrufen");
    expect(phoneForDisplay(null)).toBe("");
  });
});
