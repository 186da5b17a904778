// The request edge against the production server: a Content-Security-Policy with a fresh nonce on
// every kind of answer, small response headers whatever the path, and no 500 for a path that is not
// valid percent-encoding.
import type { APIResponse } from "@playwright/test";
import { expect, test } from "../fixtures";

function nonceOf(response: APIResponse): string {
  const policy = response.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-inline");
  const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
  expect(nonce, `a nonce in ${policy}`).toBeTruthy();
  return nonce!;
}

/** Bytes of the status line and headers as sent ("name: value\r\n" each). */
function headerBytes(response: APIResponse): number {
  return response.headersArray().reduce((sum, { name, value }) => sum + Buffer.byteLength(`${name}: ${value}\r\n`), 0);
}

for (const [what, path] of [
  ["a citizen page", "/en/journey/change-report"],
  ["a staff page", "/staff/login"],
  ["an API answer", "/api/v1/request-types"],
] as const) {
  test(`${what} carries a Content-Security-Policy with a fresh nonce`, async ({ request }) => {
    const [first, second] = [await request.get(path), await request.get(path)];
    expect(first.status()).toBe(200);
    const nonce = nonceOf(first);
    expect(nonceOf(second)).not.toBe(nonce);
    if (what !== "an API answer") {
      // The framework's scripts carry this request's nonce; no script goes without one.
      const scripts = [...(await first.text()).matchAll(/<script\b([^>]*)>/g)].map((match) => match[1]);
      expect(scripts.length).toBeGreaterThan(0);
      for (const attributes of scripts) expect(attributes).toContain(`nonce="${nonce}"`);
    }
  });
}

test("a 3 kB path gives response headers under 4 kB, in every area", async ({ request }) => {
  const long = "a".repeat(3000);
  for (const path of [
    `/journey/${long}`,
    `/en/journey/${long}`,
    `/de/journey/${long}`,
    `/staff/${long}`,
    `/api/v1/${long}`,
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path.slice(0, 20)).toBeLessThan(500);
    expect(headerBytes(response), path.slice(0, 20)).toBeLessThan(4096);
  }
  // Below the bound, the German pages' internal rewrite repeats the path once, not nine times.
  const response = await request.get(`/journey/${"a".repeat(1900)}`, { maxRedirects: 0 });
  expect(response.status()).toBeLessThan(500);
  expect(headerBytes(response)).toBeLessThan(4096);
});

test("a path that is not valid percent-encoding answers 400 or 404, never 500", async ({ request }) => {
  for (const path of [
    "/api/v1/calendar/%ff",
    "/api/v1/appointments/%c0%ae",
    "/en/journey/%ff",
    "/journey/%c0%ae",
    "/en/appointments/manage/%ff",
    "/staff/check-in/%ff",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect([400, 404], path).toContain(response.status());
    if (path.startsWith("/api/")) expect(await response.json()).toMatchObject({ error: "bad-address" });
  }
});
