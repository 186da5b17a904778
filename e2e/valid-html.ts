// One HTML conformance check for every e2e spec: html-validate's standard rules on the markup the
// server sends (not the hydrated DOM), so that what a browser without JavaScript gets is checked.
import { HtmlValidate } from "html-validate";
import { expect } from "./fixtures";
import type { APIRequestContext } from "@playwright/test";

const validator = new HtmlValidate({ extends: ["html-validate:standard"] });

/**
 * The problems html-validate finds, on the markup exactly as sent. (Forms post to route handlers
 * with a real action URL; a form bound to a server action would get action="", which is invalid.)
 */
export async function htmlProblems(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) =>
    result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector ?? ""})`),
  );
}

/** Fetches a page as a German browser would, expects 200 with valid HTML, and returns its title. */
export async function expectValidHtml(request: APIRequestContext, path: string): Promise<string> {
  const response = await request.get(path, { headers: { "Accept-Language": "de-DE" } });
  expect(response.status(), path).toBe(200);
  return expectValidMarkup(await response.text(), path);
}

/** Expects markup a page received to be valid HTML; returns its title. */
export async function expectValidMarkup(html: string, where: string): Promise<string> {
  expect(await htmlProblems(html), `invalid HTML on ${where}`).toEqual([]);
  return /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? "";
}
