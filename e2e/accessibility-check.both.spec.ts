// The accessibility check itself: axe must find what is wrong, with JavaScript and without (where it
// runs on a twin of the received markup), and a page seen before must not hide a new fault.
import { accessibilityViolations, expect, expectAccessibleMarkup, test } from "./fixtures";

const FAULTY = `<!doctype html><html lang="de"><head><title>Probe</title></head><body><main><h1>Probe</h1>
<img src="/nothing.png"><form><input type="text" name="x"></form></main></body></html>`;
const SOUND = `<!doctype html><html lang="de"><head><title>Probe</title></head><body><main><h1>Probe</h1>
<img src="/nothing.png" alt="Leer"><form><label>Name <input type="text" name="x"></label></form></main></body></html>`;

test("axe names an image without text and a field without a label, and passes them once fixed", async ({
  context,
  javaScriptEnabled,
}) => {
  const probe = await context.newPage();
  let html = FAULTY;
  await probe.route("**/accessibility-probe", (route) =>
    route.fulfill({ body: html, contentType: "text/html; charset=utf-8" }),
  );
  await probe.goto("/accessibility-probe");
  const rules = (await accessibilityViolations(probe, javaScriptEnabled)).map((violation) => violation.rule).sort();
  expect(rules).toEqual(expect.arrayContaining(["image-alt", "label"]));
  html = SOUND;
  await probe.goto("/accessibility-probe");
  expect(await accessibilityViolations(probe, javaScriptEnabled)).toEqual([]);
  // The faulty markup once more: a verdict remembered for the same markup, still failing.
  html = FAULTY;
  await probe.goto("/accessibility-probe");
  expect((await accessibilityViolations(probe, javaScriptEnabled)).map((violation) => violation.rule)).toEqual(
    expect.arrayContaining(["image-alt", "label"]),
  );
  await probe.close();
});

test("markup fetched without a browser is checked the same way: a fault named, the fixed markup passing", async ({
  browser,
  viewport,
  baseURL,
}) => {
  const url = new URL("/accessibility-probe-markup", baseURL).toString();
  await expect(expectAccessibleMarkup(browser, viewport, url, FAULTY)).rejects.toThrow(
    /image-alt[\s\S]*label|label[\s\S]*image-alt/,
  );
  const shown = await expectAccessibleMarkup(browser, viewport, url, SOUND);
  await expect(shown.getByRole("img", { name: "Leer" })).toBeAttached();
});
