// Booking for someone at the counter or on the phone, the posts behind /staff/front-desk/book: a
// person created without an e-mail address, and the booking itself. The forms' fields are read as
// plain text and handed to the one booking gate (bookSlot and its schema in lib/booking) and to the
// one person schema (lib/people): no rule is checked a second time here. What the gate refuses
// comes back as problem codes by field, which the page turns into German messages.
import { bookSlot, issueManageCode, type BookingRequest } from "@/lib/booking";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { IDEMPOTENCY_SCOPES } from "@/lib/idempotency";
import { createPerson, findPerson, type NewPerson } from "@/lib/people";
import { isUuid } from "@/lib/validation";
import { z } from "zod";
import type { Audit } from "./audit";
import { problemsOf, type Problems } from "./book-for-someone-problems";

/** A posted text field; missing is empty. A field sent twice is no form of ours (the door answers 400). */
const field = z
  .string()
  .optional()
  .transform((value) => value ?? "");

/** The form that creates a person (step 1 when nobody was found). */
export const newPersonForm = z.object({
  location: field,
  name: field,
  dateOfBirth: field,
  phone: field,
  email: field,
  customerNumber: field,
  language: field,
});

export type NewPersonForm = z.output<typeof newPersonForm>;

/** The booking form (step 2). */
export const bookForSomeoneForm = z.object({
  /** the form's idempotency key: the same form sent twice books once */
  key: field,
  person: field,
  /** the front desk's own location (the page's), kept when a video appointment is booked */
  desk: field,
  requestType: field,
  channel: field,
  /** where the appointment is: the desk's location in person, the virtual one for video */
  location: field,
  start: field,
  day: field,
  assistance: field,
  language: field,
  interpreter: field,
  accessibilityNeeds: field,
  phone: field,
  email: field,
  videoConsent: field,
});

export type BookForSomeoneForm = z.output<typeof bookForSomeoneForm>;

interface StaffWork {
  staffUserId: string;
  /** the door's transaction: the change's own rows and its audit event */
  tx: Prisma.TransactionClient;
  audit: Audit;
}

export type PersonAnswer = { created: true; personId: string } | { created: false; problems: Problems };

/** Stores the person (lib/people's schema decides) and records it; the problems by field when refused. */
export async function createPersonAtCounter(form: NewPersonForm, { tx, audit }: StaffWork): Promise<PersonAnswer> {
  const input: NewPerson = {
    name: form.name,
    dateOfBirth: form.dateOfBirth,
    phone: form.phone,
    email: form.email,
    customerNumber: form.customerNumber,
    // An unknown language is refused by the schema, not replaced here.
    language: (form.language || undefined) as NewPerson["language"],
  };
  try {
    const person = await createPerson(input, tx);
    await audit({
      action: "person.created",
      citizenId: person.id,
      object: { type: "citizen", id: person.id },
      details: {},
    });
    return { created: true, personId: person.id };
  } catch (error) {
    if (error instanceof ValidationError) return { created: false, problems: problemsOf(error.fields) };
    throw error;
  }
}

export type BookingAnswer =
  | { booked: true; reference: string; locationId: string; startsAt: Date; code: string | null }
  | { booked: false; problems: Problems };

/**
 * Books for the chosen person through bookSlot with the staff actor: the places held back for the
 * front desk may be taken, the appointment is marked with who booked and how, the choice is
 * stored as a journey, and a confirmation goes to the person's e-mail or phone if there is one.
 * The booking is one statement that commits by itself (book_appointment()); the printed code and
 * the audit event follow in the door's transaction (the appointment names its staff member in any
 * case). A form sent twice (same key) books once, and the second answer has no code to print.
 */
export async function bookForSomeone(
  form: BookForSomeoneForm,
  work: StaffWork,
  options: { client?: PrismaClient; now?: Date } = {},
): Promise<BookingAnswer> {
  const person = await findPerson(form.person, work.tx);
  if (!person) return { booked: false, problems: { person: "unknownPerson" } };
  // Exactly what was posted, for the gate to check: a start that is no time stays one the gate
  // refuses, an assistance or channel it does not know likewise.
  const request = {
    requestType: form.requestType,
    channel: form.channel,
    locationId: form.location,
    start: new Date(form.start),
    person: { name: person.name, email: form.email, phone: form.phone, customerNumber: person.customerNumber },
    language: form.language || person.language,
    interpreter: form.interpreter,
    accessibilityNeeds: form.accessibilityNeeds,
    ...(form.channel === "video" ? { videoConsent: form.videoConsent === "yes" } : {}),
    actor: { kind: "staff", staffUserId: work.staffUserId, assistance: form.assistance, citizenId: person.id },
  } as BookingRequest;
  try {
    const result = await bookSlot(request, {
      client: options.client ?? db,
      now: options.now,
      ...(isUuid(form.key) ? { idempotencyKey: form.key, idempotencyScope: IDEMPOTENCY_SCOPES.staffAppointments } : {}),
    });
    const code = result.manageToken ? await issueManageCode(result.id, result.manageToken, work.tx) : null;
    await work.audit({
      action: "appointment.booked-for-someone",
      citizenId: person.id,
      object: { type: "appointment", id: result.id },
      details: {
        assistance: form.assistance === "phone" ? "phone" : "counter",
        channel: form.channel,
        requestType: form.requestType,
        startsAt: new Date(form.start).toISOString(),
        replayed: result.replayed,
      },
    });
    return {
      booked: true,
      reference: result.reference,
      locationId: form.location,
      startsAt: new Date(form.start),
      code,
    };
  } catch (error) {
    if (error instanceof ValidationError) return { booked: false, problems: problemsOf(error.fields) };
    if (error instanceof NotFoundError) return { booked: false, problems: { person: "unknownPerson" } };
    if (error instanceof ConflictError) return { booked: false, problems: conflictProblems(error.code) };
    throw error;
  }
}

function conflictProblems(code: string): Problems {
  if (code === "slot-taken") return { start: "taken" };
  if (code === "too-many-appointments") return { form: "tooMany" };
  return { form: "sentTwice" };
}
