// Location scoping (docs/security.md, "Location scoping"): the one rule of which locations a staff
// member sees and acts on. An admin configures every location; everyone else works at the locations
// their account names (staff_location), and an account that names none works at none until an admin
// assigns one. The virtual location of video appointments is a location like any other. Pages ask
// assertLocation() (403 with app/staff/forbidden.tsx) and show lists through inScope(); route
// handlers ask the door's `location()` (lib/staff/door.ts), which answers 403 in the door's words.
import { forbidden } from "next/navigation";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";

type Client = PrismaClient | Prisma.TransactionClient;

/** Who asks: the signed-in staff member (a StaffSession fits). */
export interface LocationAsker {
  staff: { id: string; role: StaffRole };
}

/** Every location (admins), or the account's own (possibly none). */
export type LocationScope = { everywhere: true } | { everywhere: false; ids: ReadonlySet<string> };

/** The plain German sentence for an account without any location, on every page that lists by location. */
export const NO_LOCATION_TEXT =
  "Ihrem Konto ist noch kein Standort zugeordnet. Bitte wenden Sie sich an die Administration: Unter „Dienstkonten“ kann sie Ihnen einen Standort zuordnen.";

/** The answer (German, plain text) to a post or download for a location that is not the account's. */
export const OUTSIDE_LOCATIONS_TEXT = "Dieser Standort ist Ihrem Konto nicht zugeordnet.";

/** The locations the staff member sees and acts on, as the database says now. */
export async function locationsOf(asker: LocationAsker, client: Client = db): Promise<LocationScope> {
  if (asker.staff.role === "admin") return { everywhere: true };
  const rows = await client.staffLocation.findMany({
    where: { staffUserId: asker.staff.id },
    select: { locationId: true },
  });
  return { everywhere: false, ids: new Set(rows.map((row) => row.locationId)) };
}

/** Whether the location is within the scope; nothing (an unknown or missing location) never is, but for admins. */
export function inScope(scope: LocationScope, locationId: string | null | undefined): boolean {
  if (scope.everywhere) return true;
  return typeof locationId === "string" && scope.ids.has(locationId);
}

/** The entries of a list of locations (or of things at a location) that are within the scope, in their order. */
export function withinScope<T>(scope: LocationScope, list: readonly T[], locationOf: (entry: T) => string | null): T[] {
  return list.filter((entry) => inScope(scope, locationOf(entry)));
}

/** Whether the account works at no location at all (not an admin, nothing assigned). */
export function hasNoLocation(scope: LocationScope): boolean {
  return !scope.everywhere && scope.ids.size === 0;
}

/** The account's location ids for a query (null: every location). */
export function scopeIds(scope: LocationScope): string[] | null {
  return scope.everywhere ? null : [...scope.ids];
}

/**
 * For a page: the location (of the address, or of the appointment or ticket the page is about) must
 * be one of the staff member's, else the page answers 403 (app/staff/forbidden.tsx).
 */
export async function assertLocation(
  asker: LocationAsker,
  locationId: string | null | undefined,
  client: Client = db,
): Promise<void> {
  if (!inScope(await locationsOf(asker, client), locationId)) forbidden();
}

/** Thrown by the door's `location()` in a route handler: the door answers 403 and the transaction is rolled back. */
export class OutsideLocationsError extends DomainError {
  constructor() {
    super("location outside the staff member's locations");
    this.name = "OutsideLocationsError";
  }
}
