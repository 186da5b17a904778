// Staff sign-in (next-auth, credentials against staff_user) and the one way to check access:
// requireRole() at the top of every staff page, staffAccess() in every staff route handler.
import type { NextAuthOptions, Session } from "next-auth";
import { getServerSession } from "next-auth/next";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { clientIp } from "@/lib/booking/rate-limit";
import { getEnv } from "@/lib/env";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { attemptSignIn } from "@/lib/staff/sign-in";

/** next-auth hands authorize() the request headers as a plain object. */
function requestHeaders(raw: Record<string, unknown> | undefined): Headers {
  return new Headers(Object.entries(raw ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

export const authOptions: NextAuthOptions = {
  secret: getEnv().NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/staff/login" },
  providers: [
    CredentialsProvider({
      name: "Dienstkonto",
      credentials: { email: { label: "E-Mail", type: "email" }, password: { label: "Passwort", type: "password" } },
      // Throttled and locked per account and per client address (lib/staff/sign-in.ts); every
      // refusal is the same null, whatever the reason.
      authorize(credentials, req) {
        return attemptSignIn({ email: credentials?.email, password: credentials?.password, address: clientIp(requestHeaders(req?.headers)) });
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.staffId = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.staffId && token.role) {
        session.staff = { id: token.staffId, role: token.role, name: session.user?.name ?? "", email: session.user?.email ?? "" };
      }
      return session;
    },
  },
};

export type StaffSession = Session & { staff: NonNullable<Session["staff"]> };

export async function getStaffSession(): Promise<StaffSession | null> {
  const session = await getServerSession(authOptions);
  return session?.staff ? (session as StaffSession) : null;
}

/**
 * The session of a signed-in staff member with one of the roles, or where to send the request
 * instead: the sign-in page, or the staff start page when the role lacks the right. For route
 * handlers, which answer 303 themselves (redirect() there would answer 307 and repeat a post).
 */
export async function staffAccess(roles: readonly StaffRole[], returnTo = "/staff"): Promise<{ session: StaffSession } | { location: string }> {
  const session = await getStaffSession();
  if (!session) return { location: `/staff/login?callbackUrl=${encodeURIComponent(returnTo)}` };
  if (!roles.includes(session.staff.role)) return { location: "/staff?denied=1" };
  return { session };
}

/** The session of a signed-in staff member with one of the roles; otherwise off to the sign-in page. */
export async function requireRole(roles: readonly StaffRole[], returnTo = "/staff"): Promise<StaffSession> {
  const access = await staffAccess(roles, returnTo);
  if ("location" in access) redirect(access.location);
  return access.session;
}

export const ALL_STAFF_ROLES: readonly StaffRole[] = ["front_desk", "caseworker", "admin"];

/** What the staff menu may show; the pages check access themselves with requireRole. */
export const canReadOutbox = (role: StaffRole) => ALL_STAFF_ROLES.includes(role);
export const canReadFeedback = (role: StaffRole) => role === "admin" || role === "caseworker";
/** Who may open a message body (masked, audited): caseworkers, to check what a person was sent. */
export const MESSAGE_BODY_ROLES: readonly StaffRole[] = ["caseworker"];
export const canReadMessageBodies = (role: StaffRole) => MESSAGE_BODY_ROLES.includes(role);
/** Who may see and lift sign-in locks. */
export const SIGN_IN_LOCK_ROLES: readonly StaffRole[] = ["admin"];
export const canManageSignInLocks = (role: StaffRole) => SIGN_IN_LOCK_ROLES.includes(role);
