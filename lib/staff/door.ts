// The one door of the staff side. Every staff page calls staffPage() first, every staff route
// handler is made by staffRoute(); a test (door-coverage.test.ts) fails for one that is not.
// The order is fixed: same origin (posts; a download must not come from another site), session,
// role from the permissions table (deny by default), input parsed with zod, then the change (or
// the download) and its audit event in one transaction.
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { crossOriginRefusal, isSameOriginPost, isUnseenRequest, seeOther, UNSEEN_HEADER } from "@/lib/plain-post";
import { auditAs, type Audit, type StaffEvent } from "./audit";
import { getStaffSession, type StaffSession } from "./auth";
import { inScope, locationsOf, OUTSIDE_LOCATIONS_TEXT, OutsideLocationsError, type LocationScope } from "./locations";
import { can, type StaffAction } from "./permissions";

/** The sign-in page, coming back to a staff path afterwards. */
function signInPath(returnTo: string): string {
  return `/staff/login?callbackUrl=${encodeURIComponent(returnTo)}`;
}

/**
 * The actions whose every page shows people's data: staffPage takes no call for them without the
 * view it records. A page of another action that reads a person hands its view over just the same;
 * lib/staff/door-view.test.ts finds such pages from the code and fails for one that does not.
 */
export type PersonPageAction =
  | "appointment.view"
  | "appointment.check-in"
  | "appointment.cancel"
  | "appointment.rebook"
  | "appointment.print-confirmation"
  | "appointments.day"
  | "appointments.own"
  | "person.find"
  | "person.search"
  | "person.view"
  | "callbacks.read"
  | "inbox.read"
  | "submission.read"
  | "queue.desk"
  | "outbox.read"
  | "outbox.read-message"
  | "audit.read";

/**
 * What a page shows and how its showing is recorded. `load` reads the page's data once the door has
 * let the staff member in (it may answer notFound()); `event` is the audit event for what was read,
 * or null where the page shows nobody this time (no search made yet, an id that names nothing).
 */
export interface PageView<Data> {
  load: (session: StaffSession) => Promise<Data>;
  event: (data: Data, session: StaffSession) => StaffEvent | null;
}

export interface StaffPageOptions {
  /** the page to come back to after signing in */
  returnTo: string;
}

/** A page's session and what its view loaded (and recorded). */
export interface ViewedPage<Data> {
  session: StaffSession;
  data: Data;
}

/**
 * For a page (server component), before anything else: the signed-in staff member allowed to do
 * the action. Without a session the visitor is sent to sign in (and back to `returnTo`); with a
 * role the table does not allow, the page answers 403 with app/staff/forbidden.tsx.
 * A page that shows people's data passes `view`: the door loads the data and records the view
 * (not for a HEAD or prefetch request, which shows nobody anything), and answers the session with
 * the data; the page has no other way to record a view.
 */
export async function staffPage<Data>(
  action: StaffAction,
  options: StaffPageOptions & { view: PageView<Data> },
): Promise<ViewedPage<Data>>;
export async function staffPage(
  action: Exclude<StaffAction, PersonPageAction>,
  options: StaffPageOptions & { view?: never },
): Promise<StaffSession>;
export async function staffPage<Data>(
  action: StaffAction,
  { returnTo, view }: StaffPageOptions & { view?: PageView<Data> },
): Promise<StaffSession | ViewedPage<Data>> {
  const session = await getStaffSession();
  if (!session) redirect(signInPath(returnTo));
  if (!can(session.staff.role, action)) forbidden();
  // A password an admin set is changed first, then a missing second factor is set up.
  const first = pendingStep(session, action);
  if (first) redirect(first.page);
  if (!view) return session;
  const data = await view.load(session);
  const event = view.event(data, session);
  if (event) await recordView(session, event);
  return { session, data };
}

/** Records what a page showed with the staff member as actor; not for a HEAD or prefetch request (marked by proxy.ts). */
async function recordView(session: StaffSession, event: StaffEvent): Promise<void> {
  // Outside a request (a script, a test of the page's function) there is no header: the view counts.
  const unseen = await headers().then(
    (request) => request.get(UNSEEN_HEADER) === "1",
    () => false,
  );
  if (unseen) return;
  await auditAs(session.staff.id)(event);
}

type Params = Record<string, string | string[] | undefined>;

export interface StaffRouteOptions<Input extends z.ZodType, P extends Params> {
  action: StaffAction;
  /** the posted form (or JSON object), parsed before the handler runs */
  input: Input;
  /** the page to come back to after signing in */
  returnTo: string | ((params: P) => string);
  /** the answer to input that does not parse (German, plain text); a general one by default */
  invalidInput?: string;
}

export interface StaffRouteContext<Input, P extends Params> {
  session: StaffSession;
  input: Input;
  params: P;
  /** the transaction the change and its audit event are written in */
  tx: Prisma.TransactionClient;
  /** records an event in `tx`, with the staff member as actor */
  audit: Audit;
  /**
   * Before acting at a location (the one posted, or the one of the appointment or ticket acted on):
   * one of the staff member's (lib/staff/locations.ts), else the door answers 403 and nothing is kept.
   */
  location: (locationId: string | null | undefined) => Promise<void>;
}

const plainText = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

const DOOR_ANSWERS = {
  forbidden: "Diese Aktion ist für Ihre Rolle nicht freigegeben.",
  invalidInput: "Die gesendeten Angaben fehlen oder sind ungültig.",
  secondFactorFirst: "Richten Sie zuerst den zweiten Faktor ein (Seite „Zweiter Faktor“).",
  outsideLocations: OUTSIDE_LOCATIONS_TEXT,
  passwordFirst: "Ändern Sie zuerst Ihr Passwort (Seite „Passwort ändern“).",
} as const;

/** The action and page where a staff member sets up the second factor. */
const SECOND_FACTOR_SETUP: StaffAction = "account.second-factor";
const SECOND_FACTOR_PAGE = "/staff/account/second-factor";
/** The action and page where a staff member changes their own password. */
const PASSWORD_CHANGE: StaffAction = "account.password";
export const PASSWORD_PAGE = "/staff/account/password";

/**
 * What the account must do before anything else, if anything: change a password an admin set (first,
 * on its own page), then set up a second factor its role requires. Only that step's own action passes.
 */
function pendingStep(session: StaffSession, action: StaffAction): { page: string; refusal: string } | null {
  if (session.staff.mustChangePassword)
    return action === PASSWORD_CHANGE ? null : { page: PASSWORD_PAGE, refusal: DOOR_ANSWERS.passwordFirst };
  if (session.staff.mustSetUpSecondFactor && action !== SECOND_FACTOR_SETUP && action !== PASSWORD_CHANGE)
    return { page: SECOND_FACTOR_PAGE, refusal: DOOR_ANSWERS.secondFactorFirst };
  return null;
}

const isDownload = (request: Request) => request.method === "GET" || request.method === "HEAD";

/** Sent from a page of another site: a post whose Origin is not this host, a download the browser says came from another site. */
function fromAnotherSite(request: Request): boolean {
  if (isDownload(request)) return request.headers.get("sec-fetch-site") === "cross-site";
  return !isSameOriginPost(request);
}

/** Fields as an object for zod, a repeated one as a list. */
function fieldsOf(
  entries: Iterable<[string, FormDataEntryValue]>,
): Record<string, FormDataEntryValue | FormDataEntryValue[]> {
  const fields: Record<string, FormDataEntryValue | FormDataEntryValue[]> = {};
  for (const [name, value] of entries) {
    const earlier = fields[name];
    fields[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
  }
  return fields;
}

/** A download's query, or the posted fields (a JSON object as it is). */
async function readInput(request: Request): Promise<unknown> {
  if (isDownload(request)) return fieldsOf(new URL(request.url).searchParams);
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  try {
    if (type === "application/json") return await request.json();
    if (type !== "application/x-www-form-urlencoded" && type !== "multipart/form-data") return {};
    return fieldsOf(await request.formData());
  } catch {
    // Broken JSON, a cut-off body: nothing the schema could accept.
    return undefined;
  }
}

/**
 * A route handler (POST) behind the door. The handler runs only for a same-origin post of a signed-in
 * staff member whose role may do the action, with input that parsed; it runs in one transaction
 * with `audit` writing into it, so that the change and its audit event commit together or not at
 * all. It answers with a Response, usually seeOther() back to the page (post/redirect/get).
 * A download (GET, e.g. a CSV file) goes through the same door with its input read from the query;
 * it changes nothing, but what it hands out is recorded in the same way.
 * Refusals: another site's post (or download) 403, no session 303 to the sign-in page, wrong role
 * 403, bad input 400, a location that is not the staff member's 403 (the handler's `location()`,
 * the transaction rolled back), each as German plain text.
 */
export function staffRoute<Input extends z.ZodType, P extends Params = Params>(
  options: StaffRouteOptions<Input, P>,
  handler: (context: StaffRouteContext<z.output<Input>, P>) => Promise<Response>,
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    // The staff session is a cookie: a form on another site must not be able to use it.
    if (fromAnotherSite(request)) return crossOriginRefusal(request);
    const params = await context.params;
    const session = await getStaffSession();
    if (!session)
      return seeOther(signInPath(typeof options.returnTo === "function" ? options.returnTo(params) : options.returnTo));
    if (!can(session.staff.role, options.action)) return plainText(403, DOOR_ANSWERS.forbidden);
    const first = pendingStep(session, options.action);
    if (first) return plainText(403, first.refusal);
    const parsed = options.input.safeParse(await readInput(request));
    if (!parsed.success) return plainText(400, options.invalidInput ?? DOOR_ANSWERS.invalidInput);
    // A HEAD request for a download hands nothing out: nothing to record.
    const unseen = isUnseenRequest(request);
    let scope: LocationScope | null = null;
    try {
      return await db.$transaction((tx) =>
        handler({
          session,
          input: parsed.data,
          params,
          tx,
          audit: unseen ? async () => undefined : auditAs(session.staff.id, tx),
          location: async (locationId) => {
            scope ??= await locationsOf(session, tx);
            if (!inScope(scope, locationId)) throw new OutsideLocationsError();
          },
        }),
      );
    } catch (error) {
      if (error instanceof OutsideLocationsError) return plainText(403, DOOR_ANSWERS.outsideLocations);
      throw error;
    }
  };
}
