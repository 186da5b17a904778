// The one staff list: its total in words, the table (StaffTable: caption, headings, a sentence when
// empty) and plain links to the first, previous, next and last page, so that every row is reachable
// with and without JavaScript. The page's filters travel in every link; the cursors come from the
// list's keyset page (lib/list-query.ts).
import type { ReactNode } from "react";
import { StaffTable, type StaffColumn } from "./staff-table";

export interface ListPaging {
  /** cursors of the neighbouring pages; missing where there is none */
  next?: string;
  previous?: string;
  atStart: boolean;
  atEnd: boolean;
}

/** The link to a page of the list: the filters, then the cursor. */
function pageHref(path: string, filters: Record<string, string | undefined>, cursor: Record<string, string>) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  for (const [key, value] of Object.entries(cursor)) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function StaffList<Row>({
  caption,
  columns,
  rows,
  rowKey,
  empty,
  total,
  totalText,
  order,
  path,
  filters,
  paging,
  bodyHtml,
  rowData,
}: {
  caption: string;
  columns: StaffColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string;
  empty: string;
  /** every row that matches the filters, on all pages */
  total: number;
  /** the total in words, e.g. (n) => `${n} Anträge` */
  totalText: (total: number) => string;
  /** the list's order in words, e.g. "die ältesten zuerst" */
  order: string;
  /** the page's own path, for the paging links */
  path: string;
  /** the filters in force, carried in every paging link */
  filters: Record<string, string | undefined>;
  paging: ListPaging;
  bodyHtml?: (rows: Row[], cellClass: (index: number) => string | undefined) => string;
  rowData?: (row: Row) => Record<string, string>;
}): ReactNode {
  const paged = !(paging.atStart && paging.atEnd);
  return (
    <>
      <p role="status" className="mt-2" data-total={total}>
        {totalText(total)}
        {total > 0 ? `, ${order}` : ""}
        {paged && rows.length > 0 ? ` (hier ${rows.length})` : ""}.
      </p>
      <StaffTable
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={rowKey}
        empty={empty}
        bodyHtml={bodyHtml}
        rowData={rowData}
      />
      <PageLinks caption={caption} path={path} filters={filters} paging={paging} />
    </>
  );
}

/** First, previous, next and last page as plain links (a span where there is no such page); nothing for a list of one page. */
export function PageLinks({
  caption,
  path,
  filters,
  paging,
}: {
  /** what the list is, naming the navigation */
  caption: string;
  path: string;
  filters: Record<string, string | undefined>;
  paging: ListPaging;
}) {
  if (paging.atStart && paging.atEnd) return null;
  const links = [
    { label: "Erste Seite", href: paging.atStart ? undefined : pageHref(path, filters, {}), rel: undefined },
    {
      label: "Vorige Seite",
      href: paging.previous ? pageHref(path, filters, { before: paging.previous }) : undefined,
      rel: "prev",
    },
    {
      label: "Nächste Seite",
      href: paging.next ? pageHref(path, filters, { after: paging.next }) : undefined,
      rel: "next",
    },
    { label: "Letzte Seite", href: paging.atEnd ? undefined : pageHref(path, filters, { end: "1" }), rel: undefined },
  ];
  return (
    <nav aria-label={`Seiten: ${caption}`} className="mt-4 print:hidden">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((link) => (
          <li key={link.label}>
            {link.href ? (
              <a href={link.href} rel={link.rel}>
                {link.label}
              </a>
            ) : (
              <span className="text-muted" aria-disabled="true">
                {link.label}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
