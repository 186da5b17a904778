// Test data for booking: a location open every day 00:00–24:00 Berlin time with a given capacity,
// and a booking request for one of its slots.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { BookingRequest } from "@/lib/booking/book";
import { addDays, berlinDate, berlinToUtc } from "@/lib/time";

export async function createTestLocation(
  prisma: PrismaClient,
  options: { capacity: number; reserve?: number; kind?: "physical" | "virtual"; slug?: string },
) {
  const slug = options.slug ?? `test-${Math.random().toString(36).slice(2, 10)}`;
  return prisma.location.create({
    data: {
      slug,
      name: `Test ${slug}`,
      kind: options.kind ?? "physical",
      street: "Teststraße 1",
      postalCode: "68161",
      city: "Mannheim",
      minNoticeMinutes: 0,
      horizonDays: 60,
      openingHours: {
        create: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          weekday,
          opensAt: "08:00",
          closesAt: "16:00",
          capacity: options.capacity,
          frontDeskReserve: options.reserve ?? 0,
        })),
      },
    },
  });
}

/** 09:00 Berlin, `days` days from now. */
export function slotStart(days = 3, time = "09:00"): Date {
  return berlinToUtc(addDays(berlinDate(new Date()), days), time);
}

export function bookingRequest(
  locationId: string,
  start: Date,
  index: number,
  overrides: Partial<BookingRequest> = {},
): BookingRequest {
  return {
    requestType: "change-report",
    channel: "in_person",
    locationId,
    start,
    person: { name: `Person ${index}`, email: `person-${index}-${Math.random().toString(36).slice(2, 8)}@example.org` },
    language: "de",
    ...overrides,
  };
}
