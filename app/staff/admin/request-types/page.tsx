// Admins: every request type with its channels, slot length and online form, and a warning for each
// language whose texts are empty (citizens reading it see the German text there).
import type { Metadata } from "next";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { StaffNotice } from "@/components/staff/notice";
import { CHANNEL_LABELS, gapText, listRequestTypesForAdmin, type AdminRequestType } from "@/lib/journey";
import { staffPage } from "@/lib/staff";
import { onlineFormText } from "./online-form";
import { LANGUAGE_NAMES } from "@/lib/languages";

export const metadata: Metadata = { title: "Anliegen" };
export const dynamic = "force-dynamic";

const COLUMNS: StaffColumn<AdminRequestType>[] = [
  {
    heading: "Anliegen",
    cell: (type) => (
      <>
        <a href={`/staff/admin/request-types/${encodeURIComponent(type.key)}`}>{type.title.de || type.key}</a>
        {type.active ? null : " (nicht angeboten)"}
        {type.isEmergency ? " (Notlage)" : null}
      </>
    ),
  },
  { heading: "Wege", cell: (type) => type.allowedChannels.map((channel) => CHANNEL_LABELS[channel]).join(", ") },
  { heading: "Termin", cell: (type) => `${type.slotMinutes} Min.`, className: "whitespace-nowrap" },
  { heading: "Online-Formular", cell: (type) => onlineFormText(type) },
  {
    heading: "Sprachen",
    cell: (type) =>
      type.gaps.length === 0 ? (
        "alle 8 vollständig"
      ) : (
        <ul className="list-disc ps-5">
          {type.gaps.map((gap) => (
            <li key={gap.language} className="font-semibold text-accent">
              {gapText(gap)}
            </li>
          ))}
        </ul>
      ),
  },
];

export default async function RequestTypesPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await staffPage("request-types.manage", { returnTo: "/staff/admin/request-types" });
  const { notice } = await searchParams;
  const types = await listRequestTypesForAdmin();
  const withGaps = types.filter((type) => type.gaps.length > 0);
  return (
    <>
      <h1 className="text-2xl font-bold">Anliegen</h1>
      <p className="mt-2">
        Titel und kurze Erklärung in den acht Sprachen des Portals, erlaubte Wege, Terminlänge und was mitzubringen ist.
        Änderungen gelten sofort für die Startseite, die Empfehlung, die Terminbuchung und die Schnittstelle. „Vor Ort“
        bleibt bei jedem Anliegen erlaubt.
      </p>
      {notice === "not-found" ? <StaffNotice tone="problem">Dieses Anliegen gibt es nicht.</StaffNotice> : null}
      {withGaps.length > 0 ? (
        <StaffNotice tone="problem">
          Bei {withGaps.length === 1 ? "einem Anliegen" : `${withGaps.length} Anliegen`} fehlen Texte in{" "}
          {[...new Set(withGaps.flatMap((type) => type.gaps.map((gap) => LANGUAGE_NAMES[gap.language])))].join(", ")}.
          Dort sehen Bürgerinnen und Bürger den deutschen Text.
        </StaffNotice>
      ) : null}
      <StaffTable
        caption="Anliegen"
        columns={COLUMNS}
        rows={types}
        rowKey={(type) => type.key}
        empty="Es gibt noch kein Anliegen."
      />
    </>
  );
}
