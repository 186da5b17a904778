// Personal data stays out of addresses: the front desk searches for a person, is refused once (a
// date of birth that is no day), creates the person and finds them in the people search; no address the browser asked for (its
// history, the server's access log) holds the name, the date of birth or the phone number, and the
// refused form came back with everything typed — a very long name included, with no 414.
import { expect, expectAccessible, test } from "../fixtures";
import { signIn } from "./helpers";

test.describe.configure({ timeout: 120_000 });

test("after the front desk searches for and creates a person, no URL holds the name, the date of birth or the phone", async ({
  page,
}) => {
  const surname = `Adresslos ${Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("")}`;
  const name = `Zeynep ${surname}`;
  const phone = "0621 4567 8901";
  const addresses: string[] = [];
  page.on("request", (request) => addresses.push(request.url()));

  await signIn(page, "empfang@zugang.example", "demo-empfang", "/staff/front-desk/book");
  await expect(page.getByRole("heading", { name: "Termin für jemanden buchen" })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill(surname);
  await page.getByLabel("Geburtsdatum", { exact: true }).fill("14.03.1975");
  await page.getByRole("button", { name: "Suchen" }).click();
  await expect(page.getByRole("status")).toHaveText("Niemand gefunden.");
  await expectAccessible(page);
  // The search is shown again as typed.
  await expect(page.locator("#search-name")).toHaveValue(surname);

  // Refused once: the date of birth is no day. Everything typed comes back (a long name too).
  await page.locator("#new-name").fill(name);
  await page.locator("#new-dateOfBirth").fill("31.02.1975");
  await page.locator("#new-phone").fill(phone);
  await page.getByRole("button", { name: "Person anlegen und weiter" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await expect(page.locator("#new-name")).toHaveValue(name);
  await expect(page.locator("#new-dateOfBirth")).toHaveValue("31.02.1975");
  await expect(page.locator("#new-phone")).toHaveValue(phone);
  await expectAccessible(page);

  const longName = `${name} ${"x".repeat(5000)}`;
  await page.locator("#new-name").fill(longName);
  const refusal = page.waitForResponse((response) => response.url().endsWith("/staff/front-desk/book/person"));
  await page.getByRole("button", { name: "Person anlegen und weiter" }).click();
  expect((await refusal).status()).toBe(303);
  await expect(page.locator("#new-name")).toHaveValue(longName);
  expect(page.url().length).toBeLessThan(300);
  await expectAccessible(page);

  await page.locator("#new-name").fill(name);
  await page.locator("#new-dateOfBirth").fill("14.03.1975");
  await page.getByRole("button", { name: "Person anlegen und weiter" }).click();
  await expect(page.getByRole("heading", { name: `1. Person: ${name}` })).toBeVisible();
  await expectAccessible(page);

  // The people search finds the new person by name and date of birth, by post as well.
  await page.goto("/staff/people");
  await expectAccessible(page);
  await page.getByLabel("Suche", { exact: true }).fill(`${surname} 14.03.1975`);
  await page.getByLabel("Suche", { exact: true }).press("Enter");
  await expect(page.getByRole("status")).toHaveText("1 Person gefunden");
  await expect(page.getByRole("link", { name })).toBeVisible();
  await expect(page.getByLabel("Suche", { exact: true })).toHaveValue(`${surname} 14.03.1975`);
  await expectAccessible(page);

  expect(addresses.length).toBeGreaterThan(4);
  const leaks = addresses.filter((address) => {
    const text = decodeURIComponent(address.replace(/\+/g, " "));
    return (
      text.includes(surname) ||
      text.includes("14.03.1975") ||
      text.includes("1975-03-14") ||
      text.includes("31.02.1975") ||
      text.replace(/\s/g, "").includes("45678901")
    );
  });
  expect(leaks).toEqual([]);
});
