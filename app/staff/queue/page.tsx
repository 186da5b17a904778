// A desk of the waiting room (front desk and caseworkers; admins 403): the desk or room chosen once
// per session, the ticket called here with its steps, the preview of who "call next" takes, who
// waits and for how long, the parked ones, the expected wait, and drawing a walk-in's number.
// Server markup and plain posts only.
import type { Metadata } from "next";
import { QrCode } from "@/components/booking/qr-code";
import { CalledTicket } from "@/components/queue/called-ticket";
import { WaitingTable, type WaitingRow } from "@/components/queue/waiting-table";
import { StaffNotice } from "@/components/staff/notice";
import { Button } from "@/components/ui/buttons";
import { publicBaseUrl } from "@/lib/env";
import { listRequestTypes } from "@/lib/journey";
import {
  deskView,
  displaySettings,
  MAX_CALLS,
  OUTCOMES,
  queueLocations,
  ticketPath,
  typicalHandlingMinutes,
  type QueueEntry,
} from "@/lib/queue";
import { PORTAL_LANGUAGE_CHOICES } from "@/lib/languages";
import { can, hasNoLocation, locationsOf, NO_LOCATION_TEXT, staffPage, withinScope } from "@/lib/staff";
import { chosenDesk, fill, QUEUE_PATH, STEP_DONE, STEP_PROBLEM } from "./desk";
import { queryText, readQuery, type SearchParams } from "@/lib/list-query";

export const metadata: Metadata = { title: "Warteschlange" };
export const dynamic = "force-dynamic";

const field = "mt-1 block min-h-11 rounded border-2 border-ink bg-white px-3 py-2";

const row = (entry: QueueEntry, note: string | null = null): WaitingRow => ({
  id: entry.id,
  number: entry.number,
  service: entry.requestTypeTitle,
  waitedMinutes: entry.waitedMinutes,
  note:
    [
      note,
      entry.targetDesk ? `für ${entry.targetDesk}` : null,
      entry.appointment ? `Termin ${entry.appointment.reference}: ${entry.appointment.name}` : null,
    ]
      .filter(Boolean)
      .join(" · ") || null,
});

export default async function QueueDeskPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const {
    session,
    data: { query, desk, scope, locations, services, location, view },
  } = await staffPage("queue.desk", {
    returnTo: QUEUE_PATH,
    view: {
      load: async (session) => {
        const query = readQuery(
          {
            change: queryText(200),
            detail: queryText(200),
            done: queryText(200),
            instead: queryText(200),
            minutes: queryText(200),
            number: queryText(200),
            position: queryText(200),
            problem: queryText(200),
            ticket: queryText(200),
          },
          await searchParams,
        );
        const [desk, everyLocation, services, scope] = await Promise.all([
          chosenDesk(),
          queueLocations(),
          listRequestTypes(),
          locationsOf(session),
        ]);
        // Only the staff member's locations: a desk chosen at another one (an account's locations changed) is chosen anew.
        const locations = withinScope(scope, everyLocation, (candidate) => candidate.id);
        const location = desk ? locations.find((candidate) => candidate.id === desk.locationId) : undefined;
        // The desk's list is read (and shown) only once a desk is chosen and not being changed.
        const view =
          desk && location && query.change !== "1"
            ? await deskView(desk.locationId, desk.desk, undefined, new Date())
            : null;
        return { query, desk, scope, locations, services, location, view };
      },
      event: ({ desk, view }) =>
        desk && view
          ? {
              action: "queue.listed",
              citizenId: null,
              object: { type: "location", id: desk.locationId },
              details: {
                desk: desk.desk,
                count:
                  view.waiting.length +
                  view.mine.length +
                  view.elsewhere.length +
                  view.parked.length +
                  view.later.length,
              },
            }
          : null,
    },
  });
  const serviceList = services.map((service) => ({ key: service.key, title: service.title.de ?? service.key }));
  const values = {
    number: query.number,
    position: query.position,
    minutes: query.minutes,
    desk: desk?.desk,
    detail: query.detail,
  };
  const done = query.done;
  const problem = query.problem;
  const notices = (
    <>
      {done && STEP_DONE[done] ? (
        <StaffNotice tone="done">
          {fill(STEP_DONE[done], values)}
          {done === "called" && query.instead ? ` (${query.instead} hatte ein anderer Platz schon aufgerufen.)` : ""}
          {done === "drawn" && query.ticket ? (
            <>
              {" "}
              <a href={ticketPath(query.ticket ?? "")}>Wartenummer anzeigen und drucken</a>
            </>
          ) : null}
        </StaffNotice>
      ) : null}
      {problem && STEP_PROBLEM[problem] ? (
        <StaffNotice tone="problem">{fill(STEP_PROBLEM[problem], values)}</StaffNotice>
      ) : null}
    </>
  );

  if (!desk || !location || !view) {
    return (
      <>
        <h1 className="text-2xl font-bold">Warteschlange: Platz wählen</h1>
        {notices}
        {hasNoLocation(scope) ? <StaffNotice tone="problem">{NO_LOCATION_TEXT}</StaffNotice> : null}
        <p className="mt-2">
          Einmal je Sitzung: an welchem Standort und an welchem Platz oder in welchem Raum Sie aufrufen. Der Name
          erscheint auf der Aufrufanzeige.
        </p>
        <form method="post" action={`${QUEUE_PATH}/desk`} className="mt-4 flex flex-wrap items-end gap-4">
          <div>
            <label htmlFor="locationId" className="block font-semibold">
              Standort
            </label>
            <select
              id="locationId"
              name="locationId"
              defaultValue={desk?.locationId ?? locations[0]?.id}
              className={field}
            >
              {locations.map((candidate) => (
                <option key={candidate.id} value={candidate.id}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="desk" className="block font-semibold">
              Platz oder Raum
            </label>
            <input
              id="desk"
              name="desk"
              required
              maxLength={40}
              defaultValue={desk?.desk ?? ""}
              placeholder="z. B. Platz 3"
              className={field}
              autoFocus
            />
          </div>
          <Button>Hier arbeiten</Button>
        </form>
      </>
    );
  }

  const named = [...view.waiting, ...view.mine, ...view.parked, ...view.later].filter((entry) => entry.appointment);
  // The preview: who "call next" takes now (the same order; tickets forwarded to another desk wait for it).
  const display = await displaySettings(desk.locationId);
  const displayUrl = display ? `${publicBaseUrl()}/display/${display.displayToken}` : null;
  const nextEntry = view.waiting.find((entry) => entry.targetDesk === null || entry.targetDesk === desk.desk);
  const { facts } = view;

  return (
    <>
      <h1 className="text-2xl font-bold">
        Warteschlange: {desk.desk} · {location.name}
      </h1>
      <p className="mt-1">
        <a href={`${QUEUE_PATH}?change=1`}>Platz wechseln</a>
      </p>
      {notices}

      <section aria-labelledby="mine-heading" className="mt-6">
        <h2 id="mine-heading" className="text-xl font-bold">
          An Ihrem Platz
        </h2>
        {view.mine.length === 0 ? <p className="mt-2">Gerade niemand aufgerufen.</p> : null}
        {view.mine.map((entry, index) => (
          <CalledTicket
            key={entry.id}
            id={entry.id}
            number={entry.number}
            service={entry.requestTypeTitle}
            waitedMinutes={entry.waitedMinutes}
            callCount={entry.callCount}
            maxCalls={MAX_CALLS}
            person={entry.appointment ? `${entry.appointment.reference}, ${entry.appointment.name}` : null}
            stepPath={`${QUEUE_PATH}/step`}
            services={serviceList}
            outcomes={OUTCOMES}
            focus={index === 0}
          />
        ))}
      </section>

      <section aria-labelledby="next-heading" className="mt-6">
        <h2 id="next-heading" className="text-xl font-bold">
          Nächster Aufruf
        </h2>
        {nextEntry ? (
          <form method="post" action={`${QUEUE_PATH}/call`} className="mt-2 flex flex-wrap items-center gap-4">
            <input type="hidden" name="expected" value={nextEntry.number} />
            <p>
              Als Nächstes: <strong className="text-2xl tabular-nums">{nextEntry.number}</strong> ·{" "}
              {nextEntry.requestTypeTitle ?? "ohne Anliegen"} · wartet seit {nextEntry.waitedMinutes} Min.
              {nextEntry.appointment ? ` · Termin ${nextEntry.appointment.reference}` : ""}
            </p>
            <Button autoFocus={view.mine.length === 0}>{nextEntry.number} aufrufen</Button>
          </form>
        ) : (
          <p className="mt-2">Niemand wartet gerade.</p>
        )}
      </section>

      <section aria-labelledby="estimate-heading" className="mt-6">
        <h2 id="estimate-heading" className="text-xl font-bold">
          Erwartete Wartezeit für eine neue Nummer: {facts.estimatedWaitMinutes} Min.
        </h2>
        <p className="mt-1">
          {facts.ahead} wartend, {Math.max(1, facts.desks)} {facts.desks === 1 ? "Platz ruft" : "Plätze rufen"} auf
          (letzte 30 Min.), Bearbeitung im Mittel{" "}
          {facts.handlingMinutes.length > 0
            ? `${Math.round(typicalHandlingMinutes(facts.handlingMinutes))} Min. (Median von ${facts.handlingMinutes.length} in den letzten 2 Std.)`
            : `${typicalHandlingMinutes([])} Min. (angenommen: in den letzten 2 Std. noch niemand fertig)`}
          .
        </p>
      </section>

      <section aria-labelledby="waiting-heading" className="mt-6">
        <h2 id="waiting-heading" className="text-xl font-bold">
          Wartende ({view.waiting.length})
        </h2>
        <WaitingTable
          caption="Wartende in der Reihenfolge des Aufrufs"
          rows={view.waiting.map((entry) => row(entry))}
        />
      </section>

      {view.parked.length > 0 ? (
        <section aria-labelledby="parked-heading" className="mt-6">
          <h2 id="parked-heading" className="text-xl font-bold">
            Geparkt ({view.parked.length})
          </h2>
          <WaitingTable
            caption="Geparkte Nummern"
            rows={view.parked.map((entry) => row(entry, entry.desk ? `geparkt an ${entry.desk}` : null))}
            action={{ label: "Zurückrufen", path: `${QUEUE_PATH}/step`, step: "call-back" }}
          />
        </section>
      ) : null}

      {view.elsewhere.length > 0 || view.later.length > 0 ? (
        <section aria-labelledby="elsewhere-heading" className="mt-6">
          <h2 id="elsewhere-heading" className="text-xl font-bold">
            An anderen Plätzen und später
          </h2>
          <WaitingTable
            caption="An anderen Plätzen aufgerufen oder noch nicht an der Reihe"
            rows={[
              ...view.elsewhere.map((entry) => row(entry, `aufgerufen an ${entry.desk}`)),
              ...view.later.map((entry) => row(entry, "Termin noch nicht fällig")),
            ]}
          />
        </section>
      ) : null}

      {can(session.staff.role, "queue.ticket") ? (
        <section aria-labelledby="draw-heading" className="mt-8">
          <h2 id="draw-heading" className="text-xl font-bold">
            Wartenummer ziehen (ohne Termin)
          </h2>
          <form method="post" action={`${QUEUE_PATH}/ticket`} className="mt-2 flex flex-wrap items-end gap-4">
            <input type="hidden" name="locationId" value={desk.locationId} />
            <div>
              <label htmlFor="requestType" className="block font-semibold">
                Anliegen
              </label>
              <select id="requestType" name="requestType" defaultValue="" className={field}>
                <option value="">(ohne Angabe)</option>
                {serviceList.map((service) => (
                  <option key={service.key} value={service.key}>
                    {service.title}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="language" className="block font-semibold">
                Sprache
              </label>
              <select id="language" name="language" defaultValue="de" className={field}>
                {PORTAL_LANGUAGE_CHOICES.map(({ code, name }) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="phone" className="block font-semibold">
                Handy für „Gleich sind Sie dran“ (freiwillig)
              </label>
              <input id="phone" name="phone" type="tel" maxLength={32} autoComplete="off" className={field} />
            </div>
            <Button variant="secondary">Nummer ziehen</Button>
          </form>
        </section>
      ) : null}
      {named.length > 0 ? (
        <p className="mt-6 text-sm">Namen stehen nur bei Terminen; die Aufrufanzeige zeigt nur Nummern.</p>
      ) : null}
      {displayUrl ? (
        <section aria-labelledby="display-heading" className="mt-8">
          <h2 id="display-heading" className="text-xl font-bold">
            Aufrufanzeige für das Wartezimmer
          </h2>
          <p className="mt-1">
            Auf dem Rechner am Bildschirm des Wartezimmers öffnen (oder den Code mit dessen Kamera lesen):{" "}
            <a href={displayUrl} className="break-all" data-testid="display-link">
              {displayUrl}
            </a>
          </p>
          <QrCode value={displayUrl} label="QR-Code der Aufrufanzeige dieses Standorts" className="mt-2 w-40" />
        </section>
      ) : null}
    </>
  );
}
