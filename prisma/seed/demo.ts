// Demo data for the embedded development database and for `npm run db:seed-demo`: locations,
// opening hours, one staff user per role (passwords in the README) and a few citizens with
// journeys and appointments, which take their places like any booking. Never run against a
// production database unless asked for.
import { createHash, randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { type Slot, takePlaces, searchSlots, type BookingChannel } from "@/lib/booking";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addDays, berlinDate, berlinToUtc, isoWeekday } from "@/lib/time";

export const DEMO_STAFF = [
  { email: "empfang@zugang.example", name: "Eva Empfang", role: "front_desk", password: "demo-empfang" },
  { email: "beratung@zugang.example", name: "Bernd Beratung", role: "caseworker", password: "demo-beratung" },
  { email: "admin@zugang.example", name: "Anna Admin", role: "admin", password: "demo-admin" },
] as const;

const WEEKDAY_HOURS = [
  { weekday: 1, opensAt: "08:00", closesAt: "12:30" },
  { weekday: 2, opensAt: "08:00", closesAt: "12:30" },
  { weekday: 3, opensAt: "08:00", closesAt: "12:30" },
  { weekday: 4, opensAt: "08:00", closesAt: "12:30" },
  { weekday: 4, opensAt: "14:00", closesAt: "18:00" },
  { weekday: 5, opensAt: "08:00", closesAt: "12:00" },
];

const LOCATIONS = [
  {
    slug: "mannheim-ifflandstrasse",
    name: "Jobcenter Mannheim, Ifflandstraße",
    street: "Ifflandstraße 2–6",
    postalCode: "68161",
    city: "Mannheim",
    state: "BW",
    latitude: 49.4833,
    longitude: 8.4712,
    stepFree: true,
    accessibilityNotes: "Stufenloser Eingang, Aufzug, barrierefreies WC, Induktionsschleife am Empfang.",
    walkInNotes: "Ohne Termin: Montag bis Freitag 8:00–12:00 Uhr in der Eingangszone.",
    isDemo: false,
    capacity: 3,
    reserve: 1,
  },
  {
    slug: "demo-nord",
    name: "Demo-Standort Nord (Beispieldaten)",
    street: "Beispielweg 1",
    postalCode: "68305",
    city: "Mannheim",
    state: "BW",
    latitude: 49.5294,
    longitude: 8.4862,
    stepFree: false,
    accessibilityNotes: "Demo: drei Stufen am Eingang, Klingel für Hilfe vorhanden.",
    walkInNotes: null,
    isDemo: true,
    capacity: 2,
    reserve: 1,
  },
  {
    slug: "demo-sued",
    name: "Demo-Standort Süd (Beispieldaten)",
    street: "Musterstraße 10",
    postalCode: "68199",
    city: "Mannheim",
    state: "BW",
    latitude: 49.4571,
    longitude: 8.4909,
    stepFree: true,
    accessibilityNotes: "Demo: stufenloser Eingang im Hof.",
    walkInNotes: null,
    isDemo: true,
    capacity: 2,
    reserve: 0,
  },
];

const CITIZENS = [
  {
    name: "Ayşe Demir",
    email: "ayse.demir@example.org",
    language: "tr",
    preference: "personal",
    interpreterLanguage: "tr",
  },
  {
    name: "Jonas Becker",
    email: "jonas.becker@example.org",
    language: "de",
    preference: "digital",
    interpreterLanguage: null,
  },
  { name: "Olena Kovalenko", phone: "+49 621 5550101", language: "uk", preference: "mixed", interpreterLanguage: "uk" },
  { name: "Karl Schmitt", phone: "+49 621 5550102", language: "de", preference: "personal", interpreterLanguage: null },
  {
    name: "Mariam Haddad",
    email: "mariam.haddad@example.org",
    language: "ar",
    preference: "mixed",
    interpreterLanguage: "ar",
  },
] as const;

/** True when the database holds no staff users yet: the demo seed runs only then. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.staffUser.count()) === 0;
}

export async function seedDemoData(prisma: PrismaClient, now = new Date()): Promise<void> {
  const locationIds: string[] = [];
  for (const location of LOCATIONS) {
    const { capacity, reserve, ...data } = location;
    const saved = await prisma.location.upsert({ where: { slug: data.slug }, update: {}, create: data });
    locationIds.push(saved.id);
    if ((await prisma.openingHours.count({ where: { locationId: saved.id } })) === 0) {
      await prisma.openingHours.createMany({
        data: WEEKDAY_HOURS.map((hours) => ({
          ...hours,
          locationId: saved.id,
          capacity,
          frontDeskReserve: reserve,
          walkIn: data.walkInNotes !== null && hours.opensAt === "08:00",
        })),
      });
    }
  }
  const video = await prisma.location.upsert({
    where: { slug: "video" },
    update: {},
    create: { slug: "video", name: "Videotermine", kind: "virtual", stepFree: true, minNoticeMinutes: 60 },
  });
  if ((await prisma.openingHours.count({ where: { locationId: video.id } })) === 0) {
    await prisma.openingHours.createMany({
      data: [1, 2, 3, 4, 5].map((weekday) => ({
        locationId: video.id,
        weekday,
        opensAt: "08:00",
        closesAt: weekday === 5 ? "13:00" : "16:00",
        capacity: 2,
        frontDeskReserve: 0,
      })),
    });
  }
  const year = now.getUTCFullYear();
  if ((await prisma.closure.count()) === 0) {
    await prisma.closure.createMany({
      data: [year, year + 1].flatMap((y) => [
        { startsOn: new Date(`${y}-12-24`), endsOn: new Date(`${y}-12-26`), reason: "Weihnachten" },
        { startsOn: new Date(`${y}-12-31`), endsOn: new Date(`${y + 1}-01-01`), reason: "Jahreswechsel" },
      ]),
    });
  }

  // Staff work at their account's locations only (docs/security.md, "Location scoping"): the front
  // desk at the first location (and the video appointments it books), the caseworker at every one.
  const demoLocations: Record<string, string[]> = {
    front_desk: [locationIds[0], video.id],
    caseworker: [...locationIds, video.id],
    admin: [],
  };
  for (const staff of DEMO_STAFF) {
    const account = await prisma.staffUser.upsert({
      where: { email: staff.email },
      update: {},
      create: {
        email: staff.email,
        name: staff.name,
        role: staff.role,
        passwordHash: await bcrypt.hash(staff.password, 10),
      },
      select: { id: true, _count: { select: { locations: true } } },
    });
    // A demo account from before locations were scoped gets its locations once; an admin's choice stays.
    if (account._count.locations === 0)
      await prisma.staffLocation.createMany({
        data: demoLocations[staff.role].map((locationId) => ({ staffUserId: account.id, locationId })),
        skipDuplicates: true,
      });
  }

  if ((await prisma.citizen.count()) > 0) return;
  let day = nextWorkday(berlinDate(now));
  for (const [index, person] of CITIZENS.entries()) {
    const requestTypeKey = index % 2 === 0 ? "job-counselling" : "decision-question";
    const channel = index % 2 === 0 ? "in_person" : "video";
    day = nextWorkday(addDays(day, 1));
    const locationId = channel === "video" ? video.id : locationIds[index % locationIds.length];
    const slot = await demoSlot(
      prisma,
      { requestType: requestTypeKey, channel, locationId },
      day,
      `0${9 + (index % 3)}:00`.slice(-5),
      now,
    );
    // The places are taken as a booking takes them, so that the demo slots fill up like real ones.
    await prisma.$transaction(async (tx) => {
      const citizen = await tx.citizen.create({ data: { ...person } });
      const journey = await tx.journey.create({
        data: {
          requestTypeKey,
          preference: person.preference,
          recommendedChannel: person.preference === "digital" ? "video" : "in_person",
          chosenChannel: channel,
          language: person.language,
          outcome: "completed",
          citizenId: citizen.id,
        },
      });
      await takePlaces(tx, slot);
      await tx.appointment.create({
        data: {
          reference: `DEMO-${String(index + 1).padStart(4, "0")}`,
          requestTypeKey,
          channel,
          locationId,
          startsAt: slot.start,
          endsAt: slot.end,
          citizenId: citizen.id,
          journeyId: journey.id,
          language: person.language,
          interpreterLanguage: person.interpreterLanguage,
          roomName: channel === "video" ? `zugang-demo-${randomBytes(12).toString("hex")}` : null,
          videoConsentAt: channel === "video" ? now : null,
          // Demo appointments have no usable manage link: the token is random and thrown away.
          manageTokenHash: createHash("sha256").update(randomBytes(32)).digest("hex"),
        },
      });
    });
  }
}

/** The first free slot by the booking rules at or after the wished day and time (a closure moves it on). */
async function demoSlot(
  prisma: PrismaClient,
  query: { requestType: string; channel: BookingChannel; locationId: string },
  day: string,
  time: string,
  now: Date,
): Promise<Slot> {
  const wished = berlinToUtc(day, time).getTime();
  const slots = await searchSlots({ ...query, from: day, to: addDays(day, 28) }, { client: prisma, now });
  const slot = slots.find((candidate) => candidate.start.getTime() >= wished) ?? slots[0];
  if (!slot) throw new Error(`no free slot for the demo appointment at ${query.locationId} from ${day}`);
  return slot;
}

function nextWorkday(isoDate: string): string {
  let day = isoDate;
  while (isoWeekday(day) > 5) day = addDays(day, 1);
  return day;
}
