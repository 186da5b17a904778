// The booking API's handlers, shared by the route files under app/api/v1/. Rate limits first,
// then validation, then the same domain functions the pages use.
import { toDbChannel } from "@/lib/channels";
import { db } from "@/lib/db";
import { fieldErrors, invalid, json, notFound, parseQuery, readIdempotencyKey, readJson } from "@/lib/api/http";
import { ValidationError } from "@/lib/errors";
import { IDEMPOTENCY_SCOPES } from "@/lib/idempotency";
import { toBerlinIso } from "@/lib/time";
import { sha256 } from "@/lib/tokens";
import { appointmentBody, appointmentPath, inEnglish, slotsQuery } from "./api-schemas";
import { bookSlot, normalizeEmail, normalizePhone } from "./book";
import { cancelAppointment, findByIdAndToken } from "./manage";
import { icsUrl, manageUrl } from "./notify";
import { appointmentJson, listLocations } from "./present";
import { clientIp, consumeLimits, isTrustedClient, limitsFor } from "./rate-limit";
import { searchSlots } from "./slots";
import { videoUrl } from "./video";

function caller(request: Request) {
  const trusted = isTrustedClient(request.headers);
  const id = trusted ? sha256(request.headers.get("x-api-key") ?? "").slice(0, 16) : clientIp(request.headers);
  return { ip: id, trusted };
}

export async function getLocations(): Promise<Response> {
  return json({ locations: await listLocations() });
}

export async function getSlots(request: Request): Promise<Response> {
  await consumeLimits(limitsFor("search", caller(request)));
  const query = parseQuery(request, slotsQuery);
  if (!query.ok) return query.response;
  const { requestType, channel, location, from, to } = query.value;
  const slots = await searchSlots({ requestType, channel: toDbChannel(channel), locationId: location, from, to });
  return json({
    slots: slots.map((slot) => ({
      start: toBerlinIso(slot.start),
      end: toBerlinIso(slot.end),
      locationId: slot.locationId,
      remaining: slot.remaining,
    })),
  });
}

/** The booking body, checked; the gate's codes become English field errors (422). */
async function readAppointmentBody(request: Request) {
  const body = await readJson(request);
  if (!body.ok) return body;
  const parsed = appointmentBody.safeParse(body.value);
  if (!parsed.success) return { ok: false as const, response: invalid(inEnglish(fieldErrors(parsed.error))) };
  return { ok: true as const, value: parsed.data };
}

export async function postAppointment(request: Request): Promise<Response> {
  const key = readIdempotencyKey(request);
  if (!key.ok) return key.response;
  const body = await readAppointmentBody(request);
  const contacts = body.ok
    ? [normalizeEmail(body.value.person.email), normalizePhone(body.value.person.phone)].filter((c): c is string => !!c)
    : [];
  await consumeLimits(limitsFor("book", { ...caller(request), contacts }));
  if (!body.ok) return body.response;
  const input = body.value;
  const result = await bookSlot(
    { ...input, channel: toDbChannel(input.channel), start: new Date(input.start) },
    { idempotencyKey: key.value, idempotencyScope: IDEMPOTENCY_SCOPES.apiAppointments },
  ).catch((error: unknown) => {
    throw error instanceof ValidationError ? new ValidationError(inEnglish(error.fields)) : error;
  });
  const appointment = await findAppointmentForAnswer(result.id);
  const video = appointment.roomName ? { videoUrl: await videoUrl(appointment.roomName, appointment) } : {};
  if (result.replayed || !result.manageToken) {
    return json({ id: result.id, reference: result.reference, replayed: true, ...video }, { status: 200 });
  }
  return json(
    {
      id: result.id,
      reference: result.reference,
      manageToken: result.manageToken,
      manageUrl: manageUrl(input.language, result.manageToken),
      icsUrl: icsUrl(result.manageToken),
      ...video,
    },
    { status: 201, headers: { Location: `/api/v1/appointments/${result.id}` } },
  );
}

function findAppointmentForAnswer(id: string) {
  return db.appointment.findUniqueOrThrow({ where: { id } });
}

function bearer(request: Request): string | null {
  const header = request.headers.get("authorization");
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match ? match[1] : null;
}

export async function getAppointment(request: Request, id: string): Promise<Response> {
  const token = bearer(request);
  if (!token) return notFound();
  await consumeLimits(limitsFor("search", caller(request)));
  if (!appointmentPath.safeParse({ id }).success) return notFound();
  return json(await appointmentJson(await findByIdAndToken(id, token)));
}

export async function deleteAppointment(request: Request, id: string): Promise<Response> {
  const token = bearer(request);
  if (!token) return notFound();
  await consumeLimits(limitsFor("book", caller(request)));
  if (!appointmentPath.safeParse({ id }).success) return notFound();
  await findByIdAndToken(id, token);
  return json(await appointmentJson(await cancelAppointment(token)));
}
