"use client";
// The front desk's day as a table: one row per appointment, and per booked row its next steps
// (check in, no-show, move, cancel). A client component for the page's weight, not for behaviour:
// the server sends the rows as data (about 300 bytes each) and renders them to HTML once, where a
// server component's rows would travel twice — as HTML and again as React's much larger description
// of the same markup (a day of 600 rows: 1.3 MB). Without JavaScript every action is still a plain
// button or link; the buttons submit the one form the page puts around the table, each naming its
// own address and appointment, so a row carries no forms and hidden fields of its own.
import { RowKeys } from "@/components/staff/row-keys";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";

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

function RowActions({ row, actions }: { row: DayRow; actions: DayActions }) {
  const [id, reference, time, name, , , , , , , steps] = row;
  if (!steps.includes("e")) return null;
  const who = `${name}, ${time} Uhr`;
  // The buttons submit the form around the table (a button's type is "submit" by default); its own
  // address is the check-in's. Their looks come from their data-key (app/globals.css, .row-actions).
  return (
    <div className="row-actions">
      <button name="code" value={reference} data-key="e" aria-label={`Einchecken: ${who}`} autoFocus={id === actions.focusId}>
        Einchecken
      </button>
      {steps.includes("n") ? (
        <button formAction={actions.noShow} name="appointment" value={id} data-key="n" aria-label={`Nicht erschienen: ${who}`}>
          Nicht erschienen
        </button>
      ) : null}
      {steps.includes("u") ? (
        <>
          <a data-key="u" aria-label={`Umbuchen: ${who}`} href={`${actions.move}?appointment=${id}`}>
            Umbuchen
          </a>
          <a data-key="s" aria-label={`Stornieren: ${who}`} href={`${actions.cancel}?appointment=${id}`}>
            Stornieren …
          </a>
        </>
      ) : null}
    </div>
  );
}

export function DayTable({ caption, rows, actions }: { caption: string; rows: DayRow[]; actions: DayActions | null }) {
  const columns: StaffColumn<DayRow>[] = [
    { heading: "Zeit", cell: (row) => row[2] },
    { heading: "Vorgangsnummer", cell: (row) => row[1] },
    {
      heading: "Person",
      cell: ([, , , name, customerNumber]) => (
        <>
          {name}
          {customerNumber ? <span className="block font-normal text-muted">Kd.-Nr. {customerNumber}</span> : null}
        </>
      ),
    },
    { heading: "Anliegen", cell: (row) => row[5] },
    { heading: "Dolmetschen", cell: (row) => row[6] ?? "–" },
    { heading: "Barrierefreiheit", cell: (row) => row[7] ?? "–" },
    { heading: "Status", cell: (row) => row[8] },
    { heading: "Gebucht", cell: (row) => row[9] },
  ];
  if (actions) columns.push({ heading: "Aktionen", headingHidden: true, hideInPrint: true, cell: (row) => <RowActions row={row} actions={actions} /> });
  // The reference's and the name's looks are set once for their columns, not on 600 cells.
  return (
    <div id={REGION_ID} className="[&_td:nth-child(2)]:font-mono [&_td:nth-child(3)]:font-semibold">
      <StaffTable caption={caption} columns={columns} rows={rows} rowKey={(row) => row[0]} empty="An diesem Tag gibt es hier keine Termine vor Ort." />
      {actions ? <RowKeys regionId={REGION_ID} /> : null}
    </div>
  );
}
