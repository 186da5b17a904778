// A location as the admin edits it: address and accessibility, booking window, opening hours with
// capacity and the front desk's share, and closures (single days, ranges, proposed public holidays
// of the location's state). Each change is parsed with its one zod schema (German messages by
// field) and written in the staff door's transaction; triggers raise the location's rules version,
// so the booking gate sees a change at its next request (slots.ts). This file holds what the forms
// share and the admin's reading of locations; the details, the opening hours and the closures are
// in location-details.ts, location-hours.ts and location-closures.ts.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/** The federal states, as date-holidays names them, with their German names. */
export const STATES = {
  BW: "Baden-Württemberg",
  BY: "Bayern",
  BE: "Berlin",
  BB: "Brandenburg",
  HB: "Bremen",
  HH: "Hamburg",
  HE: "Hessen",
  MV: "Mecklenburg-Vorpommern",
  NI: "Niedersachsen",
  NW: "Nordrhein-Westfalen",
  RP: "Rheinland-Pfalz",
  SL: "Saarland",
  SN: "Sachsen",
  ST: "Sachsen-Anhalt",
  SH: "Schleswig-Holstein",
  TH: "Thüringen",
} as const;
export type StateCode = keyof typeof STATES;
export const isState = (value: string): value is StateCode => Object.hasOwn(STATES, value);

/** Field problems: field name → German message. */
export type FieldProblems = Record<string, string>;
export type Outcome<T> = { ok: true; value: T } | { ok: false; problems: FieldProblems };

/** Any posted form: the door lets it through, the schemas below say what is wrong by field. */
export const locationForm = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
export type LocationForm = z.infer<typeof locationForm>;

export const single = (form: LocationForm, name: string): string => {
  const value = form[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
};

export function problemsOf(error: z.ZodError): FieldProblems {
  const problems: FieldProblems = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    problems[field] ??= issue.message;
  }
  return problems;
}

/** A whole number from a text field, between min and max, with the field's label in the message. */
export const whole = (label: string, min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, `${label}: bitte eine ganze Zahl von ${min} bis ${max}.`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `${label}: bitte eine ganze Zahl von ${min} bis ${max}.`);

/** Every location for the admin's list. */
export function listLocations(tx: Tx = db) {
  return tx.location.findMany({
    orderBy: [{ kind: "asc" }, { name: "asc" }],
    select: { id: true, name: true, kind: true, street: true, postalCode: true, city: true, state: true, active: true },
  });
}

/** One location with its opening hours, or null. */
export function findLocationForAdmin(tx: Tx = db, id: string) {
  if (!z.uuid().safeParse(id).success) return Promise.resolve(null);
  return tx.location.findUnique({
    where: { id },
    include: { openingHours: { orderBy: [{ weekday: "asc" }, { opensAt: "asc" }] } },
  });
}
