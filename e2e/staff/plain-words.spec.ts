// Plain words on every staff page: each page a role may open (the access table's rows, so a new page
// is crawled without touching this spec) is visited as that role, with seeded data in every list, and
// its visible text (document.body.innerText, not attributes, addresses or hidden inputs) must hold
// no key, code or enum value of the code and no ISO date, timestamp, UUID or JSON. The forbidden
// values are read from the code and the e2e database: Prisma's enums, the request types, the
// language codes, the audit actions, the permissions, the channels' names, the online forms' keys,
// fields and choices, the outbox's kinds and the person facts' kinds and sources (raw-values.ts); a
// new key or enum value is banned the moment it exists.
import type { Browser, Page } from "@playwright/test";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";
import { expect, expectAccessible, test } from "../fixtures";
import { nextWorkingDay } from "../forms/helpers";
import { AREAS, STAFF_ACCESS } from "./access-table";
import { createDeskLocation, storeDeskAppointment } from "./front-desk-data";
import { query, submitSignIn } from "./helpers";
import { forbiddenValues, rawValues } from "./raw-values";

// About 25 pages a role; room for a machine busy with other work.
test.describe.configure({ timeout: 180_000 });

/**
 * Pages that show, on purpose, the literal values a file must hold, in elements marked
 * data-file-values (each value named in words beside it); the crawl reads those pages without them.
 */
const FILE_VALUES: Record<string, string> = {
  "/staff/analytics/import":
    "the CSV file's columns and allowed values, and a sample file, for the paper questionnaires",
};

interface Seeded {
  locationId: string;
  today: string;
  booked: { id: string; reference: string; citizenId: string };
  tomorrow: { id: string; reference: string };
  checkedIn: { reference: string };
  submissionId: string;
  outboxId: string;
  staffId: string;
}

/** Data in every list the crawl reads: appointments, a submission with answers, a callback, messages, feedback, a lock. */
async function seed(): Promise<Seeded> {
  const location = await createDeskLocation();
  const today = berlinDate(new Date());
  const [desk] = await query<{ id: string }>("SELECT id::text FROM staff_user WHERE email = 'empfang@zugang.example'");
  const [caseworker] = await query<{ id: string }>(
    "SELECT id::text FROM staff_user WHERE email = 'beratung@zugang.example'",
  );
  // The caseworker works at the location, so that "Meine Termine" lists its appointments.
  await query(
    "INSERT INTO staff_location (staff_user_id, location_id) VALUES ($1::uuid, $2::uuid) ON CONFLICT DO NOTHING",
    [caseworker.id, location.id],
  );
  const booked = await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(today, "10:00"),
    name: "Ayla Klartext",
    email: "ayla.klartext@example.org",
    interpreterLanguage: "tr",
    accessibilityNeeds: "Rollstuhl",
    language: "tr",
    bookedByStaff: "empfang@zugang.example",
  });
  const tomorrow = await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(addDays(today, 1), "11:00"),
    name: "Boris Klartext",
    interpreterLanguage: "ar",
    language: "ar",
  });
  const checkedIn = await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(today, "11:00"),
    name: "Chiara Klartext",
    status: "checked_in",
  });
  await storeDeskAppointment({
    locationId: location.id,
    startsAt: berlinToUtc(today, "12:00"),
    name: "Dario Klartext",
    status: "cancelled",
  });
  const [{ citizen_id: citizenId }] = await query<{ citizen_id: string }>(
    "SELECT citizen_id::text FROM appointment WHERE id = $1::uuid",
    [booked.id],
  );

  // A change report with answers of every kind (a choice, a date, an amount, free text), filed at the
  // counter for the person, in review with the caseworker.
  const answers = {
    changeKind: "income",
    changeDate: addDays(today, -7),
    incomeKind: "newJob",
    incomeAmount: "1250,50",
    employer: "Muster GmbH",
    fullName: "Ayla Klartext",
    dateOfBirth: "1990-04-12",
    email: "ayla.klartext@example.org",
    phone: "0621 5550199",
  };
  const [submission] = await query<{ id: string }>(
    `INSERT INTO form_submission (id, reference, form_key, answers, status, status_token_hash, idempotency_key, language,
                                  citizen_id, assignee_id, assistance, filed_by_staff_id, updated_at)
     VALUES (gen_random_uuid(), $1, 'change-report', $2::jsonb, 'in_review', $3, $3, 'tr', $4::uuid, $5::uuid, 'counter', $6::uuid, now())
     RETURNING id::text`,
    [
      `K${Date.now().toString(36).toUpperCase()}`,
      JSON.stringify(answers),
      `plain-words-${Date.now()}`,
      citizenId,
      caseworker.id,
      desk.id,
    ],
  );

  // A callback request in Turkish, as the phone channel's form files it, tried once and claimed by the front desk.
  await query(
    `INSERT INTO form_submission (id, reference, form_key, answers, status_token_hash, idempotency_key, language, citizen_id,
                                  callback_claimed_by_id, callback_tries, updated_at)
     VALUES (gen_random_uuid(), $1, 'callback', $2::jsonb, $1, $1, 'tr', $3::uuid, $4::uuid, 1, now())`,
    [
      `R${Date.now().toString(36).toUpperCase()}`,
      JSON.stringify({
        callbackPhone: "0621 5550123",
        callbackDate: nextWorkingDay(),
        callbackWindow: "10-12",
        callbackLanguage: "tr",
        fullName: "Ayla Klartext",
        callbackTopic: "Frage zum Bescheid",
        requestType: "change-report",
      }),
      citizenId,
      desk.id,
    ],
  );

  // A message that failed, and one sent, for the outbox.
  const [outbox] = await query<{ id: string }>(
    `INSERT INTO notification_outbox (id, kind, transport, recipient, subject, body, appointment_id, status, attempts, last_error)
     VALUES (gen_random_uuid(), 'confirmation', 'local', 'ayla.klartext@example.org', 'Ihr Termin', 'Ihr Termin ist gebucht.', $1::uuid, 'failed', 3, 'Postfach voll')
     RETURNING id::text`,
    [booked.id],
  );
  await query(
    `INSERT INTO notification_outbox (id, kind, transport, recipient, subject, body, appointment_id, status, sent_at)
     VALUES (gen_random_uuid(), 'reminder', 'local', 'ayla.klartext@example.org', 'Erinnerung', 'Morgen ist Ihr Termin.', $1::uuid, 'sent', now())`,
    [booked.id],
  );

  // Feedback of every kind, from a person in Turkish after an in-person journey and from the front desk.
  await query(
    `INSERT INTO feedback (id, kind, message, page_url, language, rating, staff_role) VALUES
       (gen_random_uuid(), 'barrier', 'Der Knopf ist zu klein.', '/tr/forms/change-report', 'tr', NULL, NULL),
       (gen_random_uuid(), 'rating', 'Gut.', NULL, 'ar', 4, NULL),
       (gen_random_uuid(), 'staff', 'Die Tagesübersicht ist hilfreich.', '/staff/front-desk', 'de', NULL, 'front_desk')`,
  );
  // A fact recorded at the counter, and a locked sign-in.
  await query(
    `INSERT INTO person_fact (citizen_id, kind, value, source, recorded_by_staff_id) VALUES
       ($1::uuid, 'language', 'tr', 'staff', $2::uuid), ($1::uuid, 'help_need', 'sometimes', 'staff', $2::uuid)`,
    [citizenId, desk.id],
  );
  await query(
    `INSERT INTO sign_in_throttle (scope, key, failures, last_failure_at, locked_until)
     VALUES ('account', 'gesperrt-klartext@zugang.example', 10, now(), now() + interval '1 hour') ON CONFLICT DO NOTHING`,
  );
  // Audit rows whose details a sentence might be tempted to print.
  await query(
    `INSERT INTO audit_log (id, staff_user_id, action, entity_type, entity_id, citizen_id, details) VALUES
       (gen_random_uuid(), $1::uuid, 'appointment.rebooked', 'appointment', $2, $3::uuid, $4::jsonb),
       (gen_random_uuid(), $5::uuid, 'submission.status-changed', 'form_submission', $6, $3::uuid, '{"from":"received","to":"in_review"}'::jsonb),
       (gen_random_uuid(), $1::uuid, 'person.fact-recorded', 'person_fact', NULL, $3::uuid, '{"kind":"language","value":"tr"}'::jsonb),
       (gen_random_uuid(), NULL, 'sign-in.failed', 'staff_user', NULL, NULL, '{"reason":"wrong-credentials","scope":"account"}'::jsonb)`,
    [
      desk.id,
      booked.id,
      citizenId,
      JSON.stringify({
        from: berlinToUtc(today, "09:00").toISOString(),
        to: berlinToUtc(today, "10:00").toISOString(),
      }),
      caseworker.id,
      submission.id,
    ],
  );
  return {
    locationId: location.id,
    today,
    booked: { ...booked, citizenId },
    tomorrow,
    checkedIn,
    submissionId: submission.id,
    outboxId: outbox.id,
    staffId: desk.id,
  };
}

/** The addresses to read for one page file: its dynamic segments and the query a list or question needs. */
function addressesOf(file: string, data: Seeded): string[] {
  const at = `location=${data.locationId}&day=${data.today}`;
  const special: Record<string, string[]> = {
    "app/staff/front-desk/page.tsx": [`/staff/front-desk?${at}`],
    "app/staff/front-desk/cancel/page.tsx": [`/staff/front-desk/cancel?appointment=${data.tomorrow.id}&${at}`],
    "app/staff/front-desk/rebook/page.tsx": [`/staff/front-desk/rebook?appointment=${data.tomorrow.id}&${at}`],
    "app/staff/front-desk/check-in/page.tsx": [
      `/staff/front-desk/check-in?location=${data.locationId}&ref=${data.checkedIn.reference}&notice=already`,
    ],
    "app/staff/front-desk/book/page.tsx": [`/staff/front-desk/book?location=${data.locationId}`],
    "app/staff/front-desk/confirmation/[reference]/page.tsx": [
      `/staff/front-desk/confirmation/${data.booked.reference}`,
    ],
    "app/staff/check-in/[reference]/page.tsx": [`/staff/check-in/${data.booked.reference}`],
    "app/staff/people/[id]/page.tsx": [`/staff/people/${data.booked.citizenId}`],
    "app/staff/inbox/[id]/page.tsx": [`/staff/inbox/${data.submissionId}`],
    "app/staff/outbox/[id]/page.tsx": [`/staff/outbox/${data.outboxId}`],
    "app/staff/admin/staff/[id]/page.tsx": [`/staff/admin/staff/${data.staffId}`],
    "app/staff/admin/locations/[id]/page.tsx": [`/staff/admin/locations/${data.locationId}`],
    "app/staff/admin/locations/[id]/closures/confirm/page.tsx": [
      `/staff/admin/locations/${data.locationId}/closures/confirm?startsOn=${addDays(data.today, 1)}&endsOn=${addDays(data.today, 1)}&reason=Betriebsversammlung`,
    ],
    "app/staff/admin/locations/[id]/hours/confirm/page.tsx": [
      `/staff/admin/locations/${data.locationId}/hours/confirm`,
    ],
    "app/staff/admin/request-types/[key]/page.tsx": ["/staff/admin/request-types/change-report"],
    "app/staff/audit/page.tsx": ["/staff/audit", `/staff/audit?person=${data.booked.citizenId}`],
    "app/staff/inbox/page.tsx": ["/staff/inbox", "/staff/inbox?assignee=me"],
  };
  if (special[file]) return special[file];
  const address = `/${file.replace(/^app\//, "").replace(/\/page\.tsx$/, "")}`;
  if (address.includes("[")) throw new Error(`${file}: no address with real ids in plain-words.spec.ts`);
  return [address];
}

const ACCOUNTS: Record<StaffRole, { email: string; password: string }> = {
  front_desk: { email: "empfang@zugang.example", password: "demo-empfang" },
  caseworker: { email: "beratung@zugang.example", password: "demo-beratung" },
  admin: { email: "admin@zugang.example", password: "demo-admin" },
};

const pageFiles = (role: StaffRole) =>
  Object.entries(STAFF_ACCESS)
    .filter(([file, { area }]) => file.endsWith("/page.tsx") && (AREAS[area] as readonly StaffRole[]).includes(role))
    .map(([file]) => file);

let seeded: Promise<Seeded> | undefined;

/**
 * Signs in as the role (the sign-in page read and checked on the way), then reads every page of the
 * role in a context without JavaScript: the staff pages are server markup that works without it
 * (docs/conventions.md), and without the framework's scripts and the live updates' stream the crawl
 * stays fast. The pages' accessibility is checked by their own specs; this one reads words only.
 */
async function crawl(
  signedIn: Page,
  browser: Browser,
  role: StaffRole,
  data: Seeded,
): Promise<{ pages: number; problems: string[] }> {
  const forbidden = await forbiddenValues();
  const problems: string[] = [];
  const read = async (page: Page, address: string) => {
    const text = await page.evaluate((dropFileValues) => {
      if (dropFileValues) for (const element of document.querySelectorAll("[data-file-values]")) element.remove();
      // What a person wrote in their own words (a feedback message) is shown as they wrote it.
      for (const element of document.querySelectorAll("[data-own-words]")) element.remove();
      return document.body.innerText;
    }, address in FILE_VALUES);
    for (const { value, line } of rawValues(text, forbidden))
      problems.push(`${role} ${address}: ${value} in "${line}"`);
  };
  await signedIn.goto("/staff/login?callbackUrl=%2Fstaff");
  await read(signedIn, "/staff/login");
  await expectAccessible(signedIn);
  await submitSignIn(signedIn, ACCOUNTS[role].email, ACCOUNTS[role].password);
  await expect(signedIn.getByRole("heading", { level: 1 })).not.toHaveText("Anmelden");
  await expectAccessible(signedIn);
  const context = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await signedIn.context().storageState(),
  });
  const page = await context.newPage();
  let pages = 0;
  for (const file of pageFiles(role)) {
    for (const address of addressesOf(file, data)) {
      const response = await page.goto(address);
      expect(response?.status(), `${role} ${address}`).toBeLessThan(400);
      pages += 1;
      await read(page, address);
    }
  }
  await context.close();
  return { pages, problems };
}

for (const role of ["front_desk", "caseworker", "admin"] as const) {
  test(`every staff page of the ${role.replace("_", " ")} shows words, never a key, code, ISO date or JSON`, async ({
    page,
    browser,
  }) => {
    seeded ??= seed();
    const data = await seeded;
    const { pages, problems } = await crawl(page, browser, role, data);
    expect(pages).toBeGreaterThanOrEqual(pageFiles(role).length);
    expect(problems, "raw values on staff pages").toEqual([]);
  });
}

test("the crawl's own check finds what it is there to find", () => {
  const forbidden = new Map([
    ["change-report", "request type key"],
    ["in_person", "enum Channel"],
  ]);
  const rawValuesOf = (text: string) => rawValues(text, forbidden).map(({ value }) => value);
  expect(rawValuesOf("Anliegen: change-report.")).toEqual(['request type key "change-report"']);
  expect(rawValuesOf("Kanal (in_person)")).toEqual(['enum Channel "in_person"']);
  expect(rawValuesOf("am 2026-12-08 um 10:00")).toEqual(['ISO date "2026-12-08"']);
  expect(rawValuesOf('Details: {"from":"a"}')).toEqual(['JSON "{"from":"']);
  expect(rawValuesOf("Sprache: undefined")).toEqual(['undefined "undefined"']);
  // Words around a key's letters are not the key.
  expect(rawValuesOf("admin@zugang.example, Änderungsmeldung (change-report-Formular), 08.12.2026")).toEqual([]);
});
