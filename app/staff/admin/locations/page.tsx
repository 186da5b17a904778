// Admins: every location with its address, each linked to its settings.
import type { Metadata } from "next";
import { StaffTable, type StaffColumn } from "@/components/staff/staff-table";
import { listLocations, STATES } from "@/lib/booking";
import { staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Standorte" };
export const dynamic = "force-dynamic";

type Location = Awaited<ReturnType<typeof listLocations>>[number];
const COLUMNS: StaffColumn<Location>[] = [
  { heading: "Standort", cell: (location) => <a href={`/staff/admin/locations/${location.id}`}>{location.name}</a> },
  { heading: "Art", cell: (location) => (location.kind === "virtual" ? "Video" : "vor Ort") },
  {
    heading: "Adresse",
    cell: (location) =>
      [location.street, [location.postalCode, location.city].filter(Boolean).join(" ")].filter(Boolean).join(", ") ||
      "–",
  },
  { heading: "Bundesland", cell: (location) => (location.state ? STATES[location.state as keyof typeof STATES] : "–") },
  { heading: "Buchbar", cell: (location) => (location.active ? "ja" : "nein") },
];

export default async function LocationsPage({ searchParams }: { searchParams: Promise<{ notice?: string }> }) {
  await staffPage("locations.manage", { returnTo: "/staff/admin/locations" });
  const { notice } = await searchParams;
  const locations = await listLocations();
  return (
    <>
      <h1 className="text-2xl font-bold">Standorte</h1>
      <p className="mt-2">
        Adresse, Barrierefreiheit, Öffnungszeiten mit Plätzen, Schließtage und Buchungsfristen je Standort. Änderungen
        gelten sofort für die Terminbuchung.
      </p>
      {notice === "not-found" ? (
        <p role="alert" className="mt-4 border-s-4 border-accent p-3">
          Diesen Standort gibt es nicht.
        </p>
      ) : null}
      <div className="mt-6">
        <StaffTable
          caption="Standorte"
          columns={COLUMNS}
          rows={locations}
          rowKey={(location) => location.id}
          empty="Es gibt noch keinen Standort."
        />
      </div>
    </>
  );
}
