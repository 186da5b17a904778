// Staff sign-in (next-auth: password and second factor against staff_user, and single sign-on
// through OpenID Connect when configured) and reading the signed-in staff member. Access is checked
// by the door (lib/staff/door.ts), which reads the session here.
import type { NextAuthOptions, Session } from "next-auth";
import { getServerSession } from "next-auth/next";
import CredentialsProvider from "next-auth/providers/credentials";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { clientIp } from "@/lib/booking";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { log } from "@/lib/log";
import { isUuid } from "@/lib/validation";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import type { StaffAccount } from "./accounts";
import { recordEvent } from "./audit";
import { SINGLE_SIGN_ON_PROVIDER } from "./auth-requests";
import { endSessionOf, sessionLimits, startStaffSession } from "./sessions";
import { attemptSignIn } from "./sign-in";

/** next-auth hands authorize() the request headers as a plain object. */
function requestHeaders(raw: Record<string, unknown> | undefined): Headers {
  return new Headers(
    Object.entries(raw ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );
}

export { SINGLE_SIGN_ON_PROVIDER };

interface OidcProfile {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
}

/** The identity provider, when OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set. */
function singleSignOnProvider(): OAuthConfig<OidcProfile> | null {
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId, OIDC_CLIENT_SECRET: clientSecret, OIDC_NAME: name } = getEnv();
  if (!issuer || !clientId || !clientSecret) return null;
  return {
    id: SINGLE_SIGN_ON_PROVIDER,
    name,
    type: "oauth",
    wellKnown: `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`,
    clientId,
    clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    idToken: true,
    checks: ["pkce", "state"],
    profile: (profile) => ({ id: profile.sub, email: profile.email ?? null, name: profile.name ?? null }),
  };
}

/** Whether single sign-on is configured, and the name of its button. */
export function singleSignOn(): { name: string } | null {
  const provider = singleSignOnProvider();
  return provider ? { name: provider.name } : null;
}

/**
 * The staff account single sign-on leads to: found by the e-mail address the identity provider
 * vouches for, and only when it is active. An unknown or unverified address gets no account.
 */
export async function staffForSingleSignOn(
  profile: { email?: unknown; email_verified?: unknown } | undefined,
  client: PrismaClient = db,
): Promise<{ id: string; role: StaffRole } | null> {
  const email = typeof profile?.email === "string" ? profile.email.trim().toLowerCase() : null;
  const staff =
    email && profile?.email_verified !== false
      ? await client.staffUser.findUnique({ where: { email }, select: { id: true, role: true, active: true } })
      : null;
  if (!staff?.active) {
    await recordEvent(
      {
        action: "sign-in.refused",
        actor: null,
        citizenId: null,
        object: { type: "staff_sign_in", id: email },
        details: { email, method: "single-sign-on" },
      },
      client,
    );
    return null;
  }
  await recordEvent(
    {
      action: "sign-in.succeeded",
      actor: staff.id,
      citizenId: null,
      object: { type: "staff_user", id: staff.id },
      details: { address: "", method: "single-sign-on" },
    },
    client,
  );
  return { id: staff.id, role: staff.role };
}

const singleSignOnProviderConfigured = singleSignOnProvider();

/** next-auth's codes for a request's own mistake (a callback address of another site, say): answered with a redirect, a warning in the log. */
const CLIENT_MISTAKES = new Set(["INVALID_CALLBACK_URL_ERROR"]);

/**
 * next-auth's messages as lines of the app's log (lib/log.ts), by their code: its metadata may hold
 * an address or a token, so only an error's own message goes along, never the request.
 */
const authLogger: NextAuthOptions["logger"] = {
  error(code, metadata) {
    if (CLIENT_MISTAKES.has(code)) return log().warn({ authCode: code }, "sign-in request refused");
    const error = metadata instanceof Error ? metadata : metadata?.error;
    log().error({ authCode: code, err: error?.message }, "sign-in library error");
  },
  warn(code) {
    log().warn({ authCode: code }, "sign-in library warning");
  },
  debug() {},
};

export const authOptions: NextAuthOptions = {
  secret: getEnv().NEXTAUTH_SECRET,
  // The cookie lasts as long as the absolute limit; the server ends the session earlier when it must (sessions.ts).
  session: { strategy: "jwt", maxAge: getEnv().STAFF_SESSION_MAX_HOURS * 60 * 60 },
  events: {
    // Signing out ends every session of the account, in every browser (a copied cookie too).
    async signOut({ token }) {
      await endSessionOf(token?.sessionId);
    },
  },
  pages: { signIn: "/staff/login", error: "/staff/login" },
  logger: authLogger,
  providers: [
    CredentialsProvider({
      name: "Dienstkonto",
      credentials: {
        email: { label: "E-Mail", type: "email" },
        password: { label: "Passwort", type: "password" },
        code: { label: "Code", type: "text" },
        proof: { label: "Proof of work", type: "hidden" },
      },
      // Throttled and locked per account and per client address (sign-in.ts); every
      // refusal is the same null, whatever the reason.
      authorize(credentials, req) {
        return attemptSignIn({
          email: credentials?.email,
          password: credentials?.password,
          code: credentials?.code,
          proof: credentials?.proof,
          address: clientIp(requestHeaders(req?.headers)),
        });
      },
    }),
    ...(singleSignOnProviderConfigured ? [singleSignOnProviderConfigured] : []),
  ],
  callbacks: {
    async signIn({ account, profile }) {
      if (account?.provider !== SINGLE_SIGN_ON_PROVIDER) return true;
      // An e-mail address without an active account: back to the sign-in page with error=AccessDenied.
      return (await staffForSingleSignOn(profile as OidcProfile | undefined)) !== null;
    },
    async jwt({ token, user, account, profile }) {
      // Only at sign-in (account or user present): a session of the server's, which the token names.
      if (account?.provider === SINGLE_SIGN_ON_PROVIDER) {
        const staff = await staffForSingleSignOnLookup(profile as OidcProfile | undefined);
        if (staff)
          Object.assign(token, {
            staffId: staff.id,
            role: staff.role,
            secondFactor: true,
            singleSignOn: true,
            sub: staff.id,
            sessionId: await startStaffSession(staff.id),
          });
      } else if (user) {
        token.staffId = user.id;
        token.role = user.role;
        token.secondFactor = user.secondFactor === true;
        token.sessionId = await startStaffSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      if (token.staffId && token.role) {
        session.staff = {
          id: token.staffId,
          role: token.role,
          name: session.user?.name ?? "",
          email: session.user?.email ?? "",
          secondFactor: token.secondFactor === true,
          sessionId: token.sessionId,
          singleSignOn: token.singleSignOn === true,
        };
      }
      return session;
    },
  },
};

/** The account behind a single sign-on, once signIn() accepted it (no second audit entry). */
async function staffForSingleSignOnLookup(profile: OidcProfile | undefined) {
  const email = profile?.email?.trim().toLowerCase();
  return email ? db.staffUser.findUnique({ where: { email }, select: { id: true, role: true } }) : null;
}

export type SignedInStaffMember = {
  id: string;
  role: StaffRole;
  name: string;
  email: string;
  secondFactor: boolean;
  mustSetUpSecondFactor: boolean;
  /** the server's session this request belongs to (a password change keeps it and ends the others) */
  sessionId: string;
  /** signed in through single sign-on: the password is the identity provider's, the portal offers no change */
  singleSignOn: boolean;
  /** an admin set the password: its owner changes it before any other staff page opens (not for single sign-on) */
  mustChangePassword: boolean;
};
export type StaffSession = Session & { staff: SignedInStaffMember };

/** An account as the accounts page lists it (without its locations), and whether admins need the second factor. */
type AccountNow = Omit<StaffAccount, "locations" | "createdAt"> & {
  adminRequiresTotp: boolean;
  mustChangePassword: boolean;
};

/**
 * The signed-in staff member as the database says now, not as the session token remembers: a
 * deactivated account is signed out and a changed role applies from the next request on. One query
 * by primary key (the security setting is one row, read in the same statement).
 * A role that must sign in with the second factor: a session without it is no session when the
 * account has one (sign in again, with the code), and must set one up first when it has none.
 */
export async function getStaffSession(): Promise<StaffSession | null> {
  const session = await getServerSession(authOptions);
  if (!session?.staff) return null;
  // A token from before the second factor existed carries no flag: signed in without it.
  const staff = await staffMemberNow({
    id: session.staff.id,
    secondFactor: session.staff.secondFactor === true,
    sessionId: session.staff.sessionId,
    singleSignOn: session.staff.singleSignOn === true,
  });
  return staff ? { ...session, staff } : null;
}

/** What the session token says, checked against the account as it is now (one query by primary key); null when it no longer admits anyone. */
export async function staffMemberNow(
  token: { id: string; secondFactor: boolean; sessionId?: unknown; singleSignOn?: boolean },
  client: PrismaClient = db,
): Promise<SignedInStaffMember | null> {
  // A token without a session of the server's (from before sessions ended) admits nobody.
  if (typeof token.sessionId !== "string" || !isUuid(token.sessionId)) return null;
  const { idleMinutes, maxMinutes } = sessionLimits();
  // The session is seen (its idle clock starts again) in the same statement that checks it is still open.
  const [account] = await client.$queryRaw<AccountNow[]>`
    WITH seen AS (
      UPDATE staff_session SET last_seen_at = now()
       WHERE id = ${token.sessionId}::uuid AND staff_user_id = ${token.id}::uuid AND ended_at IS NULL
         AND last_seen_at > now() - make_interval(mins => ${idleMinutes}::int)
         AND created_at > now() - make_interval(mins => ${maxMinutes}::int)
      RETURNING staff_user_id)
    SELECT s.id, s.name, s.email, s.role::text AS role, s.active, s.totp_enabled_at IS NOT NULL AS "hasSecondFactor",
           s.must_change_password AS "mustChangePassword",
           COALESCE((SELECT admin_requires_totp FROM security_setting WHERE id = 1), false) AS "adminRequiresTotp"
      FROM staff_user s JOIN seen ON seen.staff_user_id = s.id`;
  if (!account?.active) return null;
  const required = account.role === "admin" && account.adminRequiresTotp;
  if (required && account.hasSecondFactor && !token.secondFactor) return null;
  return {
    id: account.id,
    role: account.role,
    name: account.name,
    email: account.email,
    secondFactor: token.secondFactor,
    mustSetUpSecondFactor: required && !account.hasSecondFactor,
    sessionId: token.sessionId,
    singleSignOn: token.singleSignOn === true,
    mustChangePassword: account.mustChangePassword && token.singleSignOn !== true,
  };
}
