"use client";
// The body of the person page's timeline: one row per entry (up to 500 and more), sent as data (four
// short texts each) and written to HTML as one string with every text escaped (lib/html.ts). A
// server component's rows travel twice — as HTML and again as React's larger description of the
// same markup — and rendering their elements one by one was most of the page's server time. No
// behaviour: the page reads the same without JavaScript.
import { escapeHtml } from "@/lib/html";

/** kind (a data attribute for tests and styles), when, what, request type, details */
export type TimelineCells = [kind: string, when: string, what: string, requestType: string, details: string];

function rowsHtml(rows: TimelineCells[]): string {
  let html = "";
  for (const [kind, when, what, requestType, details] of rows) {
    html += `<tr data-kind="${escapeHtml(kind)}"><td class="whitespace-nowrap">${escapeHtml(when)}</td><th scope="row">${escapeHtml(what)}</th><td>${escapeHtml(requestType)}</td><td>${escapeHtml(details)}</td></tr>`;
  }
  return html;
}

export function TimelineBody({ rows }: { rows: TimelineCells[] }) {
  return <tbody dangerouslySetInnerHTML={{ __html: rowsHtml(rows) }} />;
}
