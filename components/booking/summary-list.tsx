// A list of answers (GOV.UK "check answers"), each row optionally with a change link.
import type { ReactNode } from "react";

export function SummaryList({
  rows,
}: {
  rows: { label: string; value: ReactNode; change?: { href: string; label: string } }[];
}) {
  return (
    <dl className="mt-4 divide-y divide-line border-y border-line">
      {rows.map((row) => (
        <div key={row.label} className="flex flex-col gap-1 py-3 sm:flex-row sm:gap-4">
          <dt className="font-semibold sm:w-1/3">{row.label}</dt>
          <dd className="flex-1 whitespace-pre-line break-words">{row.value}</dd>
          {row.change ? (
            <dd>
              <a href={row.change.href} className="inline-flex min-h-11 items-center">
                {row.change.label}
              </a>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
