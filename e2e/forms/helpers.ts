// Steps shared by the form journeys: move on and check the new page, fill dates relative to today,
// make small photo and PDF files.
import sharp from "sharp";
import { expect, expectAccessible } from "../fixtures";
import { expectValidHtml, expectValidMarkup } from "../valid-html";
import type { Page, Response } from "@playwright/test";

/**
 * Runs an action that leaves the page (a link or a plain form post), then checks the new page: axe,
 * and html-validate on the markup the browser received (fetched again only after a client-side
 * navigation, which loads no document).
 */
export async function moveOn(page: Page, action: () => Promise<void>): Promise<void> {
  const before = page.url();
  const documents: Response[] = [];
  const collect = (response: Response) => {
    if (response.request().isNavigationRequest() && response.frame() === page.mainFrame()) documents.push(response);
  };
  page.on("response", collect);
  try {
    await action();
    await page.waitForURL((url) => url.toString() !== before);
    // After a client-side navigation the new title follows the new URL.
    await expect(page).not.toHaveTitle("");
  } finally {
    page.off("response", collect);
  }
  await expectAccessible(page);
  const received = documents.findLast((response) => response.url() === page.url() && response.status() === 200);
  if (received) await expectValidMarkup(await received.text(), page.url());
  else await expectValidHtml(page.request, page.url());
}

export async function next(page: Page, name = "Weiter"): Promise<void> {
  await moveOn(page, () => page.getByRole("button", { name, exact: true }).click());
}

export async function startForm(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expectAccessible(page);
  await expect(page.getByTestId("checklist").getByRole("listitem").first()).toBeVisible();
  await next(page, "Formular starten");
}

/** YYYY-MM-DD in Berlin, days from today. */
export function day(offset = 0): string {
  const date = new Date(Date.now() + offset * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin" }).format(date);
}

/** The next Monday-to-Friday day after today. */
export function nextWorkingDay(): string {
  for (let offset = 1; ; offset += 1) {
    const candidate = day(offset);
    const weekday = new Date(`${candidate}T12:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return candidate;
  }
}

export async function fillContact(page: Page, options: { email?: string } = {}): Promise<void> {
  await page.getByLabel("Vor- und Nachname").fill("Ayşe Yılmaz");
  await page.getByLabel("Geburtsdatum").fill("1985-03-02");
  if (options.email) await page.getByLabel("E-Mail-Adresse").fill(options.email);
}

export async function photo(name = "lohnabrechnung.jpg") {
  const buffer = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: "#f4f0e6" } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "49/1 29/1 0/1" } })
    .toBuffer();
  return { name, mimeType: "image/jpeg", buffer };
}

export function pdf(name = "kontoauszug.pdf") {
  return {
    name,
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"),
  };
}

/** Uploads files on the documents page and checks they are listed. */
export async function upload(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<void> {
  await page.locator("#files").setInputFiles(files);
  await page.getByRole("button", { name: "Hochladen" }).click();
  await page.waitForLoadState("load");
  for (const file of files)
    await expect(page.getByTestId("uploaded-files")).toContainText(file.name.replace(/\.(jpe?g|png)$/i, ".jpg"));
  await expectAccessible(page);
}

/** Sends from the check page and checks the status page. */
export async function submitAndSeeStatus(page: Page): Promise<string> {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Prüfen Sie Ihre Angaben");
  await next(page, "Jetzt absenden");
  await expect(page).toHaveURL(/\/forms\/status\/[A-Za-z0-9_-]+\?filed=1$/);
  const reference = (await page.getByTestId("reference").textContent())?.trim() ?? "";
  expect(reference).toMatch(/^F-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await expect(page.getByTestId("status")).toHaveText("Eingegangen");
  await expect(page.getByTestId("status-history").getByRole("listitem")).toHaveCount(1);
  return reference;
}
