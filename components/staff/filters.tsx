// The filter form of a staff list (the audit log, the analytics dashboard): a GET form of fields in a
// grid, a day range, "Filtern" and a link that clears every filter; above it, the filters that were
// not applied and why.
import type { ReactNode } from "react";
import { Button } from "@/components/ui/buttons";
import { TextField } from "@/components/ui/fields";

/** The filters given that could not be applied, each with its reason. */
export function FilterProblems({ heading, problems }: { heading: string; problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="mt-4 border-s-4 border-accent p-3">
      <p className="font-semibold">{heading}</p>
      <ul className="list-disc ps-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}

/** "Von (Tag)" and "Bis (Tag)": the two date fields of a range, named from and to. */
export function DayRangeFields({ from, to }: { from?: string | null; to?: string | null }) {
  return (
    <>
      <TextField name="from" label="Von (Tag)" type="date" defaultValue={from ?? ""} />
      <TextField name="to" label="Bis (Tag)" type="date" defaultValue={to ?? ""} />
    </>
  );
}

/** The form: its fields in a grid of up to `columns` columns, then "Filtern" and "Filter löschen" (the page without a query). */
export function FilterForm({
  action,
  label,
  columns,
  children,
}: {
  action: string;
  label: string;
  columns: 3 | 4;
  children: ReactNode;
}) {
  return (
    <form
      method="get"
      action={action}
      className={`mt-6 grid gap-x-4 sm:grid-cols-2 ${columns === 3 ? "lg:grid-cols-3" : "lg:grid-cols-4"}`}
      aria-label={label}
    >
      {children}
      <div className="mb-5 flex items-end gap-3">
        <Button>Filtern</Button>
        <a href={action} className="py-2">
          Filter löschen
        </a>
      </div>
    </form>
  );
}
