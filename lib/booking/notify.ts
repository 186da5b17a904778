// The messages of an appointment, queued in the outbox inside the booking's own transaction:
// confirmation (with the calendar file), change, cancellation, and a reminder 24 hours before.
// The texts are rendered here; the calendar file is stored as its entry and made at delivery.
import { publicBaseUrl } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cancelPendingMessages, queueMessages, type MessageKind, type OutgoingMessage } from "@/lib/notifications";
import { appointmentIcs, type CalendarEntry } from "./calendar";
import { calendarAttachment } from "./calendar-attachment";
import { formatWhen } from "./texts";
import { textsFor } from "@/i18n/translator";

export interface AppointmentForMessages {
  id: string;
  reference: string;
  channel: string;
  startsAt: Date;
  endsAt: Date;
  language: string;
  location: { name: string; street: string | null; postalCode: string | null; city: string | null };
  citizen: { email: string | null; phone: string | null };
}

export function manageUrl(locale: string, token: string): string {
  const prefix = locale === "de" ? "" : `/${locale}`;
  return `${publicBaseUrl()}${prefix}/appointments/manage/${token}`;
}

export function icsUrl(token: string): string {
  return `${publicBaseUrl()}/api/v1/calendar/${token}`;
}

export function placeText(appointment: Pick<AppointmentForMessages, "channel" | "language" | "location">): string {
  if (appointment.channel === "video") return textsFor(appointment.language, "booking")("mail.videoPlace");
  const { name, street, postalCode, city } = appointment.location;
  return [name, street, [postalCode, city].filter(Boolean).join(" ")].filter(Boolean).join(", ");
}

export function calendarEntry(appointment: AppointmentForMessages, token: string, cancelled = false): CalendarEntry {
  const locale = appointment.language;
  const t = textsFor(locale, "booking");
  return {
    reference: appointment.reference,
    title: t("mail.calendarTitle", { reference: appointment.reference }),
    description: t("mail.calendarDescription", { manageUrl: manageUrl(locale, token) }),
    location: placeText(appointment),
    startsAt: appointment.startsAt,
    endsAt: appointment.endsAt,
    url: manageUrl(locale, token),
    cancelled,
  };
}

/** The .ics file of an appointment (the calendar link serves it; e-mails attach the same file). */
export function calendarFile(appointment: AppointmentForMessages, token: string, cancelled = false): string {
  return appointmentIcs(calendarEntry(appointment, token, cancelled));
}

export type AppointmentMessageKind = Exclude<
  MessageKind,
  "reminder" | "submission" | "queue-turn" | "callback" | "information-request" | "password-reset"
>;

/** The messages of one event: the message itself and, unless cancelled or too late, a fresh reminder. */
export function appointmentMessages(
  kind: AppointmentMessageKind,
  appointment: AppointmentForMessages,
  token: string,
  now: Date,
): OutgoingMessage[] {
  const locale = appointment.language;
  const t = textsFor(locale, "booking");
  const values = {
    reference: appointment.reference,
    when: formatWhen(locale, appointment.startsAt),
    place: placeText(appointment),
    manageUrl: manageUrl(locale, token),
  };
  const base = { to: appointment.citizen, appointmentId: appointment.id };
  const ics = calendarAttachment(
    `termin-${appointment.reference}.ics`,
    calendarEntry(appointment, token, kind === "cancellation"),
  );
  const messages: OutgoingMessage[] = [
    {
      ...base,
      kind,
      subject: t(`mail.${kind}.subject`, values),
      text: t(`mail.${kind}.text`, values),
      attachments: [ics],
    },
  ];
  const remindAt = new Date(appointment.startsAt.getTime() - 24 * 3600_000);
  if (kind !== "cancellation" && remindAt.getTime() > now.getTime()) {
    messages.push({
      ...base,
      kind: "reminder",
      subject: t("mail.reminder.subject", values),
      text: t("mail.reminder.text", values),
      sendAfter: remindAt,
    });
  }
  return messages;
}

/** Queues one kind of message in the caller's transaction; a change or cancellation withdraws the pending reminder first. */
export async function queueAppointmentMessage(
  tx: Prisma.TransactionClient,
  kind: AppointmentMessageKind,
  appointment: AppointmentForMessages,
  token: string,
  now: Date,
): Promise<void> {
  if (kind !== "confirmation") await cancelPendingMessages(tx, { appointmentId: appointment.id, kinds: ["reminder"] });
  await queueMessages(tx, appointmentMessages(kind, appointment, token, now));
}
