"use client";
// The front desk's day as a table: one row per appointment, and per booked row its next steps
// (check in, no-show, move, cancel). A client component for the page's weight, not for behaviour:
// the server sends the rows as data (about 300 bytes each) and renders them to HTML once, where a
// server component's rows would travel twice — as HTML and again as React's much larger description
// of the same markup (a day of 600 rows: 1.3 MB). The rows' HTML is written as one string, every
// text escaped (lib/html.ts): rendering their 9,000 elements one by one through React was the
// largest share of the page's server time. Without JavaScript every action is still a plain button
// or link; the buttons submit the one form the page puts around the table, each naming its own
// address and appointment, so a row carries no forms and hidden fields of its own.
import { RowKeys } from "@/components/staff/row-keys";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { escapeHtml } from "@/lib/html";

/**
 * One appointment as the table needs it, all text. A tuple rather than an object: the rows travel to
 * the browser as data, and 600 rows' field names would be a third of it.
 * actions: the row's steps by their keys — "e" check in, "n" no-show, "u" move, "s" cancel.
 */
export type DayRow = [
  id: string,
  reference: string,
  time: string,
  name: string,
  customerNumber: string | null,
  requestType: string,
  interpreter: string | null,
  accessibility: string | null,
  status: string,
  bookedBy: string,
  actions: string,
];

/** Where the row's steps go. The page puts the table inside a form whose own address is the check-in's. */
export interface DayActions {
  noShow: string;
  /** the page that asks before cancelling (it takes the appointment's id) */
  cancel: string;
  /** the rebook page (it takes the appointment's id and returns to the appointment's day) */
  move: string;
  /** the row whose "Einchecken" has the focus when the page opens, if any */
  focusId: string | null;
}

const REGION_ID = "tagesliste";

/** The row's steps as HTML: buttons of the form around the table (its own address is the check-in's), links for the pages that ask first. */
function actionsHtml(row: DayRow, actions: DayActions): string {
  const [id, reference, time, name, , , , , , , steps] = row;
  if (!steps.includes("e")) return "";
  const who = escapeHtml(`${name}, ${time} Uhr`);
  const appointment = encodeURIComponent(id);
  // Their looks come from their data-key (app/globals.css, .row-actions); a button's type is "submit" by default.
  let html = `<div class="row-actions"><button name="code" value="${escapeHtml(reference)}" data-key="e" aria-label="Einchecken: ${who}"${id === actions.focusId ? " autofocus" : ""}>Einchecken</button>`;
  if (steps.includes("n"))
    html += `<button formaction="${escapeHtml(actions.noShow)}" name="appointment" value="${escapeHtml(id)}" data-key="n" aria-label="Nicht erschienen: ${who}">Nicht erschienen</button>`;
  if (steps.includes("u")) {
    html += `<a data-key="u" aria-label="Umbuchen: ${who}" href="${escapeHtml(`${actions.move}?appointment=${appointment}`)}">Umbuchen</a>`;
    html += `<a data-key="s" aria-label="Stornieren: ${who}" href="${escapeHtml(`${actions.cancel}?appointment=${appointment}`)}">Stornieren …</a>`;
  }
  return `${html}</div>`;
}

/** The rows as HTML, every text escaped: the same cells as the columns below name. */
function rowsHtml(
  rows: DayRow[],
  actions: DayActions | null,
  cellClass: (index: number) => string | undefined,
): string {
  const td = (index: number, content: string) => {
    const className = cellClass(index);
    return className ? `<td class="${className}">${content}</td>` : `<td>${content}</td>`;
  };
  let html = "";
  for (const row of rows) {
    const [, reference, time, name, customerNumber, requestType, interpreter, accessibility, status, bookedBy] = row;
    html += `<tr>${td(0, escapeHtml(time))}${td(1, escapeHtml(reference))}`;
    html += td(
      2,
      `${escapeHtml(name)}${customerNumber ? `<span class="block font-normal text-muted">Kd.-Nr. ${escapeHtml(customerNumber)}</span>` : ""}`,
    );
    html += `${td(3, escapeHtml(requestType))}${td(4, escapeHtml(interpreter ?? "–"))}${td(5, escapeHtml(accessibility ?? "–"))}${td(6, escapeHtml(status))}${td(7, escapeHtml(bookedBy))}`;
    html += `${actions ? td(8, actionsHtml(row, actions)) : ""}</tr>`;
  }
  return html;
}

const HEADINGS = [
  "Zeit",
  "Vorgangsnummer",
  "Person",
  "Anliegen",
  "Dolmetschen",
  "Barrierefreiheit",
  "Status",
  "Gebucht",
];

export function DayTable({
  caption,
  rows,
  actions,
  empty,
}: {
  caption: string;
  rows: DayRow[];
  actions: DayActions | null;
  /** the sentence in place of an empty table */
  empty: string;
}) {
  const columns: StaffColumn<DayRow>[] = HEADINGS.map((heading) => ({ heading, cell: () => null }));
  if (actions) columns.push({ heading: "Aktionen", headingHidden: true, hideInPrint: true, cell: () => null });
  // The reference's and the name's looks are set once for their columns, not on 600 cells; .day-table
  // (app/globals.css) keeps a row on one line at the counter and makes each row a card on a tablet.
  return (
    <div id={REGION_ID} className="day-table [&_td:nth-child(2)]:font-mono [&_td:nth-child(3)]:font-semibold">
      <StaffTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(row) => row[0]}
        empty={empty}
        bodyHtml={(all, cellClass) => rowsHtml(all, actions, cellClass)}
      />
      {actions ? <RowKeys regionId={REGION_ID} /> : null}
    </div>
  );
}
