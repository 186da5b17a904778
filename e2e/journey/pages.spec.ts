// The pages BITV requires: what they say and link to. Server markup, the same with and without
// JavaScript; without it, these pages are checked in every language on the markup the server sends
// (languages.spec.ts), and the feedback form, which posts, runs in both (feedback.both.spec.ts).
import { expect, expectAccessible, test } from "../fixtures";

test("the accessibility statement names the gaps, the feedback way and the conciliation body", async ({ page }) => {
  await page.goto("/accessibility");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: "Was ist noch nicht barrierefrei?" })).toBeVisible();
  await expect(page.getByText(/Schlichtungsstelle nach § 16 Behindertengleichstellungsgesetz/)).toBeVisible();
  await expect(page.locator("main").getByRole("link", { name: /Barriere melden/ })).toHaveAttribute(
    "href",
    "/feedback?kind=barrier",
  );
});

test("sign language page marks where each video belongs", async ({ page }) => {
  await page.goto("/sign-language");
  await expectAccessible(page);
  await expect(page.locator("[data-video-slot]")).toHaveCount(5);
});

test("imprint, privacy and plain language", async ({ page }) => {
  await page.goto("/imprint");
  await expectAccessible(page);
  await expect(page.getByText("Ifflandstraße 2-6")).toBeVisible();
  await expect(page.getByText("0621 - 17238-550")).toBeVisible();
  await page.goto("/privacy");
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: "Wenn Sie eine Empfehlung abrufen" })).toBeVisible();
  await page.goto("/plain-language");
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Zum Portal in Leichter Sprache" })).toHaveAttribute("href", "/de-x-ls");
});
