// Admins: one location's settings, each part a plain form posting to its own route: address,
// accessibility and booking window (./details), opening hours with places (./hours), closures
// (./closures, ./closures/remove) and the public holidays of its state to take over (./holidays).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/buttons";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField, TextArea, TextField } from "@/components/ui/fields";
import { findLocationForAdmin, listClosures, MAX_HOURS_ROWS, proposedHolidays, STATES, WEEKDAYS } from "@/lib/booking";
import { publicBaseUrl } from "@/lib/env";
import { displaySettings } from "@/lib/queue";
import { queryText, readQuery, type SearchParams } from "@/lib/list-query";
import { staffPage } from "@/lib/staff";
import { HoursTable, type HoursEntry } from "@/components/staff/hours-table";
import { PORTAL_LANGUAGE_CHOICES } from "@/lib/languages";

export const metadata: Metadata = { title: "Standort" };
export const dynamic = "force-dynamic";

const NOTICES: Record<string, string> = {
  saved: "Gespeichert.",
  unchanged: "Es gab nichts zu ändern.",
  "hours-saved": "Die Öffnungszeiten und Plätze sind gespeichert. Sie gelten sofort für die Terminbuchung.",
  "hours-saved-cancelled":
    "Die Öffnungszeiten und Plätze sind gespeichert; die Termine, die nicht mehr hineinpassten, sind abgesagt. Wer eine E-Mail-Adresse oder Telefonnummer hinterlegt hat, bekommt die Absage in seiner Sprache.",
  "closure-added": "Die Schließung ist eingetragen. An diesen Tagen gibt es ab sofort keine Termine mehr.",
  "holiday-added": "Der Feiertag ist als Schließtag eingetragen.",
  "closure-removed": "Die Schließung ist entfernt.",
  "closure-gone": "Diese Schließung gab es nicht mehr.",
  "display-renewed":
    "Die Aufrufanzeige hat einen neuen Link. Der alte funktioniert nicht mehr: bitte den neuen auf den Bildschirmen im Wartebereich öffnen.",
};

/** A second language for the call display: any of the portal's but German, which it always shows. */
const DISPLAY_LANGUAGES = PORTAL_LANGUAGE_CHOICES.filter(({ code }) => code !== "de");

const SECTION_TITLES = {
  display: "Die Einstellungen der Warteschlange sind noch nicht gespeichert",
  details: "Die Angaben sind noch nicht gespeichert",
  hours: "Die Öffnungszeiten sind noch nicht gespeichert",
  closures: "Die Schließung ist noch nicht eingetragen",
  holidays: "Der Feiertag ist nicht übernommen",
} as const;

const dayText = (day: string) =>
  new Intl.DateTimeFormat("de-DE", {
    weekday: "short",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${day}T00:00:00Z`));

export default async function LocationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  await staffPage("locations.manage", { returnTo: `/staff/admin/locations/${encodeURIComponent(id)}` });
  const query = await searchParams;
  const location = await findLocationForAdmin(undefined, id);
  if (!location) notFound();
  const [closures, queue] = await Promise.all([listClosures(undefined, location.id), displaySettings(location.id)]);
  const holidays = proposedHolidays(location.state, closures);
  const { form: section, notice } = readQuery({ form: queryText(), notice: queryText() }, query);
  const problems: Record<string, string> = {};
  const kept: Record<string, string> = {};
  for (const [name, value] of Object.entries(query)) {
    if (typeof value !== "string") continue;
    if (name.startsWith("p.")) problems[name.slice(2)] = value;
    if (name.startsWith("v.")) kept[name.slice(2)] = value;
  }
  const problemsFor = (which: string) => (section === which ? problems : {});
  const keptOr = (field: string, stored: string | number | null) =>
    section === "details" ? (kept[field] ?? "") : String(stored ?? "");
  const summary = (which: keyof typeof SECTION_TITLES) =>
    section === which ? (
      <ErrorSummary
        title={SECTION_TITLES[which]}
        errors={Object.entries(problems).map(([field, message]) => ({
          fieldId: field === "hours" ? "row-0-weekday" : field,
          message,
        }))}
      />
    ) : null;
  const base = `/staff/admin/locations/${location.id}`;
  const detailProblems = problemsFor("details");
  const hoursEntries: HoursEntry[] = Array.from(
    { length: Math.min(MAX_HOURS_ROWS, Math.max(location.openingHours.length + 3, 8)) },
    (_, index) => {
      const stored = location.openingHours[index];
      const field = (name: string, value: string | number | undefined) =>
        section === "hours" ? (kept[`row-${index}-${name}`] ?? "") : String(value ?? "");
      return {
        weekday: field("weekday", stored?.weekday),
        opensAt: field("opensAt", stored?.opensAt),
        closesAt: field("closesAt", stored?.closesAt),
        capacity: field("capacity", stored?.capacity),
        frontDeskReserve: field("frontDeskReserve", stored?.frontDeskReserve),
        walkIn: section === "hours" ? kept[`row-${index}-walkIn`] === "1" : (stored?.walkIn ?? false),
      };
    },
  );
  const closureProblems = problemsFor("closures");

  return (
    <>
      <p>
        <a href="/staff/admin/locations">Zurück zu den Standorten</a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{location.name}</h1>
      {notice && NOTICES[notice] ? (
        <p role="status" className="mt-4 border-s-4 border-brand bg-surface p-3">
          {NOTICES[notice]}
        </p>
      ) : null}

      {queue ? (
        <section id="display" aria-labelledby="display-heading" className="mt-8">
          <h2 id="display-heading" className="text-xl font-bold">
            Warteschlange und Aufrufanzeige
          </h2>
          {summary("display")}
          <p className="mt-2">
            Link der Aufrufanzeige für den Bildschirm im Wartebereich (ohne Anmeldung, zeigt nur Nummern):{" "}
            <a
              href={`/display/${queue.displayToken}`}
              className="break-all"
            >{`${publicBaseUrl()}/display/${queue.displayToken}`}</a>
          </p>
          <form method="post" action={`${base}/display`} className="mt-2">
            <input type="hidden" name="intent" value="renew" />
            <Button variant="secondary">Neuen Link erzeugen (der alte hört sofort auf)</Button>
          </form>
          <form method="post" action={`${base}/display`} className="mt-4 flex flex-col gap-4">
            <input type="hidden" name="intent" value="settings" />
            <TextField
              name="dailyLimit"
              label="Wartenummern ohne Termin je Tag"
              hint="Danach sagt der Automat, dass für heute alle Nummern vergeben sind (0 bis 999)."
              inputMode="numeric"
              defaultValue={section === "display" ? (kept.dailyLimit ?? "") : String(queue.dailyLimit)}
              error={problemsFor("display").dailyLimit}
            />
            <div>
              <label htmlFor="secondLanguage" className="block font-semibold">
                Zweite Sprache auf der Anzeige
              </label>
              <select
                id="secondLanguage"
                name="secondLanguage"
                defaultValue={section === "display" ? (kept.secondLanguage ?? "") : (queue.secondLanguage ?? "")}
                className="mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2"
              >
                <option value="">keine</option>
                {DISPLAY_LANGUAGES.map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
              {problemsFor("display").secondLanguage ? (
                <p className="mt-1 font-semibold text-accent">{problemsFor("display").secondLanguage}</p>
              ) : null}
            </div>
            <Button>Speichern</Button>
          </form>
        </section>
      ) : null}

      <section id="closures" aria-labelledby="closures-heading" className="mt-8">
        <h2 id="closures-heading" className="text-xl font-bold">
          Schließtage
        </h2>
        <p className="mt-2">
          An Schließtagen gibt es keine Termine, weder online noch über die Eingangszone. Schon gebuchte Termine bleiben
          bestehen.
        </p>
        {closures.length === 0 ? (
          <p className="mt-3">Keine Schließungen eingetragen.</p>
        ) : (
          <ul className="mt-3 flex flex-col gap-2">
            {closures.map((closure) => {
              const when =
                closure.startsOn === closure.endsOn
                  ? dayText(closure.startsOn)
                  : `${dayText(closure.startsOn)} bis ${dayText(closure.endsOn)}`;
              return (
                <li key={closure.id} className="flex flex-wrap items-center gap-3 border-b border-line pb-2">
                  <span>
                    <strong>{when}</strong>: {closure.reason}
                    {closure.holiday ? " (Feiertag)" : ""}
                    {closure.everywhere ? " (alle Standorte)" : ""}
                  </span>
                  {closure.everywhere ? null : (
                    <form method="post" action={`${base}/closures/remove`}>
                      <input type="hidden" name="closure" value={closure.id} />
                      <Button variant="secondary" aria-label={`Schließung ${when} entfernen`}>
                        Entfernen
                      </Button>
                    </form>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        <form method="post" action={`${base}/closures`} className="mt-6 max-w-xl" noValidate>
          <h3 className="mb-3 text-lg font-bold">Schließung eintragen</h3>
          {summary("closures")}
          <TextField
            name="startsOn"
            label="Erster Tag"
            hint="TT.MM.JJJJ"
            defaultValue={section === "closures" ? kept.startsOn : ""}
            error={closureProblems.startsOn}
            required
          />
          <TextField
            name="endsOn"
            label="Letzter Tag (leer lassen für einen einzelnen Tag)"
            hint="TT.MM.JJJJ"
            defaultValue={section === "closures" ? kept.endsOn : ""}
            error={closureProblems.endsOn}
          />
          <TextField
            name="reason"
            label="Grund"
            hint="z. B. Betriebsversammlung, Umzug"
            maxLength={200}
            defaultValue={section === "closures" ? kept.reason : ""}
            error={closureProblems.reason}
            required
          />
          <Button>Schließung eintragen</Button>
        </form>
      </section>

      <section id="holidays" aria-labelledby="holidays-heading" className="mt-10">
        <h2 id="holidays-heading" className="text-xl font-bold">
          Gesetzliche Feiertage
        </h2>
        {summary("holidays")}
        {!location.state ? (
          <p className="mt-2">Wählen Sie unten ein Bundesland, dann werden dessen Feiertage vorgeschlagen.</p>
        ) : holidays.length === 0 ? (
          <p className="mt-2">
            Alle Feiertage in {STATES[location.state as keyof typeof STATES]} für die nächsten Monate sind eingetragen.
          </p>
        ) : (
          <>
            <p className="mt-2">
              Vorschläge für {STATES[location.state as keyof typeof STATES]}, noch nicht als Schließtag eingetragen:
            </p>
            <ul className="mt-3 flex flex-col gap-2">
              {holidays.map((holiday) => (
                <li key={holiday.day} className="flex flex-wrap items-center gap-3">
                  <span>
                    <strong>{dayText(holiday.day)}</strong>: {holiday.name}
                  </span>
                  <form method="post" action={`${base}/holidays`}>
                    <input type="hidden" name="day" value={holiday.day} />
                    <Button variant="secondary" aria-label={`${holiday.name} am ${dayText(holiday.day)} übernehmen`}>
                      Übernehmen
                    </Button>
                  </form>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section id="hours" aria-labelledby="hours-heading" className="mt-10">
        <h2 id="hours-heading" className="text-xl font-bold">
          Öffnungszeiten und Plätze
        </h2>
        <p className="mt-2">
          Je Zeitraum: wie viele Personen parallel Termine annehmen ({location.kind === "virtual" ? "Video" : "vor Ort"}
          ), und wie viele davon für die Eingangszone und Menschen ohne Termin zurückgehalten werden (online nicht
          buchbar). Leere Zeilen werden nicht gespeichert.
        </p>
        <form method="post" action={`${base}/hours`} className="mt-3" noValidate>
          {summary("hours")}
          <HoursTable entries={hoursEntries} problems={problemsFor("hours")} weekdays={WEEKDAYS} />
          <Button>Öffnungszeiten speichern</Button>
        </form>
      </section>

      <section id="details" aria-labelledby="details-heading" className="mt-10">
        <h2 id="details-heading" className="text-xl font-bold">
          Adresse, Barrierefreiheit und Buchungsfristen
        </h2>
        <form method="post" action={`${base}/details`} className="mt-3 max-w-xl" noValidate>
          {summary("details")}
          <TextField
            name="street"
            label="Straße und Hausnummer"
            defaultValue={keptOr("street", location.street)}
            error={detailProblems.street}
            autoComplete="off"
          />
          <TextField
            name="postalCode"
            label="Postleitzahl"
            inputMode="numeric"
            defaultValue={keptOr("postalCode", location.postalCode)}
            error={detailProblems.postalCode}
          />
          <TextField name="city" label="Ort" defaultValue={keptOr("city", location.city)} error={detailProblems.city} />
          <SelectField
            name="state"
            label="Bundesland (für die Feiertage)"
            placeholder="keines"
            options={Object.entries(STATES).map(([code, name]) => ({ value: code, label: name }))}
            defaultValue={keptOr("state", location.state)}
            error={detailProblems.state}
          />
          <div className="mb-5 flex items-start gap-3">
            <input
              type="checkbox"
              id="stepFree"
              name="stepFree"
              value="1"
              defaultChecked={section === "details" ? kept.stepFree === "1" : location.stepFree}
              className="mt-1 size-6 accent-brand"
            />
            <label htmlFor="stepFree" className="font-semibold">
              Stufenlos erreichbar
            </label>
          </div>
          <TextArea
            name="accessibilityNotes"
            label="Hinweise zur Barrierefreiheit"
            defaultValue={keptOr("accessibilityNotes", location.accessibilityNotes)}
            error={detailProblems.accessibilityNotes}
          />
          <TextArea
            name="walkInNotes"
            label="Ohne Termin (Zeiten und Hinweise)"
            defaultValue={keptOr("walkInNotes", location.walkInNotes)}
            error={detailProblems.walkInNotes}
          />
          <TextField
            name="minNoticeMinutes"
            label="Mindestvorlauf in Minuten"
            hint="So lange vor Beginn ist ein Termin online frühestens buchbar (0 bis 20160)."
            inputMode="numeric"
            defaultValue={keptOr("minNoticeMinutes", location.minNoticeMinutes)}
            error={detailProblems.minNoticeMinutes}
          />
          <TextField
            name="horizonDays"
            label="Buchungszeitraum in Tagen"
            hint="So viele Tage im Voraus sind Termine buchbar (1 bis 365)."
            inputMode="numeric"
            defaultValue={keptOr("horizonDays", location.horizonDays)}
            error={detailProblems.horizonDays}
          />
          <Button>Speichern</Button>
        </form>
      </section>
    </>
  );
}
