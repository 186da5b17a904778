import type { Metadata } from "next";
import { can, staffPage } from "@/lib/staff";

export const metadata: Metadata = { title: "Übersicht" };
export const dynamic = "force-dynamic";

const ROLE_NAMES = { front_desk: "Eingangszone", caseworker: "Fachkraft", admin: "Administration" } as const;

export default async function StaffHome() {
  const session = await staffPage("staff.home", { returnTo: "/staff" });
  const { role, name } = session.staff;
  return (
    <>
      <h1 className="text-2xl font-bold">Guten Tag, {name}</h1>
      <p className="mt-1 text-muted">Rolle: {ROLE_NAMES[role]}</p>
      <ul className="mt-6 flex flex-col gap-2">
        {can(role, "analytics.read") ? (
          <li>
            <a href="/staff/analytics">Auswertung: die Tabellen der Mannheimer Befragung und die Wege im Portal</a>
          </li>
        ) : null}
        {can(role, "analytics.import") ? (
          <li>
            <a href="/staff/analytics/import">Papierfragebögen importieren (CSV-Datei)</a>
          </li>
        ) : null}
        {can(role, "person.search") ? (
          <li>
            <a href="/staff/people">Person suchen: wie jemand erreicht werden möchte, der Verlauf über alle Wege</a>
          </li>
        ) : null}
        {can(role, "appointments.own") ? (
          <li>
            <a href="/staff/appointments">Meine Termine: heute zuerst, mit Videoraum</a>
          </li>
        ) : null}
        {can(role, "inbox.read") ? (
          <li>
            <a href="/staff/inbox">Posteingang: eingereichte Formulare, Rückfragen an die Person</a>
          </li>
        ) : null}
        {can(role, "callbacks.read") ? (
          <li>
            <a href="/staff/callbacks">Rückrufe: offene Rückrufbitten, die fälligen zuerst</a>
          </li>
        ) : null}
        {can(role, "appointments.day") ? (
          <li>
            <a href="/staff/front-desk">Tagesübersicht: die Termine des Tages am Standort</a>
          </li>
        ) : null}
        {can(role, "queue.desk") ? (
          <li>
            <a href="/staff/queue">Warteschlange: Nummern aufrufen, Wartenummer ziehen</a>
          </li>
        ) : null}
        {can(role, "appointment.check-in") ? (
          <li>
            <a href="/staff/front-desk/check-in">Einchecken mit Scanner oder Vorgangsnummer</a>
          </li>
        ) : null}
        {can(role, "appointment.book-for-someone") ? (
          <li>
            <a href="/staff/front-desk/book">Termin für jemanden buchen (am Schalter oder am Telefon)</a>
          </li>
        ) : null}
        {can(role, "outbox.read") ? (
          <li>
            <a href="/staff/outbox">Postausgang: Bestätigungen und Erinnerungen</a>
          </li>
        ) : null}
        {can(role, "feedback.read") ? (
          <li>
            <a href="/staff/feedback">Rückmeldungen und gemeldete Barrieren</a>
          </li>
        ) : null}
        {can(role, "staff-accounts.manage") ? (
          <li>
            <a href="/staff/admin/staff">Dienstkonten: anlegen, Rolle und Standorte, deaktivieren</a>
          </li>
        ) : null}
        {can(role, "locations.manage") ? (
          <li>
            <a href="/staff/admin/locations">Standorte: Adresse, Öffnungszeiten, Plätze, Schließtage</a>
          </li>
        ) : null}
        {can(role, "request-types.manage") ? (
          <li>
            <a href="/staff/admin/request-types">Anliegen: Titel und Texte je Sprache, Wege, Terminlänge, Mitbringen</a>
          </li>
        ) : null}
        {can(role, "routing-rules.manage") ? (
          <li>
            <a href="/staff/admin/routing">Regeln der Empfehlung: Reihenfolge der Wege, Vorschau, Versionen</a>
          </li>
        ) : null}
        {can(role, "audit.read") ? (
          <li>
            <a href="/staff/audit">Protokoll: wer wann was getan hat</a>
          </li>
        ) : null}
        {can(role, "account.password") ? (
          <li>
            <a href="/staff/account/password">Passwort ändern</a>
          </li>
        ) : null}
        {can(role, "account.second-factor") ? (
          <li>
            <a href="/staff/account/second-factor">Zweiter Faktor: Authenticator-App für die Anmeldung</a>
          </li>
        ) : null}
        {can(role, "sign-in-locks.manage") ? (
          <li>
            <a href="/staff/admin/sign-in-locks">Anmeldesperren: gesperrte Konten und Adressen entsperren</a>
          </li>
        ) : null}
      </ul>
    </>
  );
}
