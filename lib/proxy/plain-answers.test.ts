import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
// Imported with the file, not inside the test: the forms room's door loads a large module graph,
// which on a busy machine took longer than a test's 5 s.
import { MAX_FILE_BYTES, MAX_FILES } from "@/lib/forms";
import {
  addressProblem,
  areaOf,
  badAddress,
  BODY_LIMIT_BYTES,
  bodyTooLarge,
  databaseUnavailable,
  tooLarge,
  MAX_ADDRESS_LENGTH,
  RETRY_AFTER_SECONDS,
} from "./plain-answers";

describe("addressProblem", () => {
  it("refuses percent-escapes that are not UTF-8", () => {
    expect(addressProblem("/api/v1/calendar/%ff", "")).toBe(400);
    expect(addressProblem("/en/journey/%c0%ae", "")).toBe(400);
    expect(addressProblem("/staff/check-in/%E0%A4%A", "")).toBe(400);
  });

  it("accepts plain and well-encoded paths", () => {
    expect(addressProblem("/journey/absence", "?journey=1")).toBeUndefined();
    expect(addressProblem("/journey/%C3%A4%20x", "")).toBeUndefined();
    expect(addressProblem("/%25ff", "")).toBeUndefined();
  });

  it("refuses an address longer than the bound, query included", () => {
    expect(addressProblem(`/${"a".repeat(MAX_ADDRESS_LENGTH)}`, "")).toBe(414);
    expect(addressProblem("/journey", `?q=${"a".repeat(MAX_ADDRESS_LENGTH)}`)).toBe(414);
    expect(addressProblem(`/${"a".repeat(MAX_ADDRESS_LENGTH - 1)}`, "")).toBeUndefined();
  });
});

describe("areaOf", () => {
  it("tells the API and the staff area from the citizen pages", () => {
    expect(areaOf("/api/v1/slots")).toBe("api");
    expect(areaOf("/staff")).toBe("staff");
    expect(areaOf("/staff/check-in/X")).toBe("staff");
    expect(areaOf("/display/abc")).toBe("display");
    expect(areaOf("/displays")).toBe("citizen");
    expect(areaOf("/apis")).toBe("citizen");
    expect(areaOf("/en/journey/absence")).toBe("citizen");
  });
});

describe("the proxy's own answers", () => {
  it("answers the API in JSON", async () => {
    const response = await badAddress(400, "/api/v1/calendar/%ff", "n0nce");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: "bad-address" });
  });

  it("answers a citizen page in the language of its path, styled only with the nonce", async () => {
    const response = await badAddress(400, "/ar/journey/%ff", "n0nce");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(html).toContain('<style nonce="n0nce">');
    expect(html).toContain('<a href="/ar">');
  });

  it("answers 503 with Retry-After while the database is down; staff pages in German, linking the staff start", async () => {
    const response = await databaseUnavailable("/staff/outbox", "n0nce");
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(RETRY_AFTER_SECONDS));
    const html = await response.text();
    expect(html).toContain('<html lang="de" dir="ltr">');
    expect(html).toContain("<h1>Im Moment nicht erreichbar</h1>");
    expect(html).toContain('<a href="/staff">');
  });
});

describe("the body limit", () => {
  it("is the forms' ten files of 10 MB and 1 MB more, and the proxy reads that much (next.config.js)", () => {
    expect(BODY_LIMIT_BYTES).toBe(MAX_FILES * MAX_FILE_BYTES + 1024 * 1024);
    const config = readFileSync(path.join(process.cwd(), "next.config.js"), "utf8");
    expect(config).toMatch(/proxyClientMaxBodySize: 101 \* 1024 \* 1024/);
  });

  it("is decided by the declared length", () => {
    expect(bodyTooLarge(new Headers({ "content-length": String(BODY_LIMIT_BYTES) }))).toBe(false);
    expect(bodyTooLarge(new Headers({ "content-length": String(BODY_LIMIT_BYTES + 1) }))).toBe(true);
    expect(bodyTooLarge(new Headers())).toBe(false);
  });

  it("answers 413 with the limit: JSON for the API, a page in the path's language otherwise", async () => {
    const api = await tooLarge("/api/v1/submissions", "n");
    expect(api.status).toBe(413);
    expect((await api.json()).message).toMatch(/larger than 101 MB/);
    const page = await tooLarge("/en/forms/draft/x/documents", "n");
    expect(page.status).toBe(413);
    const html = await page.text();
    expect(html).toContain('lang="en"');
    expect(html).toContain("at most 101 MB");
  });
});
